package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlKeyTest {
    private static String key(String url) {
        return UrlKey.of(url).orElseThrow();
    }

    @Test
    void trackingParametersFragmentsHostCaseDefaultPortAndSchemeDoNotChangeTheKey() {
        assertThat(key("HTTPS://WWW.News.Example:443/world/aleppo-shelled/?utm_source=newsletter&utm_medium=email&fbclid=IwAR0&gclid=x#comments"))
                .isEqualTo(key("http://news.example/world/aleppo-shelled"))
                .isEqualTo("news.example/world/aleppo-shelled");
    }

    @Test
    void parametersThatNameThePageAreKeptInOrder() {
        assertThat(key("https://news.example/story.php?utm_campaign=x&page=2&id=5")).isEqualTo("news.example/story.php?id=5&page=2");
        assertThat(key("https://news.example/story.php?id=5")).isNotEqualTo(key("https://news.example/story.php?id=6"));
    }

    @Test
    void aPortThatIsNotTheDefaultIsKept() {
        assertThat(key("http://news.example:8080/a")).isEqualTo("news.example:8080/a");
    }

    @Test
    void ampVariantsHaveTheKeyOfTheirPage() {
        String page = key("https://news.example/world/aleppo-shelled");
        assertThat(key("https://news.example/world/aleppo-shelled/amp")).isEqualTo(page);
        assertThat(key("https://news.example/world/aleppo-shelled/amp/")).isEqualTo(page);
        assertThat(key("https://news.example/amp/world/aleppo-shelled")).isEqualTo(page);
        assertThat(key("https://news.example/world/aleppo-shelled?amp=1")).isEqualTo(page);
        assertThat(key("https://news.example/world/aleppo-shelled?amp")).isEqualTo(page);
        assertThat(key("https://amp.news.example/world/aleppo-shelled")).isEqualTo(page);
        assertThat(key("https://news-example.cdn.ampproject.org/c/s/news.example/world/aleppo-shelled/amp")).isEqualTo(page);
        assertThat(key("https://news.example/world/aleppo-shelled.amp.html")).isEqualTo(key("https://news.example/world/aleppo-shelled.html"));
    }

    @Test
    void aWordThatOnlyBeginsWithAmpIsNoAmpVariant() {
        assertThat(key("https://news.example/world/camp")).isEqualTo("news.example/world/camp");
        assertThat(key("https://ample.example/a")).isEqualTo("ample.example/a");
    }

    @Test
    void whatIsNoWebAddressHasNoKey() {
        assertThat(UrlKey.of(null)).isEmpty();
        assertThat(UrlKey.of("/tmp/article.txt")).isEmpty();
        assertThat(UrlKey.of("mailto:desk@news.example")).isEmpty();
    }

    @Test
    void theStoredAddressLosesItsTrackingParametersAndFragmentAndKeepsTheRest() {
        assertThat(UrlKey.withoutTracking("https://www.news.example/story.php?utm_source=x&id=5&fbclid=y#comments"))
                .isEqualTo("https://www.news.example/story.php?id=5");
        assertThat(UrlKey.withoutTracking("/tmp/article.txt")).isEqualTo("/tmp/article.txt");
    }
}
