package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeTest {
    @Test
    void textEncodedTwiceThroughWindows1252IsRepairedWhereItsContinuationsLieBeyondLatin1() {
        String twice = new String("Investor’s ‘guide’ – 2025".getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertThat(twice).startsWith("Investorâ€™s â€˜guide");
        assertThat(Mojibake.repair(twice)).isEqualTo("Investor’s ‘guide’ – 2025");
    }

    @Test
    void accentedLettersBesideQuestionMarksAndOtherScriptsAreLeftAsWritten() {
        String text = "Ça va? Café? Ãrbol côté — Дамаск";
        assertThat(Mojibake.repair(text)).isSameAs(text);
    }
}
