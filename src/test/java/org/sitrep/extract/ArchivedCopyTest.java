package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ArchivedCopyTest {
    private static final String COPY = "<html><head>"
            + "<link rel=stylesheet href='https://web.archive.org/web/20050404150849cs_/http://www.nypost.com/css/style.css'>"
            + "<script src='https://web.archive.org/web/20050404150849js_/http://ads.nypost.com/ads.js'></script></head><body>"
            + "<a href='https://web.archive.org/web/20050526190212/http://breakingnews.nypost.com/'>26 May 2005</a>"
            + "<img src='/web/20050404150849im_/http://www.nypost.com/logo.gif'>";

    private static PublishedDate.Found of(String html, String... paragraphs) {
        return ArchivedCopy.of(Jsoup.parse(html), List.of(paragraphs));
    }

    @Test
    void datesAnUndatedStoryByTheCaptureMostOfItsAddressesCarry() {
        // 4 April 2005 was a Monday: the AP story the archive caught that afternoon reports Monday's bombing.
        assertThat(of(COPY + "</body></html>", "BAGHDAD, Iraq (AP) -- A suicide bomber blew himself up Monday.").day())
                .isEqualTo(LocalDate.of(2005, 4, 4));
    }

    @Test
    void goesBackFromTheCaptureToTheDayTheLeadsWeekdayAgreesWith() {
        // Caught on Monday 4 April, a story of Friday's events ran on Friday or Saturday: the latest, Saturday 2 April.
        assertThat(of(COPY + "</body></html>", "Rebels attacked the town on Friday.").day()).isEqualTo(LocalDate.of(2005, 4, 2));
    }

    @Test
    void givesNoDayForAPageTheArchiveDidNotKeep() {
        assertThat(of("<html><body><a href='/web/page.html'>web</a></body></html>", "On Monday they met.").day()).isNull();
    }
}
