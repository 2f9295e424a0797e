package org.sitrep.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.core.Annotated;
import org.sitrep.learn.Labelled;
import org.sitrep.learn.LinearClassifier;
import org.sitrep.nlp.Annotator;
import org.sitrep.quotes.QuoteAttributor;
import org.sitrep.quotes.ReportedCandidate;
import org.sitrep.quotes.ReportedSpeechFilter;

/**
 * Trains the quotes stage's {@link ReportedSpeechFilter} on PolNeAR: every reported statement the rules find is an
 * example, labelled a statement when its content matches a gold attribution (as {@code sitrep eval quotes} scores:
 * overlapping by half of the shorter), none otherwise. Measured by cross-validation with each article in one fold.
 */
public final class ReportedTraining {
    /** LIBLINEAR's C: lower regularises more. */
    static final double COST = Double.parseDouble(System.getProperty("sitrep.quotes.reported.cost", "0.1"));
    /** Features seen in fewer candidates are left out. */
    private static final int MIN_COUNT = 3;
    private static final double[] THRESHOLDS = {0, 0.3, 0.5, 0.6, 0.7, 0.8};

    /** A candidate and whether it matches a gold attribution. */
    private record Example(String article, ReportedCandidate candidate, boolean statement) {
    }

    private final List<Example> examples;

    private ReportedTraining(List<Example> examples) {
        this.examples = examples;
    }

    /** Reads and annotates the PolNeAR splits, and labels every reported statement the rules find in them. */
    public static ReportedTraining read(List<Path> splits, Annotator annotator) {
        QuoteAttributor rules = new QuoteAttributor(null, null);
        List<Example> out = new ArrayList<>();
        for (Path split : splits) {
            for (EvalDocument d : PolnearCorpus.read(split)) {
                TextLayout layout = TextLayout.of(d.text());
                Annotated annotated = annotator.annotate(layout.article());
                for (ReportedCandidate c : rules.reportedCandidates(annotated)) {
                    org.sitrep.core.Span content = layout.toGold(c.content());
                    boolean statement = d.attributions().stream().anyMatch(g -> AttributionScorer.matches(content, g.content()));
                    out.add(new Example(d.name(), c, statement));
                }
            }
        }
        return new ReportedTraining(out);
    }

    /** Trains on every candidate read. */
    public LinearClassifier train() {
        return train(examples);
    }

    private static LinearClassifier train(List<Example> examples) {
        List<Labelled> labelled = examples.stream().map(e -> new Labelled(e.candidate().features(),
                e.statement() ? ReportedSpeechFilter.STATEMENT : ReportedSpeechFilter.NONE, e.article())).toList();
        return LinearClassifier.train(labelled, new LinearClassifier.Settings(COST, MIN_COUNT));
    }

    /**
     * Cross-validates over {@code folds} folds (articles kept whole) and prints, for each threshold: the share of
     * candidates kept, the precision of those kept (matching gold) and the share of matching candidates kept.
     */
    public void crossValidate(int folds, Consumer<Figure> out) {
        int[][] counts = new int[THRESHOLDS.length][2];
        int positives = 0;
        for (int fold = 0; fold < folds; fold++) {
            List<Example> train = new ArrayList<>();
            List<Example> test = new ArrayList<>();
            for (Example e : examples) {
                (Math.floorMod(e.article().hashCode(), folds) == fold ? test : train).add(e);
            }
            LinearClassifier model = train(train);
            for (Example e : test) {
                double p = model.probability(e.candidate().features(), ReportedSpeechFilter.STATEMENT);
                positives += e.statement() ? 1 : 0;
                for (int k = 0; k < THRESHOLDS.length; k++) {
                    if (p >= THRESHOLDS[k]) {
                        counts[k][0]++;
                        counts[k][1] += e.statement() ? 1 : 0;
                    }
                }
            }
        }
        out.accept(new Figure("reported candidates", examples.size()));
        out.accept(new Figure("reported candidates matching gold", positives));
        for (int k = 0; k < THRESHOLDS.length; k++) {
            String at = folds + "-fold at threshold " + THRESHOLDS[k];
            out.accept(new Figure(at + " kept", share(counts[k][0], examples.size())));
            out.accept(new Figure(at + " precision of kept", share(counts[k][1], counts[k][0])));
            out.accept(new Figure(at + " matching candidates kept", share(counts[k][1], positives)));
        }
    }

    /** How many candidates were read. */
    public int size() {
        return examples.size();
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
