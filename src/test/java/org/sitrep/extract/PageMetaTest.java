package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageMetaTest {
    private static PageMeta meta(String head) {
        return PageMeta.of(Jsoup.parse("<html><head>" + head + "</head><body><p>Text.</p></body></html>"));
    }

    @Test
    void readsPropertyNameAndItempropAlikeWithoutCase() {
        PageMeta meta = meta("<meta property=\"og:title\" content=\"Talks resume\"><meta name=\"Author\" content=\"Rania Haddad\">"
                + "<meta itemprop=\"datePublished\" content=\"2024-04-08\">");
        assertThat(meta.content("og:title")).isEqualTo("Talks resume");
        assertThat(meta.content("author")).isEqualTo("Rania Haddad");
        assertThat(meta.content("DATEPUBLISHED")).isEqualTo("2024-04-08");
    }

    @Test
    void firstTagOfANameWinsEvenWhenBlank() {
        PageMeta meta = meta("<meta name=\"author\" content=\" \"><meta name=\"author\" content=\"Rania Haddad\">"
                + "<meta property=\"og:title\" content=\"Talks  resume\"><meta property=\"og:title\" content=\"Other\">");
        assertThat(meta.content("author")).isNull();
        assertThat(meta.content("og:title")).isEqualTo("Talks resume");
    }

    @Test
    void nameThePageDoesNotGiveIsNull() {
        assertThat(meta("<title>Talks</title>").content("og:image")).isNull();
    }
}
