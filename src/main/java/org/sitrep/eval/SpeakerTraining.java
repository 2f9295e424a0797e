package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.core.Annotated;
import org.sitrep.core.Processed;
import org.sitrep.learn.Labelled;
import org.sitrep.learn.LinearClassifier;
import org.sitrep.nlp.Annotator;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.quotes.QuoteAttributor;
import org.sitrep.quotes.SpeakerCandidate;
import org.sitrep.quotes.SpeakerRanker;
import org.sitrep.quotes.StatementCandidates;

/**
 * Trains the quotes stage's {@link SpeakerRanker} on PolNeAR: each statement the rules find that matches a gold
 * attribution with a source gives one example per speaker candidate, labelled right when the candidate's span
 * overlaps the gold source or its name shares a word with it (as {@code sitrep eval quotes} scores). Measured by
 * cross-validation with each article's statements in one fold, against the rules' own choice on the same statements.
 * The field corpus's development half can be added ({@link #withFieldDev}); cross-validation then also prints the
 * figure on its direct and partial quotes alone.
 */
public final class SpeakerTraining implements QuoteModelTraining<SpeakerTraining> {
    /** LIBLINEAR's C: lower regularises more; 0.1 and 1 gave the same 5-fold figures on PolNeAR train (0.902 and 0.900). */
    static final double COST = Double.parseDouble(System.getProperty("sitrep.quotes.cost", "0.1"));
    /**
     * How many times each candidate of the field corpus's development half counts in training: a few hundred
     * statements beside PolNeAR's twelve thousand, and they alone are real conflict pages of many outlets.
     *
     * <p>Leaving out PolNeAR's statements whose gold source is a pronoun (PolNeAR marks the pronoun itself, so they
     * label the rules' pronoun right whatever name it was resolved to, and its antecedent among the other candidates
     * wrong; 3,822 of 17,487 on train) did not help either (stop 51, with the field dev half and the candidates'
     * "spoke just before" feature SpeakerCandidates notes): 5-fold direct named 0.901 against 0.900 with them, field dev
     * direct+partial 0.905 against 0.905, and eval field direct+partial speaker right 0.923 -> 0.922 / 0.846 -> 0.843
     * (dev / test) against the shipped model.
     */
    static final int FIELD_WEIGHT = Integer.getInteger("sitrep.quotes.speakers.fieldweight", 3);
    /** What the article names of the field corpus's statements start with. */
    private static final String FIELD = "field:";
    /** Features seen in fewer candidates are left out. */
    private static final int MIN_COUNT = 3;
    private static final int BANDS = 10;

