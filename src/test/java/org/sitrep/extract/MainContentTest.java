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

    @Test
    void leadSetBeforeARelatedBoxInItsOwnWrapperOpensTheStory() {
        String paragraph = "<div class=\"storybody\">The harbour authority said on %s that the new quay would open in the spring, "
                + "after two years of building work and a long dispute over its cost.<br><br>Fishermen said they would use it.</div>";
        String html = "<html><head><title>New quay to open in the spring</title></head><body><h1>New quay to open in the spring</h1>"
                + "<div id=\"article_body\"><div class=\"storybody\">Reporting from Dover -- The quay has been the town's talk "
                + "for years, and few expected to see it finished.</div>"
                + "<div class=\"related\"><ul><li><a href=\"/a\">Harbour fees to rise next year</a></li>"
                + "<li><a href=\"/b\">Photos: The quay under construction</a></li></ul></div></div>"
                + paragraph.formatted("Monday") + paragraph.formatted("Tuesday") + paragraph.formatted("Wednesday")
                + paragraph.formatted("Thursday") + paragraph.formatted("Friday")
                + "</body></html>";
        Article a = page(html);
        assertThat(a.paragraphs()).first().asString().startsWith("Reporting from Dover");
        assertThat(a.text()).doesNotContain("Harbour fees to rise");
    }

    @Test
    void galleryNumbersAreNotText() {
        String paragraph = "<p>The harbour authority said on %s that the new quay would open in the spring, "
                + "after two years of building work and a long dispute over its cost.</p>";
        String html = "<html><head><title>New quay to open in the spring</title></head><body><h1>New quay to open in the spring</h1>"
                + "<article>" + paragraph.formatted("Monday") + paragraph.formatted("Tuesday")
                + "<div class=\"gallery\"><div>1 of 3</div><div>2 of 3</div><div>3 of 3</div></div>"
                + paragraph.formatted("Wednesday") + "</article></body></html>";
        assertThat(page(html).text()).doesNotContain("of 3");
    }

    @Test
    void firstPostedStampIsADateLine() {
        assertThat(MainContent.isDateLine("First posted May 2, 2017 07:17:01")).isTrue();
        assertThat(MainContent.isDateLine("The first convoy arrived on May 2, 2017")).isFalse();
    }
}
