package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.Span;

class DatelinesTest {
    private static boolean dateline(String text, String name) {
        int at = text.indexOf(name);
        return Datelines.isDateline(text, new Span(at, at + name.length()));
    }

    @Test
    void aNameInCapitalsOpeningTheTextBeforeTheAgencyIsADateline() {
        assertThat(dateline("NEW YORK (AP) - Police said", "NEW YORK")).isTrue();
    }

    @Test
    void aNameInCapitalsAfterAHeadlineRunIntoTheTextAndBeforeADoubleHyphenIsADateline() {
        // issue 16: LGL joins the headline and the report with a stop
        assertThat(dateline("Wal-Mart shooting threat dubious. COLUMBUS -- A text message", "COLUMBUS")).isTrue();
    }

    @Test
    void aNameInCapitalsWithinASentenceIsNoDateline() {
        assertThat(dateline("Fans of COLUMBUS - the band - met.", "COLUMBUS")).isFalse();
    }

    @Test
    void aNameInMixedCaseIsNoDateline() {
        assertThat(dateline("Threat dubious. Columbus -- A text message", "Columbus")).isFalse();
    }

    @Test
    void aNameInCapitalsAfterTheYearOfABylineDateRunIntoTheTextIsADateline() {
        // issue 16: LGL's "By Vickie Welborn ... Gannett March 24, 2009 MANSFIELD -- Mansfield Mayor Curtis McCoy"
        assertThat(dateline("Gannett March 24, 2009 MANSFIELD -- Mansfield Mayor Curtis McCoy", "MANSFIELD")).isTrue();
    }

    @Test
    void aNameInCapitalsFollowedByItsStateAsNewsWritesItIsADateline() {
        // GeoWebNews: "CAMP MURRAY, Wash. - Lt. Col. Ricky Thomas", "COLUMBUS, Ohio (AP) — So how"
        assertThat(dateline("CAMP MURRAY, Wash. - Lt. Col. Ricky Thomas jokes", "CAMP MURRAY")).isTrue();
    }

    @Test
    void aNameInCapitalsFollowedByACommaAndLowerCaseWordsIsNoDateline() {
        assertThat(dateline("Police said. BOSTON, which is cold - as ever", "BOSTON")).isFalse();
    }
}
