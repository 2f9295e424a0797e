package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    void countsOnlyTheCuedNamesWeighedAtOrAboveEachThresholdAsKept() {
        double[] p = {0.9, 0.6, 0.4, 0.9};
        boolean[] marked = {true, true, true, false};
        boolean[] right = {true, false, true, true};
        List<OnceNamedTraining.CurvePoint> curve = OnceNamedTraining.curve(p, marked, right, new double[] {0.5, 0.7});
        assertThat(curve.get(0)).isEqualTo(new OnceNamedTraining.CurvePoint(0.5, 2, 1, 1, 3));
        assertThat(curve.get(1)).isEqualTo(new OnceNamedTraining.CurvePoint(0.7, 1, 0, 1, 3));
        assertThat(curve.get(0).precision()).isEqualTo(0.5);
        assertThat(curve.get(1).recall()).isEqualTo(1 / 3.0);
    }

    @Test
    void raisesTheThresholdWhileEachStepDropsAnErrorPerRightNameAndStopsAtTheFirstThatDoesNot() {
        List<OnceNamedTraining.CurvePoint> curve = List.of(
                new OnceNamedTraining.CurvePoint(0.6, 100, 30, 70, 80),
                new OnceNamedTraining.CurvePoint(0.7, 90, 22, 68, 80),
                new OnceNamedTraining.CurvePoint(0.8, 85, 19, 66, 80),
                new OnceNamedTraining.CurvePoint(0.9, 70, 14, 56, 80),
                new OnceNamedTraining.CurvePoint(0.95, 60, 4, 56, 80));
        assertThat(OnceNamedTraining.pickedThreshold(curve, 0.7)).isEqualTo(0.8);
    }

    @Test
    void lowersTheThresholdOnlyWhileEachStepKeepsTwoRightNamesPerErrorLetIn() {
        List<OnceNamedTraining.CurvePoint> curve = List.of(
                new OnceNamedTraining.CurvePoint(0.5, 110, 28, 82, 90),
                new OnceNamedTraining.CurvePoint(0.6, 100, 24, 76, 90),
                new OnceNamedTraining.CurvePoint(0.7, 90, 22, 68, 90),
                new OnceNamedTraining.CurvePoint(0.8, 80, 21, 59, 90));
        assertThat(OnceNamedTraining.pickedThreshold(curve, 0.7)).isEqualTo(0.6);
    }
}
