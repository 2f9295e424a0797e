package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The out-of-fold errors of the keep-or-drop of names used once are shown with the words around each name. */
class OnceNamedTrainingTest {
    @Test
    void showsTheNameBracketedAmongTheWordsAroundItOnOneLine() {
        String text = "Rebels said so.\nThe vessel Libra left port at dawn.";
        assertThat(OnceNamedTraining.context(text, "Libra")).isEqualTo("Rebels said so. The vessel [Libra] left port at dawn.");
    }

    @Test
    void saysWhenTheTextDoesNotHoldTheName() {
        assertThat(OnceNamedTraining.context("The war went on.", "Libra")).isEqualTo("[Libra] (not in the text)");
    }
}
