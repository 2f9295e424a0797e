package org.sitrep.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;

class HighlightedSpellingsTest {
    private static final EnglishAnalyzer ENGLISH = new EnglishAnalyzer();

    @Test
    void leavesOutSpellingsThatHoldTheWordsTypedOrAShorterSpelling() {
        List<String> spellings = List.of("Daesh", "IS", "ISIL", "ISIS", "Islamic State group", "ISIS terrorists", "IS group",
                "Islamic State of Iraq and the Levant", "Islamic State militants", "Daesh terrorists", "ISIS militants",
                "Islamic States", "Daeshs");
        assertThat(HighlightedSpellings.of("Islamic State", spellings, ENGLISH, IndexFields.TEXT, 12))
                .containsExactly("Daesh", "ISIL", "ISIS");
    }

    @Test
    void keepsTheLongerSpellingsWhenTheWordsTypedAreNotInThem() {
        List<String> spellings = List.of("President Bashar al-Assad", "Bashar al-Assad", "Bashar Assad", "the Syrian president");
        assertThat(HighlightedSpellings.of("Bashar", spellings, ENGLISH, IndexFields.TEXT, 12)).containsExactly("the Syrian president");
        assertThat(HighlightedSpellings.of("Syrian leader", spellings, ENGLISH, IndexFields.TEXT, 12))
                .containsExactly("Bashar al-Assad", "Bashar Assad", "the Syrian president");
    }

    @Test
    void keepsTheMostUsedSpellingsUpToTheLimitAfterLeavingOutThoseAShorterOneHolds() {
        assertThat(HighlightedSpellings.of("Raqqa", List.of("Rakka", "Ar-Raqqah", "Raqqah", "Racca"), ENGLISH, IndexFields.TEXT, 2))
                .containsExactly("Rakka", "Raqqah");
    }
}
