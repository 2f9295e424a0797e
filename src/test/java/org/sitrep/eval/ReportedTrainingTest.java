package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15: the threshold from which reported statements are shown as sure is read from held-out probabilities. */
class ReportedTrainingTest {
    private static final double[] THRESHOLDS = {0.5, 0.7, 0.9};

    @Test
    void showsAsSureFromTheLowestBandFromWhichEveryBandIsRightNineTimesInTen() {
        List<ReportedTraining.Scored> scored = new ArrayList<>();
        add(scored, 0.6, 5, 5);  // 0.5 to 0.7: half right
        add(scored, 0.8, 190, 10); // 0.7 to 0.9: 0.95 right
        add(scored, 0.95, 100, 0);
        assertThat(ReportedTraining.sureFrom(scored, THRESHOLDS)).isEqualTo(0.7);
    }

    @Test
    void aBadBandAboveAGoodOneRaisesTheThresholdAboveIt() {
        List<ReportedTraining.Scored> scored = new ArrayList<>();
        add(scored, 0.6, 10, 0);
        add(scored, 0.8, 70, 30);
        add(scored, 0.95, 100, 0);
        assertThat(ReportedTraining.sureFrom(scored, THRESHOLDS)).isEqualTo(0.9);
    }

    @Test
    void aBandRightNineTimesInTenOnTooFewCandidatesToBeSureOfIsNotShownAsSure() {
        List<ReportedTraining.Scored> scored = new ArrayList<>();
        add(scored, 0.8, 18, 2);
        add(scored, 0.95, 100, 0);
        assertThat(ReportedTraining.sureFrom(scored, THRESHOLDS)).isEqualTo(0.9);
    }

    @Test
    void writesAnExampleForStudyAsCorpusArticleLabelAndFeaturesOnOneLine() {
        assertThat(ReportedTraining.dumpLine("field", "ce-d57", true, List.of("cue=said", "spkSide=before|gap=<=0")))
                .isEqualTo("field\tce-d57\ttrue\tcue=said\u0001spkSide=before|gap=<=0");
    }

    private static void add(List<ReportedTraining.Scored> to, double probability, int statements, int others) {
        for (int i = 0; i < statements + others; i++) {
            to.add(new ReportedTraining.Scored(probability, i < statements));
        }
    }
}
