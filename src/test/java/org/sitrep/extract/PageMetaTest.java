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
    void repeatedAuthorTagsAreReadEachInPageOrder() {
        PageMeta meta = meta("<meta property=\"article:author\" content=\"Rania Haddad\"><meta property=\"article:author\" content=\" \">"
                + "<meta property=\"article:author\" content=\"Omar Khalil\">");
        assertThat(meta.contents("article:author")).containsExactly("Rania Haddad", "Omar Khalil");
        assertThat(meta.contents("citation_author")).isEmpty();
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

    @Test
    void canonicalLinkIsTheFirstAsWrittenAndAbsoluteAgainstThePage() {
        PageMeta meta = PageMeta.of(Jsoup.parse("<html><head><link rel=\"canonical\" href=\"/2024/04/08/talks\">"
                + "<link rel=\"canonical\" href=\"/other\"></head><body><p>Text.</p></body></html>", "https://news.example/a?b=c"));
        assertThat(meta.canonical()).isEqualTo("/2024/04/08/talks");
        assertThat(meta.absoluteCanonical()).isEqualTo("https://news.example/2024/04/08/talks");
    }

    @Test
    void pageWithoutACanonicalLinkGivesEmpty() {
        assertThat(meta("<link rel=\"stylesheet\" href=\"a.css\">").canonical()).isEmpty();
    }
}
