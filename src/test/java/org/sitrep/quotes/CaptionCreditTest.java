package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionCreditTest {
    private static String words(String caption) {
        return caption.substring(0, CaptionCredit.wordsEnd(caption));
    }

    @Test
    void endsACaptionsWordsBeforeItsBracketedCredit() {
        assertThat(words("Government forces regained the district, the military said. (SANA via AP)"))
                .isEqualTo("Government forces regained the district, the military said.");
    }

    @Test
    void endsACaptionsWordsBeforeItsLabelledCredit() {
        assertThat(words("He was found in a doorway.Credit...Ed Murray/NJ Advance Media for NJ.com")).isEqualTo("He was found in a doorway.");
    }

    @Test
    void keepsAClosingBracketOfTheCaptionsOwnWords() {
        assertThat(words("He said 12 died (including three children)")).isEqualTo("He said 12 died (including three children)");
    }
}
