package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PronounAntecedentsTest {
    @Test
    void theHeadOfADescriptionIsItsNounBeforeAPrepositionalPhrase() {
        assertThat(PronounAntecedents.head("a Syrian doctor in the strategic town of Qusair")).isEqualTo("doctor");
    }

    @Test
    void theHeadOfADescriptionIsItsNounBeforeAParticipleWithAPhrase() {
        // issue 15: "Others involved in planning the handover" is plural, so no "it" stands for them
        assertThat(PronounAntecedents.head("Others involved in planning the handover")).isEqualTo("others");
    }

    @Test
    void aParticipleBeforeTheNounIsNoEndOfTheHead() {
        assertThat(PronounAntecedents.head("a retired general")).isEqualTo("general");
    }
}
