package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.core.InputException;

class FeedReaderTest {
    private final FeedReader reader = new FeedReader();

    @Test
    void readsAtomEntriesWithTheirDays() {
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>A</title><link rel=\"alternate\" href=\"https://x.example/a\"/>"
                + "<published>2016-03-05T09:30:00+02:00</published></entry></feed>";
        assertThat(reader.read("f", atom.getBytes(StandardCharsets.UTF_8)))
                .containsExactly(new FeedItem("https://x.example/a", "A", LocalDate.of(2016, 3, 5)));
    }

    @Test
    void readsNewsSitemaps() {
        String map = "<urlset xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>https://x.example/b</loc>"
                + "<news:news><news:publication_date>2017-05-02</news:publication_date><news:title>B</news:title></news:news></url></urlset>";
        assertThat(reader.read("f", map.getBytes(StandardCharsets.UTF_8)))
                .containsExactly(new FeedItem("https://x.example/b", "B", LocalDate.of(2017, 5, 2)));
    }

    @Test
    void refusesADocumentThatIsNoFeed() {
        assertThatThrownBy(() -> reader.read("page.html", "<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InputException.class).hasMessage("page.html: not an RSS, Atom or sitemap document");
    }

    @Test
    void readsRssItemsWithTheDayAsTheFeedWroteIt() {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
                + "<item><title>Late</title><link>https://x.example/late</link><pubDate>Mon, 03 Apr 2017 23:30:00 -0500</pubDate></item>"
                + "<item><title>No link</title></item>"
                + "<item><title>Again</title><link>https://x.example/late</link></item>"
                + "<item><link>https://x.example/untitled</link></item></channel></rss>";
        assertThat(reader.read("f", rss.getBytes(StandardCharsets.UTF_8))).containsExactly(
                new FeedItem("https://x.example/late", "Late", LocalDate.of(2017, 4, 3)),
                new FeedItem("https://x.example/untitled", null, null));
    }

    @Test
    void readsRss1ItemsWithDublinCoreDates() {
        String rdf = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel rdf:about=\"https://x.example/\"><title>W</title><link>https://x.example/</link></channel>"
                + "<item rdf:about=\"https://x.example/c\"><title>C</title><link>https://x.example/c</link><dc:date>2018-01-02T08:00:00Z</dc:date></item></rdf:RDF>";
        assertThat(reader.read("f", rdf.getBytes(StandardCharsets.UTF_8)))
                .containsExactly(new FeedItem("https://x.example/c", "C", LocalDate.of(2018, 1, 2)));
    }

    @Test
    void readsAFeedInTheEncodingItsDeclarationNames() {
        String rss = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>W</title>"
                + "<item><title>Caf\u00e9 talks</title><link>https://x.example/d</link></item></channel></rss>";
        assertThat(reader.read("f", rss.getBytes(StandardCharsets.ISO_8859_1)))
                .containsExactly(new FeedItem("https://x.example/d", "Caf\u00e9 talks", null));
    }

    @Test
    void refusesAFeedWithAnExternalEntityWithoutReadingTheFile() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel>"
                + "<item><title>&x;</title><link>https://x.example/e</link></item></channel></rss>";
        assertThatThrownBy(() -> reader.read("evil.xml", xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InputException.class).hasMessageStartingWith("evil.xml: not a well-formed feed: ")
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("root:");
    }

    @Test
    void refusesAFeedOfNestedEntitiesWithoutExpandingThem() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = "<?xml version=\"1.0\"?>" + doctype + "]><rss version=\"2.0\"><channel><item><title>&lol9;</title>"
                + "<link>https://x.example/f</link></item></channel></rss>";
        assertThatThrownBy(() -> reader.read("bomb.xml", bomb.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InputException.class).hasMessageStartingWith("bomb.xml: not a well-formed feed: ");
    }

    @Test
    void aSitemapWithAnExternalEntityIsReadWithoutIt() {
        String map = "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><urlset>"
                + "<url><loc>https://x.example/g</loc><lastmod>2019-02-03</lastmod></url></urlset>";
        assertThat(reader.read("f", map.getBytes(StandardCharsets.UTF_8)))
                .containsExactly(new FeedItem("https://x.example/g", null, LocalDate.of(2019, 2, 3)));
    }
}
