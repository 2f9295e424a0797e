package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Article;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.RawPage;

/** Which block of a page is its story, on pages written for these tests. */
class MainContentTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article page(String html) {
        return extractor.extract(new RawPage("test", html.getBytes(StandardCharsets.UTF_8), ContentType.HTML, null, Instant.EPOCH, Hints.NONE));
    }

    @Test
    void shortStoryUnderItsHeadlineWinsOverLongerSiteBlurbs() {
        String blurb = "<p><b>%s:</b> Find out what is happening in your town and across the region "
                + "in our <a href=\"/x\">%s</a> section.</p>";
        String html = "<html><head><title>Ferry service to resume on the northern route</title></head><body>"
                + "<ul class=\"sections\"><li><a href=\"/\">Home page</a></li><li><a href=\"/local\">Local news</a></li>"
                + "<li><a href=\"/weather\">Weather forecast</a></li><li><a href=\"/traffic\">Traffic reports</a></li>"
                + "<li><a href=\"/sports\">Sports scores</a></li><li><a href=\"/business\">Business news</a></li>"
                + "<li><a href=\"/health\">Health and science</a></li><li><a href=\"/politics\">Politics and elections</a></li>"
                + "<li><a href=\"/opinion\">Opinion and letters</a></li><li><a href=\"/contact\">Contact the newsroom</a></li></ul>"
                + "<div id=\"main\"><span class=\"story\"><h2>Ferry service to resume on the northern route</h2>"
                + "<span class=\"text\"><p>The ferry service on the northern route will resume next week, the operator said.</p>"
                + "<p>Repairs to the pier at the river mouth are finished.</p>"
                + "<p>Fares, which rose last year, will stay the same.</p><p>Tickets go on sale on Monday.</p></span></span></div>"
                + "<div class=\"box\">" + blurb.formatted("News", "news") + blurb.formatted("Weather", "weather")
                + blurb.formatted("Sports", "sports") + blurb.formatted("Events", "events") + blurb.formatted("Photos", "photos")
                + blurb.formatted("Video", "video")
                + "</div></body></html>";
        Article a = page(html);
        assertThat(a.paragraphs()).first().asString().startsWith("The ferry service on the northern route");
        assertThat(a.text()).doesNotContain("Find out what is happening");
    }
}