    /**
     * A statement matched to gold, with its candidates and which of them are right.
     *
     * @param direct      whether the gold content holds quote marks
     * @param namedSource whether the gold source is a name or description rather than a pronoun (the README protocol)
     */
    record Statement(String article, boolean direct, boolean namedSource, List<SpeakerCandidate> candidates,
                     boolean[] right) {
        boolean anyRight() {
            for (boolean r : right) {
                if (r) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Statement> statements;

    private SpeakerTraining(List<Statement> statements) {
        this.statements = statements;
    }

    /** Reads and annotates the PolNeAR splits, and labels the candidates of every statement that matches gold. */
    public static SpeakerTraining read(List<Path> splits, Annotator annotator) {
        QuoteAttributor rules = new QuoteAttributor(null);
        List<Statement> out = new ArrayList<>();
        for (Path split : splits) {
            for (EvalDocument d : PolnearCorpus.read(split)) {
                TextLayout layout = TextLayout.of(d.text());
                Annotated annotated = annotator.annotate(layout.article());
                for (StatementCandidates sc : rules.candidates(annotated)) {
                    if (sc.candidates().isEmpty()) {
                        continue;
                    }
                    GoldAttribution g = gold(layout.toGold(sc.content()), d.attributions());
                    if (g == null || g.source() == null) {
                        continue;
                    }
                    boolean[] right = new boolean[sc.candidates().size()];
                    for (int i = 0; i < right.length; i++) {
                        SpeakerCandidate c = sc.candidates().get(i);
                        right[i] = layout.toGold(c.span()).overlaps(g.source()) || AttributionScorer.sharesWord(c.name(), g.sourceText());
                    }
                    out.add(new Statement(d.name(), g.direct(), !AttributionScorer.isPronoun(g.sourceText()), sc.candidates(), right));
                }
            }
        }
        return new SpeakerTraining(out);
    }

    /**
     * These statements and those of the field corpus's development half (never its test half): each statement the
     * rules find there that matches a gold statement with a speaker, a candidate right when its name or words share a
     * word of substance with the gold speaker (as {@code sitrep eval field} scores). Articles whose page is absent are
     * reported to {@code problems} and skipped.
     */
    @Override
    public SpeakerTraining withFieldDev(Path dir, Path shared, Pipeline pipeline, Consumer<String> problems) throws IOException {
        QuoteAttributor rules = new QuoteAttributor(null, null);
        List<Statement> out = new ArrayList<>(statements);
        for (FieldDevHalf.Read read : FieldDevHalf.read(dir, shared, pipeline, problems)) {
            FieldGold g = read.gold();
            Processed p = read.processed();
            String text = p.annotated().article().text();
            for (StatementCandidates sc : rules.candidates(p.annotated())) {
                FieldGold.Statement gold = sc.candidates().isEmpty() ? null : fieldGold(sc.content().of(text), g);
                if (gold == null || gold.speaker() == null || "none".equals(gold.speakerType())) {
                    continue;
                }
                boolean[] right = new boolean[sc.candidates().size()];
                for (int i = 0; i < right.length; i++) {
                    SpeakerCandidate c = sc.candidates().get(i);
                    right[i] = FieldEvaluation.sharesSubstance(gold.speaker(), c.name(), c.speaker().text());
                }
                out.add(new Statement(FIELD + g.id(), !"reported".equals(gold.kind()), true, sc.candidates(), right));
            }
        }
        return new SpeakerTraining(out);
    }

    /** The gold statement whose words the found content matches best, at least {@link FieldEvaluation#MATCH}; {@code null} if none. */
    private static FieldGold.Statement fieldGold(String content, FieldGold g) {
        java.util.Set<String> cw = new java.util.HashSet<>(FieldEvaluation.words(content));
        FieldGold.Statement best = null;
        double bestScore = FieldEvaluation.MATCH;
        for (FieldGold.Statement s : g.statements()) {
            double d = FieldEvaluation.dice(new java.util.HashSet<>(FieldEvaluation.words(s.text() == null ? "" : s.text())), cw);
            if (d >= bestScore) {
                bestScore = d;
                best = s;
            }
        }
        return best;
    }

    private static GoldAttribution gold(org.sitrep.core.Span content, List<GoldAttribution> gold) {
        for (GoldAttribution g : gold) {
            if (AttributionScorer.matches(content, g.content())) {
                return g;
            }
        }
        return null;
    }

    /** Trains on every statement read. */
    @Override
    public LinearClassifier train() {
        return train(statements);
    }

    private static LinearClassifier train(List<Statement> statements) {
        List<Labelled> examples = new ArrayList<>();
        for (Statement s : statements) {
            for (int i = 0; i < s.candidates().size(); i++) {
                Labelled l = new Labelled(s.candidates().get(i).features(),
                        s.right()[i] ? SpeakerRanker.RIGHT : SpeakerRanker.WRONG, s.article());
                for (int k = s.article().startsWith(FIELD) ? FIELD_WEIGHT : 1; k > 0; k--) {
                    examples.add(l);
                }
            }
        }
        return LinearClassifier.train(examples, new LinearClassifier.Settings(COST, MIN_COUNT));
    }

    /**
     * Cross-validates over {@code folds} folds (articles kept whole) and prints: statements, rules right, ranker right
     * (all statements and direct quotes with a named source), and the share right in each band of the ranker's
     * probability for its choice.
     */
    @Override
    public void crossValidate(int folds, Consumer<Figure> out) {
        double[] margins = {0, 0.1, 0.2, 0.3, 0.4};
        int[] n = new int[3];
        int oracle = 0;
        int[] rules = new int[3];
        int[][] ranked = new int[margins.length][3];
        int[][] bands = new int[BANDS][2];
        for (int fold = 0; fold < folds; fold++) {
            List<Statement> train = new ArrayList<>();
            List<Statement> test = new ArrayList<>();
            for (Statement s : statements) {
                (Math.floorMod(s.article().hashCode(), folds) == fold ? test : train).add(s);
            }
            SpeakerRanker ranker = new SpeakerRanker(train(train));
            for (Statement s : test) {
                double[] p = s.candidates().stream().mapToDouble(ranker::probability).toArray();
                int alt = -1;
                for (int i = 1; i < p.length; i++) {
                    alt = alt < 0 || p[i] > p[alt] ? i : alt;
                }
                boolean nobody = SpeakerRanker.namesNobody(s.candidates().get(0));
                int chosen = alt >= 0 && (nobody || p[alt] - p[0] > SpeakerRanker.MARGIN_IN_USE) ? alt : 0;
                int band = Math.min(BANDS - 1, (int) (p[chosen] * BANDS));
                bands[band][0]++;
                bands[band][1] += s.right()[chosen] ? 1 : 0;
                for (int k = 0; k < 3; k++) {
                    if (k == 1 && !(s.direct() && s.namedSource()) || k == 2 && !(s.direct() && s.article().startsWith(FIELD))) {
                        continue;
                    }
                    n[k]++;
                    oracle += k == 0 && s.anyRight() ? 1 : 0;
                    rules[k] += s.right()[0] ? 1 : 0;
                    for (int m = 0; m < margins.length; m++) {
                        int pick = alt >= 0 && (nobody || p[alt] - p[0] > margins[m]) ? alt : 0;
                        ranked[m][k] += s.right()[pick] ? 1 : 0;
                    }
                }
            }
        }
        out.accept(new Figure("statements matched to a gold source", n[0]));
        out.accept(new Figure("statements with a right candidate (the most any ranker can get)", share(oracle, n[0])));
        out.accept(new Figure(folds + "-fold speaker right, rules", share(rules[0], n[0])));
        for (int m = 0; m < margins.length; m++) {
            out.accept(new Figure(folds + "-fold speaker right, ranker overruling the rules by more than " + margins[m], share(ranked[m][0], n[0])));
        }
        out.accept(new Figure("direct quotes with a named source", n[1]));
        out.accept(new Figure(folds + "-fold direct named speaker right, rules", share(rules[1], n[1])));
        for (int m = 0; m < margins.length; m++) {
            out.accept(new Figure(folds + "-fold direct named speaker right, ranker overruling the rules by more than " + margins[m], share(ranked[m][1], n[1])));
        }
        if (n[2] > 0) {
            out.accept(new Figure("field dev direct and partial quotes", n[2]));
            out.accept(new Figure(folds + "-fold field dev direct+partial speaker right, rules", share(rules[2], n[2])));
            out.accept(new Figure(folds + "-fold field dev direct+partial speaker right, ranker overruling the rules by more than "
                    + SpeakerRanker.MARGIN_IN_USE, share(ranked[marginIndex(margins)][2], n[2])));
        }
        for (int b = 0; b < BANDS; b++) {
            if (bands[b][0] > 0) {
                out.accept(new Figure(String.format(java.util.Locale.ROOT, "%d-fold share right when the chosen speaker's probability is %.1f-%.1f (%d of %d)",
                        folds, b / (double) BANDS, (b + 1) / (double) BANDS, bands[b][1], bands[b][0]), share(bands[b][1], bands[b][0])));
            }
        }
    }

    private static int marginIndex(double[] margins) {
        for (int m = 0; m < margins.length; m++) {
            if (Math.abs(margins[m] - SpeakerRanker.MARGIN_IN_USE) < 1e-9) {
                return m;
            }
        }
        return 0;
    }

    /** How many statements were read. */
    @Override
    public int size() {
        return statements.size();
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
