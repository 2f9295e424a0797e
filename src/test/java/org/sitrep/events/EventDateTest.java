package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.DateExpression;
import org.sitrep.core.Span;

class EventDateTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2014, 12, 1);

    @Test
    void givesAYearlessDateThePublicationYear() {
        assertThat(EventDate.withYear("XXXX-11-12", PUBLISHED)).isEqualTo("2014-11-12");
    }

    @Test
    void givesAYearlessDateAfterPublicationTheYearBefore() {
        assertThat(EventDate.withYear("XXXX-12-20", PUBLISHED)).isEqualTo("2013-12-20");
    }

    @Test
    void prefersTheFinestDateOfTheSentence() {
        var dates = List.of(new DateExpression(new Span(0, 4), "2014", "2014"),
                new DateExpression(new Span(10, 21), "November 12", "XXXX-11-12"));
        assertThat(EventDate.of(new Span(0, 40), null, dates, PUBLISHED)).contains("2014-11-12");
    }

    @Test
    void neverDatesAnIncidentByAQuarter() {
        var dates = List.of(new DateExpression(new Span(0, 4), "2014", "2014"),
                new DateExpression(new Span(10, 27), "the third quarter", "2014-Q3"));
        assertThat(EventDate.of(new Span(0, 40), null, dates, PUBLISHED)).contains("2014");
    }

    @Test
    void fallsBackOnThePublicationDate() {
        assertThat(EventDate.of(new Span(0, 40), null, List.of(), PUBLISHED)).contains("2014-12-01");
    }

    @Test
    void readsOnlyDatesOfTheSameCaption() {
        var dates = List.of(new DateExpression(new Span(0, 11), "November 12", "XXXX-11-12", 0));
        assertThat(EventDate.of(new Span(0, 40), null, dates, PUBLISHED)).contains("2014-12-01");
        assertThat(EventDate.of(new Span(0, 40), 0, dates, PUBLISHED)).contains("2014-11-12");
    }

    @Test
    void takesTheDatelineOfAnArticleWithoutAPublicationDateForOne() {
        // issue 17: "Syrian Coalition: Assad Used Chemical Weapons ... Wednesday 24 August 2016", then an attack
        // of 2013 recalled before the sentence that reports the incident
        var dates = List.of(new DateExpression(new Span(80, 105), "Wednesday 24 August 2016", "2016-08-24"),
                new DateExpression(new Span(300, 318), "September 27 2013", "2013-09-27"));
        assertThat(EventDate.of(new Span(400, 480), null, dates, null)).contains("2016-08-24");
    }

    @Test
    void fallsBackOnTheLastFullDateBeforeTheSentenceWhenTheArticleHasNoDateline() {
        var dates = List.of(new DateExpression(new Span(300, 318), "September 27 2013", "2013-09-27"));
        assertThat(EventDate.of(new Span(400, 480), null, dates, null)).contains("2013-09-27");
    }

    @Test
    void neverDatesAnIncidentAfterItWasReported() {
        var dates = List.of(new DateExpression(new Span(20, 24), "2033", "2033"));
        assertThat(EventDate.of(new Span(0, 40), null, dates, PUBLISHED)).contains("2014-12-01");
    }

    @Test
    void takesAnIncidentThatEndedMoreThanAYearBeforePublicationForRecalled() {
        assertThat(List.of("2012", "2013-10", "2013-11-30")).allMatch(d -> EventDate.recalled(d, PUBLISHED));
    }

    @Test
    void takesAnIncidentOfTheLastYearForNews() {
        assertThat(List.of("2013", "2013-12", "2014-11-12", "XXXX-11-12")).noneMatch(d -> EventDate.recalled(d, PUBLISHED));
    }
}
