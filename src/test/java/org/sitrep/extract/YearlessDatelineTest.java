package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class YearlessDatelineTest {
    private static PublishedDate.Found of(String body, String... paragraphs) {
        return YearlessDateline.of(Jsoup.parse("<html><body>" + body + "</body></html>"), List.of(paragraphs));
    }

    @Test
    void datesAWireDatelineByThePagesCopyrightYear() {
        assertThat(of("<p>© 2009 Reuters</p>", "BEIRUT, March 3 (Reuters) - Syria said on Tuesday ...").day())
                .isEqualTo(LocalDate.of(2009, 3, 3));
    }

    @Test
    void readsAPlaceWithItsCountryAndAnAbbreviatedMonth() {
        assertThat(of("<p>Copyright 2005 The Associated Press.</p>", "KABUL, Afghanistan, Jan. 5 (AP) — Gunmen attacked ...").day())
                .isEqualTo(LocalDate.of(2005, 1, 5));
    }

    @Test
    void takesTheYearBeforeWhenTheDayIsAfterTheArchivesCapture() {
        String copy = "<img src='https://web.archive.org/web/20080102101010im_/http://example.com/logo.gif'><p>© 2008</p>";
        assertThat(of(copy, "GAZA CITY, Dec. 30 (AFP) - Israeli troops ...").day()).isEqualTo(LocalDate.of(2007, 12, 30));
    }

    @Test
    void givesNoDayWithoutAYearBoundOrWithoutACapitalisedPlace() {
        assertThat(of("<p>Reuters</p>", "BEIRUT, March 3 (Reuters) - Syria said ...").day()).isNull();
        assertThat(of("<p>© 2009</p>", "Talks resumed, March 3 - the envoy said ...").day()).isNull();
    }

    @Test
    void leavesADatelineWithItsYearToTheDatelineReader() {
        assertThat(of("<p>© 2009</p>", "BEIRUT, March 3, 2008 (Reuters) - Syria said ...").day()).isNull();
    }

    @Test
    void readsAPlaceWrittenInTitleCaseAndADatelineClosedByAColon() {
        assertThat(of("<p>Copyright © 2004-2007 DailyIndia.com</p>", "London, Dec 29: Harry Potter has topped ...").day())
                .isEqualTo(LocalDate.of(2007, 12, 29));
    }

    @Test
    void readsTheCopyrightYearAfterTheHoldersName() {
        assertThat(of("<p>© Guardian News and Media Limited 2008</p>", "SALMON, Idaho, Jan 17 (Reuters) - A draft pick ...").day())
                .isEqualTo(LocalDate.of(2008, 1, 17));
    }

    @Test
    void takesTheYearOfTheLatestDayThePageWritesOverTheCopyrightYearsEnd() {
        String page = "<p>Tuesday, January 15, 2008</p><p>© 2008 Herald</p>";
        assertThat(of(page, "MARGAO, DEC 30 — Sunday saw the Chief Minister ...").day()).isEqualTo(LocalDate.of(2007, 12, 30));
    }

    @Test
    void takesTheYearBeforeTheCopyrightYearWhenOnlyItsDayAgreesWithTheLeadsWeekdays() {
        assertThat(of("<p>Copyright ©2008 Times Internet Limited.</p>", "GOLD COAST (Australia), December 30: Peer moved through"
                + " to the second round on Sunday with a three-set win.").day()).isEqualTo(LocalDate.of(2007, 12, 30));
    }

    @Test
    void keepsTheYearOfADayThePageWritesWhateverTheLeadsWeekdays() {
        String page = "<p>Tuesday, January 15, 2008</p><p>© 2008 Herald</p>";
        assertThat(of(page, "MARGAO, JAN 13 — Talks were held on Friday ...").day()).isEqualTo(LocalDate.of(2008, 1, 13));
    }
}
