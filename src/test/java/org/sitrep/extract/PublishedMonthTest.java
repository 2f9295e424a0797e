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
}
