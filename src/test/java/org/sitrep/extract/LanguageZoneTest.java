package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class LanguageZoneTest {
    @Test
    void centralEuropeanLanguagesAndEuropeanRegionsGiveBerlinsZone() {
        assertThat(LanguageZone.of(Jsoup.parse("<html lang=\"de-DE\"><body></body></html>"))).contains(ZoneId.of("Europe/Berlin"));
        assertThat(LanguageZone.of(Jsoup.parse("<html lang=\"fr-BE\"><body></body></html>"))).contains(ZoneId.of("Europe/Berlin"));
        assertThat(LanguageZone.of(Jsoup.parse("<html lang=\"cs-CZ\"><body></body></html>"))).contains(ZoneId.of("Europe/Berlin"));
        assertThat(LanguageZone.of(Jsoup.parse("<html><head><meta property=\"og:locale\" content=\"nl_NL\"></head></html>")))
                .contains(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void britishEnglishGivesLondonsZone() {
        assertThat(LanguageZone.of(Jsoup.parse("<html lang=\"en-GB\"><body></body></html>"))).contains(ZoneId.of("Europe/London"));
    }

    @Test
    void languagesSpokenAcrossOceansOrNoneGiveNoZone() {
        assertThat(LanguageZone.of(Jsoup.parse("<html lang=\"en\"><body></body></html>"))).isEmpty();
        assertThat(LanguageZone.of(Jsoup.parse("<html lang=\"es-MX\"><body></body></html>"))).isEmpty();
        assertThat(LanguageZone.of(Jsoup.parse("<html lang=\"de-US\"><body></body></html>"))).isEmpty();
        assertThat(LanguageZone.of(Jsoup.parse("<html><body></body></html>"))).isEmpty();
    }
}
