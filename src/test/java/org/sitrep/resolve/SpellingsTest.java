package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spellings of one name within an article (issue 15: transliterations split one person in two). */
class SpellingsTest {
    @Test
    void readsLongWordsThatDifferOnlyInVowelsOrDoubledLettersAlike() {
        assertThat(Spellings.vowelsLoose("usama-bin-ladin")).isEqualTo(Spellings.vowelsLoose("osama-bin-laden"));
        assertThat(Spellings.vowelsLoose("mojtaba-khamanei")).isEqualTo(Spellings.vowelsLoose("mojtaba-khamenei"));
    }

    @Test
    void keepsTheVowelsOfShortWordsAndTheConsonantsOfAll() {
        assertThat(Spellings.vowelsLoose("dan-brown")).isNotEqualTo(Spellings.vowelsLoose("don-brown"));
        assertThat(Spellings.vowelsLoose("mahmoud-abbas")).isNotEqualTo(Spellings.vowelsLoose("mohammed-abbas"));
    }
}
