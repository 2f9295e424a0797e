package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.extract.Talks.*;

import java.nio.charset.Charset;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.RawPage;

class LegacyEncodingTest {
    private static Charset detected(String text, String encoding) {
        return LegacyEncoding.of(text.getBytes(Charset.forName(encoding)));
    }

    @Test
    void singleByteCodePagesOfOtherScriptsAreToldFromTheirBytes() {
        assertThat(detected(ARABIC, "windows-1256").name()).isEqualTo("windows-1256");
        assertThat(detected(RUSSIAN, "windows-1251").name()).isEqualTo("windows-1251");
        assertThat(detected(RUSSIAN, "KOI8-R").name()).isEqualTo("KOI8-R");
        assertThat(detected(GREEK, "windows-1253").name()).isEqualTo("windows-1253");
        assertThat(detected(HEBREW, "windows-1255").name()).isEqualTo("windows-1255");
    }

    @Test
    void latinTextStaysWindows1252UnlessAnotherLatinCodePageReadsMoreOfItsLetters() {
        assertThat(detected(FRENCH, "windows-1252").name()).isEqualTo("windows-1252");
        assertThat(detected("Plain ASCII text about the talks in the capital.", "windows-1252").name()).isEqualTo("windows-1252");
        assertThat(detected(POLISH, "windows-1250").name()).isEqualTo("windows-1250");
    }

    @Test
    void undeclaredArabicPageInWindows1256IsReadAsArabic() {
        String html = "<html><head><title>حلب</title></head><body><article><p>" + ARABIC + "</p><p>" + ARABIC + "</p></article></body></html>";
        RawPage page = new RawPage("ar.html", html.getBytes(Charset.forName("windows-1256")), ContentType.HTML, null, Instant.EPOCH, Hints.NONE);
        var article = new ArticleExtractor().extract(page);
        assertThat(article.paragraphs()).containsExactly(ARABIC);
        assertThat(article.language()).isEqualTo("ar");
    }
}
