package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HostedNewsExpiryTest {
    private static final String HOSTED = "http://ukpress.google.com/article/ALeqM5g61zxblgHA7Ujd5Yp9HxbuJUChcg";

    private static PublishedDate.Found of(String head, String url) {
        return HostedNewsExpiry.of(Jsoup.parse("<html><head>" + head + "</head><body><p>5 days ago</p></body></html>"), url);
    }

    @Test
    void datesAHostedWireStoryThirtyDaysBeforeGoogleDropsIt() {
        // Issue 15: a Press Association story Google hosted, stamped only "5 days ago".
        var found = of("<meta name=\"googlebot\" content=\"noarchive\">"
                + "<meta name=\"googlebot\" content=\"unavailable_after: 09-Feb-2008 03:25:57 PST\">", HOSTED);
        assertThat(found.day()).isEqualTo(LocalDate.of(2008, 1, 10));
        assertThat(found.time().toString()).isEqualTo("2008-01-10T03:25:57-08:00");
    }

    @Test
    void readsTheDirectiveOnlyOnGooglesOwnHostedPages() {
        assertThat(of("<meta name=\"robots\" content=\"unavailable_after: 09-Feb-2008 03:25:57 PST\">", "https://example.com/story").day())
                .isNull();
        assertThat(of("<link rel=\"Stylesheet\" href=\"/hostednews/css/1928673458-screen.css\">"
                + "<meta name=\"robots\" content=\"unavailable_after: 14-Feb-2008 10:04:40 PST\">", null).day())
                .isEqualTo(LocalDate.of(2008, 1, 15));
    }

    @Test
    void givesNoDayForADirectiveItCannotRead() {
        assertThat(of("<meta name=\"googlebot\" content=\"unavailable_after: sometime next month\">", HOSTED).day()).isNull();
    }
}
