package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocativesTest {
    @Test
    void findsAPrepositionOfPlaceRightBeforeTheName() {
        String text = "fighting near al-Tanf went on";
        assertThat(Locatives.before(text, text.indexOf("al-Tanf"))).isTrue();
    }

    @Test
    void findsNoPrepositionOfPlaceBehindAnArticle() {
        String text = "faith in the Army";
        assertThat(Locatives.before(text, text.indexOf("Army"))).isFalse();
    }

    @Test
    void readsAnOwnersNameByItsPossessiveEvenAfterASpace() {
        String text = "in Belgrano 's encampment and in Belgrano’s camp";
        assertThat(Locatives.possessiveAfter(text, text.indexOf(" 's"))).isTrue();
        assertThat(Locatives.possessiveAfter(text, text.indexOf("’s"))).isTrue();
        assertThat(Locatives.possessiveAfter(text, text.indexOf(" encampment"))).isFalse();
    }
}
