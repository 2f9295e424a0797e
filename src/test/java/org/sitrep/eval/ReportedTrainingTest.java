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

    @Test
    void readsBackAnExampleAsItWasDumped() {
        ReportedTraining.Example e = ReportedTraining.fromDumpLine(
                ReportedTraining.dumpLine("field", "ce-d57", true, List.of("cue=said", "spkSide=before|gap=<=0")));
        assertThat(e).isEqualTo(new ReportedTraining.Example("field", "ce-d57", List.of("cue=said", "spkSide=before|gap=<=0"), true));
    }

    @Test
    void theOutOfFoldSplitNeverPutsAnArticleInItsOwnTrainingFold() {
        List<ReportedTraining.Example> examples = new ArrayList<>();
        for (int a = 0; a < 60; a++) {
            for (int c = 0; c < 4; c++) {
                examples.add(new ReportedTraining.Example(a % 2 == 0 ? "field" : "polnear", "article-" + a, List.of("f" + c), c % 2 == 0));
            }
        }
        java.util.Set<ReportedTraining.Example> tested = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int fold = 0; fold < 5; fold++) {
            ReportedTraining.Split split = ReportedTraining.split(examples, fold, 5);
            java.util.Set<String> trained = new java.util.HashSet<>();
            split.train().forEach(e -> trained.add(e.article()));
            assertThat(split.test()).noneMatch(e -> trained.contains(e.article()));
            assertThat(split.train().size() + split.test().size()).isEqualTo(examples.size());
            split.test().forEach(e -> assertThat(tested.add(e)).isTrue());
        }
        assertThat(tested).hasSize(examples.size());
    }

    @Test
    void writesAnOutOfFoldWeightAsCorpusArticleFoldWeightAndLabel() {
        ReportedTraining.Example e = new ReportedTraining.Example("field", "dn-gn-1", List.of("cue=said"), false);
        assertThat(ReportedTraining.outOfFoldLine(new ReportedTraining.OutOfFold(e, 3, 0.81234)))
                .isEqualTo("field\tdn-gn-1\t3\t0.8123\tfalse");
    }

    private static final double[] CURVE = {0.7, 0.75, 0.8, 0.85};

    @Test
    void raisesTheThresholdWhileEachStepRemovesTwoNoStatementsPerStatement() {
        List<ReportedTraining.Scored> scored = new ArrayList<>();
        add(scored, 0.72, 2, 6); // 0.70 to 0.75: three no statements per statement, so it goes
        add(scored, 0.77, 5, 5); // 0.75 to 0.80: one per one, so it stays
        add(scored, 0.82, 0, 10); // a worse band above a kept one is not reached past it
        add(scored, 0.9, 100, 0);
        assertThat(ReportedTraining.raisedThreshold(scored, CURVE, 0.7)).isEqualTo(0.75);
    }

    @Test
    void keepsTheShippedThresholdWhenTheFirstStepLosesMoreThanHalfAStatementPerNoStatement() {
        List<ReportedTraining.Scored> scored = new ArrayList<>();
        add(scored, 0.72, 7, 3);
        add(scored, 0.77, 0, 10);
        assertThat(ReportedTraining.raisedThreshold(scored, CURVE, 0.7)).isEqualTo(0.7);
    }

    @Test
    void printsWhatAHigherThresholdWouldRemoveOfEachKind() {
        List<ReportedTraining.Scored> scored = new ArrayList<>();
        add(scored, 0.6, 1, 1);
        add(scored, 0.72, 2, 6);
        add(scored, 0.9, 10, 0);
        List<Figure> out = new ArrayList<>();
        ReportedTraining.curve("field 5-fold", scored, 0.7, out::add);
        assertThat(out).filteredOn(f -> f.name().startsWith("field 5-fold out-of-fold from 0.75 instead of 0.7"))
                .extracting(Figure::name, Figure::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "field 5-fold out-of-fold from 0.75 instead of 0.7, no statements removed (statements removed 2)", 6.0));
        assertThat(out).filteredOn(f -> f.name().startsWith("field 5-fold out-of-fold from 0.7 to 0.75"))
                .extracting(Figure::value).containsExactly(0.25);
    }

    private static void add(List<ReportedTraining.Scored> to, double probability, int statements, int others) {
        for (int i = 0; i < statements + others; i++) {
            to.add(new ReportedTraining.Scored(probability, i < statements));
        }
    }
}
