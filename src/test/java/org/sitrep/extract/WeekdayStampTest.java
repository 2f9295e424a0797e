package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class WeekdayStampTest {
    private static LocalDate of(String body, String headline) {
        return WeekdayStamp.of(Jsoup.parse("<html><body>" + body + "</body></html>"), headline).day();
    }

    @Test
    void readsTheDateWrittenWithItsWeekdayUnderTheHeadline() {
        // The Washington Post's wire pages: "By JILL LAWLESS The Associated Press Thursday, January 17, 2008; 8:43 AM".
        assertThat(of("<h2>Atonement leads BAFTA nominations</h2><p>By JILL LAWLESS The Associated Press Thursday, January 17, 2008; 8:43 AM</p>",
                "Atonement leads BAFTA nominations")).isEqualTo(LocalDate.of(2008, 1, 17));
    }

    @Test
    void leavesAMastheadDateAboveTheHeadline() {
        assertThat(of("<div>Goa's complete online news edition - Sunday, January 20, 2008</div><h2>13 hurt as plane crash-lands</h2>"
                + "<p>LONDON, JAN 17 (PTI) - A plane crash-landed.</p>", "13 hurt as plane crash-lands")).isNull();
    }

    @Test
    void leavesAnEventDatedInASentence() {
        assertThat(of("<h2>Princess dies</h2><p>She passed away at 2.54 am on Wednesday January 3, 2007.</p>", "Princess dies")).isNull();
    }

    @Test
    void leavesADateWhoseWeekdayIsNotItsOwn() {
        assertThat(of("<h2>Talks</h2><p>Monday, January 17, 2008</p>", "Talks")).isNull();
    }
}
