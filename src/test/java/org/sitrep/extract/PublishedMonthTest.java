package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PublishedMonthTest {
    @Test
    void readsAMonthWrittenAloneWhereThePageSaysItPublished() {
        // Issue 15: an AP story reprinted with only "2007/12" for its date.
        assertThat(PublishedMonth.of(Jsoup.parse("<body><span id=\"Article_publishDate\" class=\"ArticleText\">2007/12</span></body>")))
                .isEqualTo(YearMonth.of(2007, 12));
        assertThat(PublishedMonth.of(Jsoup.parse("<body><p class=\"posted\">December 2007</p></body>"))).isEqualTo(YearMonth.of(2007, 12));
    }

    @Test
    void readsNoMonthFromOtherElementsOrFromAFullDate() {
        assertThat(PublishedMonth.of(Jsoup.parse("<body><td class=\"ArticleText\">1/2008</td><span id=\"publishDate\">2007/12/29</span></body>")))
                .isNull();
    }

    @Test
    void readsTheMonthAnAddressFilesItsPageUnder() {
        // Issue 15: a monthly's story of its May 2005 issue, dated nowhere on the page.
        assertThat(PublishedMonth.inAddresses(null, "http://www.armscontrol.org/act/2005_05/NK_Talks.asp")).isEqualTo(YearMonth.of(2005, 5));
    }

    @Test
    void readsNoMonthFromAnAddressWithoutAMonthFolder() {
        assertThat(PublishedMonth.inAddresses("https://example.org/2005/story-13/", "https://example.org/news/2005-13-story")).isNull();
    }
}
