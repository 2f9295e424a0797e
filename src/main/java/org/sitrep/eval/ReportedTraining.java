package org.sitrep.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.core.Annotated;
import org.sitrep.core.Processed;
import org.sitrep.pipeline.Pipeline;
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
public final class ReportedTraining implements QuoteModelTraining<ReportedTraining> {
    /**
     * LIBLINEAR's C: lower regularises more. Measured at stop 52 by 5-fold out-of-fold probabilities (with the content-kind
     * features, field weight 6): F0.5 at 0.7 averaged over the corpora 0.941 at 0.03, 0.942 at 0.1, 0.941 at 0.3, and
     * the field's candidates kept that are no statement, at the field recall of 0.1, 118 / 114 / 122, so 0.1 stays.
     * A threshold per frame chosen out of fold (field F0.5 0.941 -> 0.943, PolNeAR 0.943 -> 0.942) lowered the field
     * test half's statements found (0.748 -> 0.735) more than its output that is no statement (0.088 -> 0.084), so one
     * threshold stays.
     */
    static final double COST = Double.parseDouble(System.getProperty("sitrep.quotes.reported.cost", "0.1"));
    /** Features seen in fewer candidates are left out. */
    private static final int MIN_COUNT = 3;
    private static final double[] THRESHOLDS = {0, 0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};
    /**
     * How often the statements of a band of probabilities must be right for the band to be shown as sure
     * ({@link org.sitrep.core.Quote#SURE_FROM}): nine in ten, as a user reads a statement shown as one as said.
     */
    static final double SURE_PRECISION = 0.9;
    /**
     * How much more precision weighs than the share of statements kept when the threshold is chosen: F-beta with
     * beta 0.5, as a statement credited to someone who never made it costs more than one left out (issue 15).
     */
    private static final double BETA = 0.5;

    /**
     * How many times each candidate of the field corpus's development half counts in training: they are few beside
     * PolNeAR's, and they alone say what a conflict page's furniture and deeds look like (PolNeAR counts "rebels
     * threatened the town" as an attribution, the field guide does not). Chosen as the threshold is, by 5-fold F0.5 at
     * 0.7 averaged over the corpora: 0.921 at 3, 0.922 at 6, 0.920 at 10 (field alone 0.915, 0.919, 0.917). Measured
     * again at stop 47 (field alone 0.938 at 3, 0.941 at 6, 0.942 at 10, 0.944 at 15): at equal field recall out of
     * fold, precision differs by 0.005 at most between 6 and 25; 15 shipped lowered {@code eval field}'s test output
     * that is no statement 0.098 to 0.094 only, with reported found 0.756 to 0.752 and PolNeAR's reported F1 0.676 to
     * 0.659, and 25 lost found (0.745), so 6 stays. Relabelling as none PolNeAR's statements of kinds the field guide
     * excludes (a stance verb's bare noun phrase, "wants to") lowered field precision at equal recall. Measured again at
     * stop 52 with the content-kind features (out of fold, cost 0.1): at the field recall of weight 6, field candidates
     * kept that are no statement 122 at 3, 114 at 6, 113 at 10; PolNeAR's at its recall of weight 6, 485, 504, 515;
     * mean F0.5 at 0.7 0.941, 0.942, 0.941. So 6 stays.
     */
    static final int FIELD_WEIGHT = Integer.getInteger("sitrep.quotes.reported.fieldweight", 6);

