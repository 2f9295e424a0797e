package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class YearlessStampTest {
    private static PublishedDate.Found of(String body) {
        return YearlessStamp.of(Jsoup.parse("<html><body>" + body + "</body></html>"));
    }

    @Test
    void datesAStampWithoutAYearByTheLatestCopyrightYear() {
        // Issue 15: a TV station's Reuters story stamped only "Last Update: 1/01 1:10 pm".
        assertThat(of("<p>Last Update: 1/01 1:10 pm</p><p>Copyright 2008 Reuters.</p><p>&copy;2004-2008, Four Points Media</p>").day())
                .isEqualTo(LocalDate.of(2008, 1, 1));
    }

    @Test
    void readsAWordedMonthToo() {
        assertThat(of("<p>Posted Jan 15, 8:58 am</p><p>&copy; 2008 The Press Association</p>").day()).isEqualTo(LocalDate.of(2008, 1, 15));
    }

    @Test
    void givesNoDayWithoutACopyrightYearOrATimeOfDay() {
        assertThat(of("<p>Last Update: 1/01 1:10 pm</p>").day()).isNull();
        assertThat(of("<p>Updated 3/4 of the votes counted</p><p>Copyright 2008</p>").day()).isNull();
    }

    @Test
    void givesNoDayThatDoesNotExistInTheCopyrightYear() {
        assertThat(of("<p>Last Update: 2/29 1:10 pm</p><p>Copyright 2007</p>").day()).isNull();
    }

    @Test
    void datesAStampLedByItsWeekdayToTheYearWhoseDayFallsOnIt() {
        // Issue 15: Yahoo News stamped its stories "Thu Sep 22, 7:55 AM ET"; 22 September was a Thursday in 2005.
        assertThat(of("<p>By Tyler Marshall Thu Sep 22, 7:55 AM ET</p><p>&copy; 2005 Yahoo! Inc.</p>").day()).isEqualTo(LocalDate.of(2005, 9, 22));
        assertThat(of("<p>Fri Dec 30, 9:10 AM ET</p><p>Copyright &copy; 2006 Yahoo! Inc.</p>").day()).isEqualTo(LocalDate.of(2005, 12, 30));
    }

    @Test
    void givesNoDayForAWeekdayStampWhoseWeekdayFallsInNeitherYear() {
        assertThat(of("<p>Sat Sep 22, 7:55 AM ET</p><p>&copy; 2005 Yahoo! Inc.</p>").day()).isNull();
    }
}
