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
        assertThat(LanguageZone.of(Jsoup.parse("<html lang=\"en-US\"><body></body></html>"))).isEmpty();
        assertThat(LanguageZone.of(Jsoup.parse("<html lang=\"de-US\"><body></body></html>"))).isEmpty();
        assertThat(LanguageZone.of(Jsoup.parse("<html><body></body></html>"))).isEmpty();
    }

    @Test
    void regionsOfTheAmericasOtherThanTheDefaultUnitedStatesGiveTheirZone() {
        assertThat(LanguageZone.of(Jsoup.parse("<html lang=\"es-MX\"><body></body></html>"))).contains(ZoneId.of("America/Mexico_City"));
        assertThat(LanguageZone.of(Jsoup.parse("<html lang=\"pt-BR\"><body></body></html>"))).contains(ZoneId.of("America/Sao_Paulo"));
    }

    @Test
    void theRegionComesFromTheLocaleOrDublinCoreWhereTheHtmlTagNamesTheLanguageAlone() {
        assertThat(LanguageZone.of(Jsoup.parse("<html lang=\"fr\"><head><meta name=\"dc.language\" content=\"fr-ca\"></head></html>")))
                .contains(ZoneId.of("America/Toronto"));
        assertThat(LanguageZone.of(Jsoup.parse("<html lang=\"en\"><head><meta property=\"og:locale\" content=\"en_GB\"></head></html>")))
                .contains(ZoneId.of("Europe/London"));
        // A locale of another language says nothing of the page's region.
        assertThat(LanguageZone.of(Jsoup.parse("<html lang=\"en\"><head><meta property=\"og:locale\" content=\"fr_CA\"></head></html>")))
                .isEmpty();
    }
}
