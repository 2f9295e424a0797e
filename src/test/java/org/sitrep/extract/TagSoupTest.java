package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.RawPage;

/**
 * Pages strung together at random from the pieces the extractor's rules look at: each gives an article or a clear
 * input error, never a programmer's error. (This found text right under the body making the document itself the best
 * element; a longer run of 100,000 pages with five seeds finds nothing more.)
 */
class TagSoupTest {
    private static final String[] PIECES = {"<h1>", "</h1>", "<h2>", "<p>", "</p>", "<div class=\"byline\">",
            "<div class=\"article-body\">", "<div class=\"nav\">", "</div>", "By ", "<a href=\"/tag/x\">", "<a href=\"/author/y\">",
            "</a>", "Written by", " ", "\u00A0", "\u2028", "\u200B", "Talks resume", ":", "Blog: ", "<span class=\"block\">", "</span>",
            "<title>", "</title>", "<meta property=\"og:title\" content=\"", "\">", "<meta name=\"author\" content=\"",
            "<meta property=\"article:published_time\" content=\"2020-07-02T20:00:00Z\">", " | Site", "<br>", "<article>",
            "</article>", "<main>", "</main>", "<aside>", "<nav>", "<footer>", "Mc", "Cain", "2025-01-02", "12.03.2021",
            "24 نيسان / أبريل 2020", "<time datetime=\"2025-01-02T23:00:00Z\">", "</time>", ", said the official, ", "“quoted”",
            "x".repeat(300), "<li>", "</ul>", "<ul>", "<table><tr><td>", "</td><td>", "</td></tr></table>",
            "<figure><img src=\"/a.jpg\"><figcaption>Cap</figcaption></figure>", "<img src=\"data:x\">",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"author\":{\"@id\":\"#p\"},\"articleBody\":\"",
            "\"}</script>", "{\"@graph\":[", "]}", "<div hidden id=\"S:0\">", "<div style=\"display:none\">",
            "<link rel=\"canonical\" href=\"", "http://", "https://x.com/2019/05/04/a", "<html lang=\"es\">", "<!--", "-->",
            "<![CDATA[", "&amp;", "&#x0;", "<h1><strong>Blog:</strong>", "Â€™"};

    @Test
    void randomTagSoupGivesAnArticleOrAClearInputError() {
        ArticleExtractor extractor = new ArticleExtractor();
        Random random = new Random(42);
        List<String> broken = new ArrayList<>();
        for (int n = 0; n < 2000; n++) {
            StringBuilder html = new StringBuilder();
            for (int i = random.nextInt(80); i > 0; i--) {
                html.append(PIECES[random.nextInt(PIECES.length)]);
            }
            Hints hints = random.nextBoolean() ? Hints.NONE : Hints.NONE.withUrl("https://www.example.com/2025/01/02/x.html");
            try {
                extractor.extract(new RawPage("soup " + n, html.toString().getBytes(StandardCharsets.UTF_8), ContentType.HTML, null,
                        Instant.EPOCH, hints));
            } catch (InputException e) {
                assertThat(e.getMessage()).contains("soup " + n);
            } catch (RuntimeException e) {
                broken.add(e + " on: " + html);
            }
        }
        assertThat(broken).isEmpty();
    }
}
