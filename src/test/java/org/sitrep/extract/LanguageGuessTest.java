package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.RawPage;

class LanguageGuessTest {
    private static final String ENGLISH = "The delegations returned to the capital on Tuesday for talks that were said to be "
            + "close to an agreement, and officials from both sides said they would meet again in a week.";
    private static final String GERMAN = "Die Delegationen sind am Dienstag in die Hauptstadt zurückgekehrt, wo die Gespräche "
            + "nach Angaben beider Seiten auf eine Einigung zulaufen. Sie wollen sich in einer Woche wieder treffen.";
    private static final String SPANISH = "Las delegaciones regresaron el martes a la capital para las conversaciones, que según "
            + "los funcionarios de ambas partes están cerca de un acuerdo y se reunirán de nuevo en una semana.";

    @Test
    void latinScriptLanguagesAreToldByTheirSmallWords() {
        assertThat(LanguageGuess.of(ENGLISH)).isEqualTo("en");
        assertThat(LanguageGuess.of(GERMAN)).isEqualTo("de");
        assertThat(LanguageGuess.of(SPANISH)).isEqualTo("es");
    }

    @Test
    void languagesWithAScriptOfTheirOwnAreToldByItsLetters() {
        assertThat(LanguageGuess.of("قال مسؤولون إن الوفود عادت إلى العاصمة يوم الثلاثاء لإجراء محادثات")).isEqualTo("ar");
        assertThat(LanguageGuess.of("گفت‌وگوها روز سه‌شنبه در پایتخت از سر گرفته شد و هیئت‌ها به توافق نزدیک هستند")).isEqualTo("fa");
        assertThat(LanguageGuess.of("Делегации вернулись в столицу во вторник для переговоров, которые были близки к соглашению"))
                .isEqualTo("ru");
        assertThat(LanguageGuess.of("Делегації повернулися до столиці у вівторок для переговорів, які були близькі до угоди"))
                .isEqualTo("uk");
        assertThat(LanguageGuess.of("המשלחות חזרו לבירה ביום שלישי לשיחות")).isEqualTo("he");
        assertThat(LanguageGuess.of("代表团周二返回首都举行会谈")).isEqualTo("zh");
        assertThat(LanguageGuess.of("代表団は火曜日に首都に戻り、協議を行った")).isEqualTo("ja");
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
        assertThat(LanguageGuess.resolve("en", "قال مسؤولون إن الوفود عادت إلى العاصمة يوم الثلاثاء لإجراء محادثات")).isEqualTo("ar");
        assertThat(LanguageGuess.resolve(null, GERMAN)).isEqualTo("de");
        assertThat(LanguageGuess.resolve("lang=", GERMAN)).isEqualTo("de");
        // Danish, whose small words Sitrep does not tell from Norwegian and Swedish, is kept as declared.
        assertThat(LanguageGuess.resolve("da", "Forhandlingerne blev genoptaget i hovedstaden tirsdag, og begge sider "
                + "siger, at de er tæt på en aftale og vil mødes igen om en uge.")).isEqualTo("da");
        // Belarusian, written in Cyrillic, is kept as declared; English declared over Russian text is not.
        assertThat(LanguageGuess.resolve("be", "Дэлегацыі вярнуліся ў сталіцу ў аўторак для перамоў, якія блізкія да пагаднення")).isEqualTo("be");
        assertThat(LanguageGuess.resolve("en", "Делегации вернулись в столицу во вторник для переговоров, которые были близки к соглашению"))
                .isEqualTo("ru");
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