    /** A candidate's features, where it comes from ("polnear" or "field", and its article) and whether it matches a gold statement. */
    record Example(String corpus, String article, List<String> features, boolean statement) {
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
                    out.add(new Example("polnear", d.name(), c.features(), statement));
                }
            }
        }
        return new ReportedTraining(out);
    }

    /**
     * Adds the reported statements the rules find in the development half of the field corpus in {@code dir} (never
     * the test half), each labelled a statement when its words match a gold statement's as {@code sitrep eval field}
     * scores (Dice of at least {@link FieldEvaluation#MATCH}, or most of its words inside one). Pages that cannot be
     * read are skipped, named to {@code problems}.
     */
    @Override
    public ReportedTraining withFieldDev(Path dir, Path shared, Pipeline pipeline, Consumer<String> problems) throws IOException {
        QuoteAttributor rules = new QuoteAttributor(null, null);
        List<Example> out = new ArrayList<>(examples);
        for (FieldDevHalf.Read read : FieldDevHalf.read(dir, shared, pipeline, problems)) {
            FieldGold g = read.gold();
            Processed p = read.processed();
            String text = p.annotated().article().text();
            for (ReportedCandidate c : rules.reportedCandidates(p.annotated())) {
                out.add(new Example("field", g.id(), c.features(), isStatement(c.content().of(text), g)));
            }
        }
        return new ReportedTraining(out);
    }

    private static boolean isStatement(String candidate, FieldGold g) {
        Set<String> cw = new HashSet<>(FieldEvaluation.words(candidate));
        for (FieldGold.Statement s : g.statements()) {
            Set<String> gw = new HashSet<>(FieldEvaluation.words(s.text() == null ? "" : s.text()));
            long common = cw.stream().filter(gw::contains).count();
            if (FieldEvaluation.dice(gw, cw) >= FieldEvaluation.MATCH || !cw.isEmpty() && common >= 0.8 * cw.size()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where {@link #train()} writes every example read, one a line (corpus, article, whether a statement, features
     * joined by U+0001, tab-separated), when set: a study aid, so that weights, costs and labellings can be tried on
     * the examples without running CoreNLP over PolNeAR again. Unset, nothing is written.
     */
    private static final String DUMP = System.getProperty("sitrep.quotes.reported.dump");

    /** Trains on every candidate read (writing them to {@link #DUMP} first when it is set). */
    @Override
    public LinearClassifier train() {
        if (DUMP != null) {
            dump(Path.of(DUMP));
        }
        return train(examples);
    }

    /** One example as {@link #DUMP} writes it: tab-separated, its features joined by U+0001 (no feature holds either). */
    static String dumpLine(String corpus, String article, boolean statement, List<String> features) {
        return corpus + "\t" + article + "\t" + statement + "\t" + String.join("\u0001", features);
    }

    /**
     * The examples {@link #DUMP} wrote to {@code from}, to cross-validate and train without annotating again.
     *
     * @throws IllegalArgumentException naming the file and line of a line that is no example
     */
    public static ReportedTraining fromDump(Path from) throws IOException {
        List<Example> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(from);
        for (int i = 0; i < lines.size(); i++) {
            try {
                out.add(fromDumpLine(lines.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(from + ", line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new ReportedTraining(out);
    }

    /** The example of one line {@link #dumpLine} wrote. */
    static Example fromDumpLine(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
            throw new IllegalArgumentException("not an example line (corpus, article, label, features): " + line);
        }
        return new Example(f[0], f[1], f[3].isEmpty() ? List.of() : List.of(f[3].split("\u0001")), Boolean.parseBoolean(f[2]));
    }

    private void dump(Path to) {
        List<String> lines = new ArrayList<>();
        for (Example e : examples) {
            lines.add(dumpLine(e.corpus(), e.article(), e.statement(), e.features()));
        }
        try {
            Files.write(to, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the examples to " + to, e);
        }
    }

    private static LinearClassifier train(List<Example> examples) {
        List<Labelled> labelled = new ArrayList<>();
        for (Example e : examples) {
            Labelled l = new Labelled(e.features(), e.statement() ? ReportedSpeechFilter.STATEMENT : ReportedSpeechFilter.NONE,
                    e.article());
            for (int i = e.corpus().equals("field") ? FIELD_WEIGHT : 1; i > 0; i--) {
                labelled.add(l);
            }
        }
        return LinearClassifier.train(labelled, new LinearClassifier.Settings(COST, MIN_COUNT));
    }

    /**
     * Where {@link #crossValidate} writes every candidate's out-of-fold probability, one a line (corpus, article, fold,
     * probability, whether a statement; tab-separated), when set: the weights a threshold or a band is chosen from, as
     * the shipped model's own weights on the field dev half are in-sample (it learned from that half) and read too high.
     */
    private static final String OUT_OF_FOLD = System.getProperty("sitrep.quotes.reported.outoffold");

    /** The examples a fold's model learns from and those it is tested on. */
    record Split(List<Example> train, List<Example> test) {
    }

    /**
     * Splits {@code examples} for fold {@code fold} of {@code folds}, by article: every example of an article falls in
     * the same fold, so no model is tested on an article it learned from (an article's candidates share its wording and
     * its speakers, and would make the held-out weights as over-confident as in-sample ones).
     */
    static Split split(List<Example> examples, int fold, int folds) {
        List<Example> train = new ArrayList<>();
        List<Example> test = new ArrayList<>();
        for (Example e : examples) {
            (Math.floorMod(e.article().hashCode(), folds) == fold ? test : train).add(e);
        }
        return new Split(train, test);
    }

    /** An example's probability under the model of the fold it was held out of. */
    record OutOfFold(Example example, int fold, double probability) {
    }

    /** Every example's probability under a model trained on the other folds' articles, by {@link #split}. */
    private List<OutOfFold> outOfFold(int folds) {
        List<OutOfFold> out = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            Split split = split(examples, fold, folds);
            LinearClassifier model = train(split.train());
            for (Example e : split.test()) {
                out.add(new OutOfFold(e, fold, model.probability(e.features(), ReportedSpeechFilter.STATEMENT)));
            }
        }
        return out;
    }

    /** One line of {@link #OUT_OF_FOLD}. */
    static String outOfFoldLine(OutOfFold o) {
        return o.example().corpus() + "\t" + o.example().article() + "\t" + o.fold() + "\t"
                + String.format(java.util.Locale.ROOT, "%.4f", o.probability()) + "\t" + o.example().statement();
    }

    /**
     * Cross-validates over {@code folds} folds (articles kept whole) and prints, for each corpus and threshold: the
     * share of candidates kept, the precision of those kept (matching gold), the share of matching candidates kept
     * and their F0.5; then the threshold whose F0.5, averaged over the corpora, is best: the one to ship as
     * {@link ReportedSpeechFilter#THRESHOLD_IN_USE}. Then, by finer thresholds, the curve of the out-of-fold weights
     * ({@link #curve}) and the threshold its rule picks ({@link #raisedThreshold}).
     */
    @Override
    public void crossValidate(int folds, Consumer<Figure> out) {
        List<String> corpora = examples.stream().map(Example::corpus).distinct().toList();
        int[][][] counts = new int[corpora.size()][THRESHOLDS.length][2];
        int[] positives = new int[corpora.size()];
        int[] size = new int[corpora.size()];
        List<List<Scored>> scored = new ArrayList<>();
        corpora.forEach(c -> scored.add(new ArrayList<>()));
        List<OutOfFold> held = outOfFold(folds);
        if (OUT_OF_FOLD != null) {
            try {
                Files.write(Path.of(OUT_OF_FOLD), held.stream().map(ReportedTraining::outOfFoldLine).toList());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the out-of-fold weights to " + OUT_OF_FOLD, e);
            }
        }
        for (OutOfFold o : held) {
            Example e = o.example();
            int c = corpora.indexOf(e.corpus());
            double p = o.probability();
            size[c]++;
            scored.get(c).add(new Scored(p, e.statement()));
            positives[c] += e.statement() ? 1 : 0;
            for (int k = 0; k < THRESHOLDS.length; k++) {
                if (p >= THRESHOLDS[k]) {
                    counts[c][k][0]++;
                    counts[c][k][1] += e.statement() ? 1 : 0;
                }
            }
        }
        double[] mean = new double[THRESHOLDS.length];
        for (int c = 0; c < corpora.size(); c++) {
            String name = corpora.get(c);
            out.accept(new Figure(name + " reported candidates", size[c]));
            out.accept(new Figure(name + " reported candidates matching gold", positives[c]));
            for (int k = 0; k < THRESHOLDS.length; k++) {
                String at = name + " " + folds + "-fold at threshold " + THRESHOLDS[k];
                double precision = share(counts[c][k][1], counts[c][k][0]);
                double kept = share(counts[c][k][1], positives[c]);
                double f = fBeta(precision, kept);
                mean[k] += f / corpora.size();
                out.accept(new Figure(at + " kept", share(counts[c][k][0], size[c])));
                out.accept(new Figure(at + " precision of kept", precision));
                out.accept(new Figure(at + " matching candidates kept", kept));
                out.accept(new Figure(at + " F0.5", f));
            }
        }
        int best = 0;
        for (int k = 1; k < THRESHOLDS.length; k++) {
            best = mean[k] > mean[best] ? k : best;
        }
        // Each corpus weighs the same: PolNeAR's many candidates would otherwise choose for the field's few.
        out.accept(new Figure(folds + "-fold threshold of the best F0.5, averaged over the corpora", THRESHOLDS[best]));
        double sure = 0;
        for (int c = 0; c < corpora.size(); c++) {
            for (int k = 0; k < THRESHOLDS.length; k++) {
                double upTo = bandEnd(THRESHOLDS, k);
                out.accept(new Figure(corpora.get(c) + " " + folds + "-fold right of those from " + THRESHOLDS[k] + " to " + Math.min(1, upTo),
                        bandPrecision(scored.get(c), THRESHOLDS[k], upTo)));
            }
            sure = Math.max(sure, sureFrom(scored.get(c), THRESHOLDS));
        }
        out.accept(new Figure(folds + "-fold threshold from which every band is right " + SURE_PRECISION
                + " of the time in every corpus, by the lower bound of its 95% interval (Quote.SURE_FROM)", sure));
        for (int c = 0; c < corpora.size(); c++) {
            curve(corpora.get(c) + " " + folds + "-fold", scored.get(c), ReportedSpeechFilter.THRESHOLD_IN_USE, out);
            out.accept(new Figure(corpora.get(c) + " " + folds + "-fold threshold raised from " + ReportedSpeechFilter.THRESHOLD_IN_USE
                    + " while each step removes at least " + FALSE_PER_TRUE + " no statements per statement",
                    raisedThreshold(scored.get(c), CURVE, ReportedSpeechFilter.THRESHOLD_IN_USE)));
        }
    }

    /** The finer thresholds of {@link #curve}. */
    static final double[] CURVE = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.99};
    /**
     * How many candidates that are no statement a rise of the threshold must remove for each statement it loses: two,
     * as a statement left out costs less than one credited to someone who never made it (issue 15), but not so little
     * that a rise may trade statements one for one. A rise that removes statements at a better rate than this on the
     * out-of-fold weights of the field's dev half is one the test half may bear.
     */
    static final double FALSE_PER_TRUE = 2;

    /**
     * Prints, for each of {@link #CURVE}, the precision and the share of statements kept from it, the share of
     * statements in the band up to the next (what a weight in that band means: the calibration), and how many no
     * statements and statements a threshold there instead of {@code shipped} removes (or adds, below it).
     */
    static void curve(String name, List<Scored> scored, double shipped, Consumer<Figure> out) {
        int statements = (int) scored.stream().filter(Scored::statement).count();
        Band atShipped = Band.of(scored, shipped, 1.01);
        for (int k = 0; k < CURVE.length; k++) {
            double t = CURVE[k];
            Band kept = Band.of(scored, t, 1.01);
            String at = name + " out-of-fold from " + t;
            out.accept(new Figure(at + " precision (" + kept.statements() + " of " + kept.size() + ")", share(kept.statements(), kept.size())));
            out.accept(new Figure(at + " statements kept (of " + statements + ")", share(kept.statements(), statements)));
            Band band = Band.of(scored, t, bandEnd(CURVE, k));
            out.accept(new Figure(at + " to " + Math.min(1, bandEnd(CURVE, k)) + " statements (" + band.statements() + " of " + band.size() + ")",
                    share(band.statements(), band.size())));
            int falseRemoved = (atShipped.size() - atShipped.statements()) - (kept.size() - kept.statements());
            int trueRemoved = atShipped.statements() - kept.statements();
            out.accept(new Figure(at + " instead of " + shipped + ", no statements removed (statements removed " + trueRemoved + ")", falseRemoved));
        }
    }

    /**
     * The highest of {@code thresholds} (ascending) at or above {@code shipped} to which the threshold may rise so that
     * every step up from {@code shipped} removes at least {@link #FALSE_PER_TRUE} candidates that are no statement for
     * each statement (a step that removes none counts as passing); {@code shipped} when the first step already fails.
     * Steps are taken one after another, so a good band above a bad one is never reached past it.
     */
    static double raisedThreshold(List<Scored> scored, double[] thresholds, double shipped) {
        double at = shipped;
        for (int k = 0; k < thresholds.length; k++) {
            if (thresholds[k] <= at) {
                continue;
            }
            Band step = Band.of(scored, at, thresholds[k]);
            int none = step.size() - step.statements();
            if (none < FALSE_PER_TRUE * step.statements()) {
                break;
            }
            at = thresholds[k];
        }
        return at;
    }

    /** A candidate's cross-validated probability and whether it is a statement. */
    record Scored(double probability, boolean statement) {
    }

    /**
     * The lowest of {@code thresholds} (ascending) from which every band between two thresholds, and the last to 1, holds
     * statements at least {@link #SURE_PRECISION} of the time (an empty band counts as right): a threshold calibrated
     * on held-out probabilities, so that what is shown as sure is sure at every level, not only on average. A band
     * counts as right when the lower bound of its precision's one-sided 95% Wilson interval reaches {@link #SURE_PRECISION}:
     * the field corpus's band from 0.9 to 0.95 holds some 190 candidates, and its point precision crossed 0.9 one way
     * or the other from one retraining to the next (0.888, 0.914), moving a tenth of the statements in or out of "sure".
     */
    static double sureFrom(List<Scored> scored, double[] thresholds) {
        int from = thresholds.length;
        while (from > 0) {
            if (bandLowerBound(scored, thresholds[from - 1], bandEnd(thresholds, from - 1)) < SURE_PRECISION) {
                break;
            }
            from--;
        }
        return from < thresholds.length ? thresholds[from] : 1;
    }

    /** Where the band opened by threshold {@code k} ends (exclusive): the next threshold, past 1 for the last band. */
    private static double bandEnd(double[] thresholds, int k) {
        return k + 1 < thresholds.length ? thresholds[k + 1] : 1.01;
    }

    /** The share of statements among those scored from {@code from} (inclusive) to {@code upTo} (exclusive); 1 when none. */
    private static double bandPrecision(List<Scored> scored, double from, double upTo) {
        Band b = Band.of(scored, from, upTo);
        return b.size() == 0 ? 1 : (double) b.statements() / b.size();
    }

    /** How many were scored in a band of probabilities, and how many of those are statements. */
    private record Band(int size, int statements) {
        static Band of(List<Scored> scored, double from, double upTo) {
            int n = 0;
            int right = 0;
            for (Scored s : scored) {
                if (s.probability() >= from && s.probability() < upTo) {
                    n++;
                    right += s.statement() ? 1 : 0;
                }
            }
            return new Band(n, right);
        }
    }

    /** The z of a one-sided 95% interval. */
    private static final double Z = 1.645;

    /**
     * The lower bound of the one-sided 95% Wilson interval of the share of statements among those scored from {@code
     * from} (inclusive) to {@code upTo} (exclusive); 1 when none.
     */
    static double bandLowerBound(List<Scored> scored, double from, double upTo) {
        Band b = Band.of(scored, from, upTo);
        if (b.size() == 0) {
            return 1;
        }
        int n = b.size();
        double p = (double) b.statements() / n;
        double z2 = Z * Z;
        return (p + z2 / (2 * n) - Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n))) / (1 + z2 / n);
    }

    /** F-beta of a precision and a recall, 0 when both are 0. */
    private static double fBeta(double precision, double recall) {
        double b2 = BETA * BETA;
        return precision + recall == 0 ? 0 : (1 + b2) * precision * recall / (b2 * precision + recall);
    }

    /** How many candidates were read. */
    @Override
    public int size() {
        return examples.size();
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
