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
}
