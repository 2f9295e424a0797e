package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.core.InputException;

class TextDecoderTest {
    @Test
    void byteOrderMarkDecidesTheEncoding() {
        byte[] utf16 = "\uFEFFAleppo".getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextDecoder.decode("f", utf16, null, false)).isEqualTo("Aleppo");
    }

    @Test
    void declaredCharsetIsUsedWhenTheBytesAreNotUtf8() {
        assertThat(TextDecoder.decode("f", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), "ISO-8859-1", false)).isEqualTo("café");
    }

    @Test
    void pageDeclaringLatin1IsReadAsWindows1252AsBrowsersDo() {
        byte[] bytes = "aren\u2019t \u2014 caf\u00e9".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(TextDecoder.decode("latin1.html", bytes, "iso-8859-1", true)).isEqualTo("aren’t — café");
    }

    @Test
    void bytesThatAreNoTextInAnyLikelyEncodingAreRefusedNamingTheInput() {
        byte[] garbage = new byte[200];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i % 2 == 0 ? 0x81 : 0x8D);
        }
        assertThatThrownBy(() -> TextDecoder.decode("page.html", garbage, null, true))
                .isInstanceOf(InputException.class)
                .hasMessage("page.html: unreadable encoding: neither UTF-8 nor Windows-1252");
    }

    @Test
    void utf8PageWithAFewWindows1252BytesMixedInReadsBothWithoutMojibake() {
        byte[] utf8 = "Deir ez-Zor – café, the rebels".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(utf8, utf8.length + 3);
        bytes[utf8.length] = (byte) 0x92;
        bytes[utf8.length + 1] = 's';
        bytes[utf8.length + 2] = '.';
        assertThat(TextDecoder.decode("mixed.html", bytes, null, true)).isEqualTo("Deir ez-Zor – café, the rebels’s.");
    }

    @Test
    void windows1252PageWithNoUtf8SequencesStaysWindows1252() {
        byte[] bytes = "Deir ez-Zor \u2013 caf\u00e9".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(TextDecoder.decode("latin.html", bytes, null, true)).isEqualTo("Deir ez-Zor – café");
    }

    @Test
    void utf8PageThatWritesTheReplacementCharacterStaysUtf8() {
        byte[] bytes = "Deir ez-Zor \uFFFD café".getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode("f", bytes, null, true)).isEqualTo("Deir ez-Zor \uFFFD café");
    }

    /**
     * Issue 14: UTF-8 with bytes overwritten, here the second byte of every other Cyrillic letter, was read as
     * Windows-1251 ("РџСЂ", "я"). Half of its high bytes still form UTF-8 sequences, as no single-byte text's do: it
     * is read as UTF-8, each broken byte a U+FFFD.
     */
    @Test
    void utf8WithBytesOverwrittenIsReadAsUtf8WithReplacementCharacters() {
        String text = "Президент заявил журналистам, что переговоры продолжатся на следующей неделе.";
        java.io.ByteArrayOutputStream damaged = new java.io.ByteArrayOutputStream();
        StringBuilder expected = new StringBuilder();
        int cyrillic = 0;
        for (char c : text.toCharArray()) {
            byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            if (utf8.length == 2 && cyrillic++ % 2 == 1) {
                damaged.write(utf8[0]);
                damaged.write(0xFF);
                expected.append("\uFFFD\uFFFD");
            } else {
                damaged.writeBytes(utf8);
                expected.append(c);
            }
        }
        assertThat(TextDecoder.decode("f", damaged.toByteArray(), null, false)).isEqualTo(expected.toString());
    }
}
