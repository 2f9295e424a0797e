package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadWordsTest {
    @Test
    void theHeadOfANameOfSeveralWordsIsItsLastWord() {
        assertThat(HeadWords.of("Sinjar Resistance Brigade")).isEqualTo("Brigade");
    }

    @Test
    void aNameOfOneWordHasNoHeadWord() {
        assertThat(HeadWords.of("Hamas")).isEmpty();
    }
}
