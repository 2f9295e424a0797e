package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.DayRange;
import org.sitrep.store.DayCount;

class TimelineTest {
    private static Timeline of(DayCount... counts) {
        return Timeline.of("t", "X", DayRange.ALL, "f", List.of(new Timeline.Daily("Mentions", "mentions", List.of(counts))));
    }

    private static DayCount on(String day, long n) {
        return new DayCount(LocalDate.parse(day), n);
    }

    @Test
    void aShortSpanIsCountedPerDayWithTheEmptyDaysAsZeros() {
        Timeline t = of(on("2014-11-10", 3), on("2014-11-13", 2));
        assertThat(t.period()).isEqualTo(TimelinePeriod.DAY);
        assertThat(t.starts()).hasSize(4).startsWith(LocalDate.parse("2014-11-10"));
        assertThat(t.series().get(0).counts()).containsExactly(3L, 0L, 0L, 2L);
    }

    @Test
    void aSpanOfAYearIsCountedPerIsoWeekFromMonday() {
        Timeline t = of(on("2014-11-12", 1), on("2014-11-16", 4), on("2015-10-01", 2));
        assertThat(t.period()).isEqualTo(TimelinePeriod.WEEK);
        assertThat(t.starts().get(0)).isEqualTo(LocalDate.parse("2014-11-10"));
        assertThat(t.series().get(0).counts().get(0)).isEqualTo(5L);
        assertThat(t.series().get(0).total()).isEqualTo(7L);
        assertThat(t.label(t.starts().get(0))).isEqualTo("week of 2014-11-10");
        assertThat(t.end(t.starts().get(0))).isEqualTo(LocalDate.parse("2014-11-16"));
    }

    @Test
    void spansOverThreeYearsAreCountedPerMonthIncludingEmptyMonths() {
        Timeline t = of(on("2011-03-15", 1), on("2015-03-01", 1));
        assertThat(t.period()).isEqualTo(TimelinePeriod.MONTH);
        assertThat(t.starts()).hasSize(49);
        assertThat(t.series().get(0).counts()).containsOnly(0L, 1L);
        assertThat(t.label(t.starts().get(1))).isEqualTo("2011-04");
    }

    @Test
    void everySeriesSharesThePeriodsOfTheWholeSpan() {
        Timeline t = Timeline.of("t", "X", DayRange.ALL, "f", List.of(
                new Timeline.Daily("Mentions", "mentions", List.of(on("2016-03-01", 2))),
                new Timeline.Daily("Statements", "statements", List.of(on("2016-03-03", 1)))));
        assertThat(t.row(0)).containsExactly(2L, 0L);
        assertThat(t.row(2)).containsExactly(0L, 1L);
        assertThat(t.json()).isEqualTo("{\"period\":\"day\",\"x\":[1456790400,1456876800,1456963200],\"series\":["
                + "{\"name\":\"Mentions\",\"key\":\"mentions\",\"counts\":[2,0,0]},"
                + "{\"name\":\"Statements\",\"key\":\"statements\",\"counts\":[0,0,1]}]}");
    }

    @Test
    void nothingDatedGivesAnEmptyTimelineThatSaysSo() {
        Timeline t = of();
        assertThat(t.isEmpty()).isTrue();
        assertThat(t.caption()).isEqualTo("No dated mentions for X.");
    }

    @Test
    void theShareOfAttentionCountsTheSubjectsArticlesAgainstEveryArticleOfEachPeriodEmptyPeriodsIncluded() {
        Timeline t = of(on("2016-03-01", 4), on("2016-03-03", 1))
                .withShare(List.of(on("2016-03-01", 2), on("2016-03-03", 1)), List.of(on("2016-02-20", 9), on("2016-03-01", 8), on("2016-03-03", 3)));
        assertThat(t.share().articles()).containsExactly(2L, 0L, 1L);
        assertThat(t.share().all()).containsExactly(8L, 0L, 3L);
        assertThat(t.share().percent(0)).isEqualTo(25.0);
        assertThat(t.share().percent(1)).isZero();
        assertThat(t.share().percent(2)).isEqualTo(33.3);
        assertThat(t.json()).endsWith(",\"share\":{\"articles\":[2,0,1],\"all\":[8,0,3]}}");
    }
}
