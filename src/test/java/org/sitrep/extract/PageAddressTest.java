package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageAddressTest {
    @Test
    void givesThePageItsReadAddressAndCanonicalLinkInComparedForm() {
        Document doc = Jsoup.parse("<head><link rel=canonical href='https://www.site.com/story/?utm=x'></head>",
                "http://site.com/amp/story#top");
        assertThat(PageAddress.of(doc)).containsExactly("site.com/amp/story", "site.com/story");
    }

    @Test
    void resolvesARelativeLinkAgainstThePagesFirstAddress() {
        Document doc = Jsoup.parse("<a href='/other-story?ref=home'>Another story</a>");
        assertThat(PageAddress.target(doc.selectFirst("a"), List.of("site.com/story"))).isEqualTo("site.com/other-story");
    }

    @Test
    void takesAFragmentOrScriptLinkForOneThatLeadsNowhere() {
        Document doc = Jsoup.parse("<a href='#comments'>Comments</a><a href='javascript:void(0)'>Share</a>");
        assertThat(doc.select("a")).allMatch(PageAddress::leadsNowhere);
    }
}
