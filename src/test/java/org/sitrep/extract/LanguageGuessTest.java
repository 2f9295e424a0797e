package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.extract.Talks.*;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.RawPage;

class LanguageGuessTest {
    @Test
    void latinScriptLanguagesAreToldByTheirSmallWords() {
        assertThat(LanguageGuess.of(ENGLISH)).isEqualTo("en");
        assertThat(LanguageGuess.of(GERMAN)).isEqualTo("de");
        assertThat(LanguageGuess.of(SPANISH)).isEqualTo("es");
    }

    @Test
    void theEnglishPronounIIsNotReadAsPolishAlone() {
        // issue 15: a short quote full of "I" was read as Polish, and its speaker never sought
        assertThat(LanguageGuess.of("After Jerry Brown criticized Bill Clinton, Hillary shot back, “I suppose I could have "
                + "chosen to bake cookies.”")).isNotEqualTo("pl");
    }

    @Test
    void languagesWithAScriptOfTheirOwnAreToldByItsLetters() {
        assertThat(LanguageGuess.of(ARABIC)).isEqualTo("ar");
        assertThat(LanguageGuess.of(PERSIAN)).isEqualTo("fa");
        assertThat(LanguageGuess.of(RUSSIAN)).isEqualTo("ru");
        assertThat(LanguageGuess.of(UKRAINIAN)).isEqualTo("uk");
        assertThat(LanguageGuess.of(HEBREW)).isEqualTo("he");
        assertThat(LanguageGuess.of(CHINESE)).isEqualTo("zh");
        assertThat(LanguageGuess.of(JAPANESE)).isEqualTo("ja");
    }

    @Test
    void textTooShortOrWithoutTellingWordsGivesNoLanguage() {
        assertThat(LanguageGuess.of("Aleppo, Idlib")).isNull();
        assertThat(LanguageGuess.of("12 345 678")).isNull();
        assertThat(LanguageGuess.of("Idlib Aleppo Homs Hama Raqqa Deir ez-Zor Latakia Tartus Daraa Quneitra Hasakah Qamishli Afrin"))
                .isNull();
    }

    @Test
    void declaredLanguageStandsUnlessTheTextIsPlainlyInAnother() {
        assertThat(LanguageGuess.resolve("en-gb", ENGLISH)).isEqualTo("en-gb");
        assertThat(LanguageGuess.resolve("en-us", SPANISH)).isEqualTo("es");
        assertThat(LanguageGuess.resolve("en", ARABIC)).isEqualTo("ar");
        assertThat(LanguageGuess.resolve(null, GERMAN)).isEqualTo("de");
        assertThat(LanguageGuess.resolve("lang=", GERMAN)).isEqualTo("de");
        // Danish, whose small words Sitrep does not tell from Norwegian and Swedish, is kept as declared.
        assertThat(LanguageGuess.resolve("da", "Forhandlingerne blev genoptaget i hovedstaden tirsdag, og begge sider "
                + "siger, at de er tæt på en aftale og vil mødes igen om en uge.")).isEqualTo("da");
        // Belarusian, written in Cyrillic, is kept as declared; English declared over Russian text is not.
        assertThat(LanguageGuess.resolve("be", "Дэлегацыі вярнуліся ў сталіцу ў аўторак для перамоў, якія блізкія да пагаднення")).isEqualTo("be");
        assertThat(LanguageGuess.resolve("en", RUSSIAN)).isEqualTo("ru");
        // A German article quoting at length in English is still German.
        assertThat(LanguageGuess.resolve("de", "Die Delegation ist zurück. Sie sagte: " + ENGLISH + " " + ENGLISH)).isEqualTo("de");
    }

    @Test
    void pageWhoseTemplateSaysEnglishOverGermanTextIsGerman() {
        String html = "<html lang=\"en-US\"><head><title>Gespräche in der Hauptstadt</title></head><body><article><p>"
                + GERMAN + "</p><p>" + GERMAN + "</p></article></body></html>";
        RawPage page = new RawPage("test.html", html.getBytes(StandardCharsets.UTF_8), ContentType.HTML, null, Instant.EPOCH, Hints.NONE);
        assertThat(new ArticleExtractor().extract(page).language()).isEqualTo("de");
    }
}
