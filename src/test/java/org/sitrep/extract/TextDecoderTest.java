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
    void bytesThatAreNoTextInAnyLikelyEncodingAreRefusedNamingTheInput() {
        byte[] garbage = new byte[200];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i % 2 == 0 ? 0x81 : 0x8D);
        }
        assertThatThrownBy(() -> TextDecoder.decode("page.html", garbage, null, true))
                .isInstanceOf(InputException.class)
                .hasMessage("page.html: unreadable encoding: neither UTF-8 nor Windows-1252");
    }
}
