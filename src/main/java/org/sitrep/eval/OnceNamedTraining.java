package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.learn.Labelled;
import org.sitrep.learn.LinearClassifier;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.resolve.EntityResolver;
import org.sitrep.resolve.LearnedOnceNamed;
import org.sitrep.resolve.OnceNamedCandidate;

/**
 * Trains the resolve stage's {@link LearnedOnceNamed} on the field corpus's development half (never its test half):
 * every name used once that the resolver weighs there is one example, labelled {@link LearnedOnceNamed#KEEP} when a
 * gold entity of the article has its words among its forms (as {@code sitrep eval field} matches them). Measured by
 * cross-validation with each article in one fold, against the hand-written rules on the same names.
 */
public final class OnceNamedTraining {
    /** LIBLINEAR's C: lower regularises more. */
    static final double COST = Double.parseDouble(System.getProperty("sitrep.resolve.cost", "0.3"));
    /** Features seen in fewer names are left out. */
    private static final int MIN_COUNT = 3;
    /** Characters either side of a name that {@link #printErrors} shows. */
    private static final int CONTEXT_CHARS = 50;
    private static final double[] THRESHOLDS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7};
    /** The thresholds of the out-of-fold curve, one step apart, the shipped one among them. */
    static final double[] CURVE = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};
    /**
     * A step up must drop at least this many names that would be errors per right name it drops: precision before
     * recall, but a right name dropped is a gold entity the output no longer names.
     */
    static final double ERRORS_PER_RIGHT_NAME = 1;
    /** A step down must keep at least this many more right names per error it lets in. */
    static final double RIGHT_NAMES_PER_ERROR = 2;

    /** One name: its article, as the resolver weighed it, and whether the gold names it. */
    record Example(String article, OnceNamedCandidate candidate, boolean real, boolean typeRight, String context) {
        /** Whether keeping the name costs no entity error: the gold names it, with the tagger's type. */
        boolean keep() {
            return real && typeRight;
        }
    }

    private final List<Example> examples;
    /** {@link #outOfFold}'s probabilities by number of folds. */
    private final Map<Integer, double[]> outOfFold = new HashMap<>();

    private OnceNamedTraining(List<Example> examples) {
        this.examples = List.copyOf(examples);
    }

    /**
     * Reads the dev half of the field corpus in {@code dir} through the standard stages, recording each name used once
     * the resolver weighs; pages that cannot be read are named to {@code problems}.
     */
    public static OnceNamedTraining read(Path dir, Path shared, Consumer<String> problems) throws IOException {
        List<OnceNamedCandidate> seen = new ArrayList<>();
        EntityResolver resolver = new EntityResolver().withSettledPlaces(org.sitrep.geo.SettledPlaces.shipped())
                .withOnceNamed(c -> {
                    seen.add(c);
                    return true;
                });
        Pipeline recording = new Pipeline(new org.sitrep.extract.ArticleExtractor(), org.sitrep.nlp.CoreNlpAnnotator.shared(),
                new org.sitrep.quotes.QuoteAttributor(), resolver);
        List<Example> out = new ArrayList<>();
        // The pipeline reads the articles one by one, so the names recorded since the last one are this one's.
        FieldDevHalf.each(dir, shared, recording, problems, read -> {
            Map<String, String> typeByForm = new HashMap<>();
            for (FieldGold.GoldEntity e : read.gold().entities()) {
                typeByForm.putIfAbsent(FieldEvaluation.entityForm(e.name()), e.type());
                e.forms().forEach(f -> typeByForm.putIfAbsent(FieldEvaluation.entityForm(f), e.type()));
            }
            for (OnceNamedCandidate c : seen) {
                String type = typeByForm.get(FieldEvaluation.entityForm(c.text()));
                out.add(new Example(read.gold().id(), c, type != null, type != null && type.equalsIgnoreCase(String.valueOf(c.type())),
                        context(read.processed().article().text(), c.text())));
            }
            seen.clear();
        });
        return new OnceNamedTraining(out);
    }

    /** Trains on every name read. */
    public LinearClassifier train() {
        return train(examples);
    }

    private static LinearClassifier train(List<Example> examples) {
        List<Labelled> labelled = examples.stream().map(e -> new Labelled(e.candidate().features(),
                e.keep() ? LearnedOnceNamed.KEEP : LearnedOnceNamed.DROP, e.article())).toList();
        return LinearClassifier.train(labelled, new LinearClassifier.Settings(COST, MIN_COUNT));
    }

    /**
     * Cross-validates over {@code folds} folds (articles kept whole) and prints, for the rules, and for the model
     * alone and the rules backed by it at each threshold: the names kept that no gold entity has and those kept that
     * a gold entity of another type has (each an entity error), and the real names dropped (each a gold entity the
     * output may no longer name).
     */
    public void crossValidate(int folds, Consumer<Figure> out) {
        double[] p = outOfFold(folds);
        out.accept(new Figure("names used once weighed", examples.size()));
        out.accept(new Figure("of them real (a gold form)", examples.stream().filter(Example::real).count()));
        out.accept(new Figure("of them real with the tagger's type", examples.stream().filter(Example::keep).count()));
        report("rules: ", i -> examples.get(i).candidate().marked(), out);
        for (double t : THRESHOLDS) {
            report(folds + "-fold model at " + t + ": ", i -> p[i] >= t, out);
            report(folds + "-fold rules backed by the model at " + t + ": ", i -> p[i] >= t && examples.get(i).candidate().marked(), out);
        }
    }

    /**
     * One threshold of the rules backed by the model, weighed out of fold: the names kept, those of them that are
     * errors (no gold form, or a gold form of another type), and the right names (gold form, tagger's type) kept of all.
     */
    record CurvePoint(double threshold, int kept, int keptWrong, int rightKept, int right) {
        double precision() {
            return kept == 0 ? 1 : (kept - keptWrong) / (double) kept;
        }

        double recall() {
            return right == 0 ? 1 : rightKept / (double) right;
        }
    }

    /** The curve of the rules backed by the model over {@code thresholds}, from each name's out-of-fold probability. */
    static List<CurvePoint> curve(double[] p, boolean[] marked, boolean[] right, double[] thresholds) {
        List<CurvePoint> out = new ArrayList<>();
        int allRight = 0;
        for (boolean r : right) {
            allRight += r ? 1 : 0;
        }
        for (double t : thresholds) {
            int kept = 0;
            int wrong = 0;
            int rightKept = 0;
            for (int i = 0; i < p.length; i++) {
                if (marked[i] && p[i] >= t) {
                    kept++;
                    wrong += right[i] ? 0 : 1;
                    rightKept += right[i] ? 1 : 0;
                }
            }
            out.add(new CurvePoint(t, kept, wrong, rightKept, allRight));
        }
        return out;
    }

    /**
     * The threshold the out-of-fold curve picks, starting from {@code shipped} (a point of it): raised one step at a
     * time while each step drops at least {@link #ERRORS_PER_RIGHT_NAME} errors per right name it drops; when the first
     * step up fails, lowered one step at a time while each step keeps at least {@link #RIGHT_NAMES_PER_ERROR} right
     * names per error it lets in. It stops at the first step that fails, never skipping a bad band for a good one.
     */
    static double pickedThreshold(List<CurvePoint> curve, double shipped) {
        int at = 0;
        while (at < curve.size() && Math.abs(curve.get(at).threshold() - shipped) > 1e-9) {
            at++;
        }
        if (at == curve.size()) {
            throw new IllegalArgumentException("the curve has no point at the shipped threshold " + shipped);
        }
        int up = at;
        while (up + 1 < curve.size() && raises(curve.get(up), curve.get(up + 1))) {
            up++;
        }
        if (up > at) {
            return curve.get(up).threshold();
        }
        int down = at;
        while (down > 0 && lowers(curve.get(down), curve.get(down - 1))) {
            down--;
        }
        return curve.get(down).threshold();
    }

    private static boolean raises(CurvePoint from, CurvePoint to) {
        int errorsDropped = from.keptWrong() - to.keptWrong();
        int rightDropped = from.rightKept() - to.rightKept();
        return errorsDropped > 0 && errorsDropped >= ERRORS_PER_RIGHT_NAME * rightDropped;
    }

    private static boolean lowers(CurvePoint from, CurvePoint to) {
        int errorsAdded = to.keptWrong() - from.keptWrong();
        int rightAdded = to.rightKept() - from.rightKept();
        return rightAdded > 0 && rightAdded >= RIGHT_NAMES_PER_ERROR * errorsAdded;
    }

    /**
     * Prints the out-of-fold precision/recall curve of the rules backed by the model, each step's errors and right
     * names dropped, and the threshold {@link #pickedThreshold} picks from the shipped one.
     */
    public void printCurve(int folds, double shipped, Consumer<Figure> out) {
        double[] p = outOfFold(folds);
        boolean[] marked = new boolean[examples.size()];
        boolean[] right = new boolean[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            marked[i] = examples.get(i).candidate().marked();
            right[i] = examples.get(i).keep();
        }
        List<CurvePoint> curve = curve(p, marked, right, CURVE);
        for (int i = 0; i < curve.size(); i++) {
            CurvePoint c = curve.get(i);
            String at = folds + "-fold curve at " + c.threshold() + ": ";
            out.accept(new Figure(at + "kept", c.kept()));
            out.accept(new Figure(at + "errors kept", c.keptWrong()));
            out.accept(new Figure(at + "precision", c.precision()));
            out.accept(new Figure(at + "recall of right names", c.recall()));
            if (i + 1 < curve.size()) {
                CurvePoint next = curve.get(i + 1);
                out.accept(new Figure(at + "step up drops errors", c.keptWrong() - next.keptWrong()));
                out.accept(new Figure(at + "step up drops right names", c.rightKept() - next.rightKept()));
            }
        }
        out.accept(new Figure("threshold the out-of-fold rule picks from " + shipped, pickedThreshold(curve, shipped)));
    }

    /**
     * Writes each name's out-of-fold probability, one line each: article, fold, tagger's type, probability, whether a
     * cue marks it, whether it is right (gold form, tagger's type), and its words.
     */
    public void writeOutOfFold(int folds, Path file) throws IOException {
        double[] p = outOfFold(folds);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            lines.add(String.format(java.util.Locale.ROOT, "%s\t%d\t%s\t%.4f\t%s\t%s\t%s", e.article(), foldOf(e, folds),
                    e.candidate().type(), p[i], e.candidate().marked(), e.keep(), e.candidate().text()));
        }
        java.nio.file.Files.write(file, lines);
    }

    /** Prints what keeping the names {@code keeps} (by index) costs: errors kept, real names dropped. */
    private void report(String what, java.util.function.IntPredicate keeps, Consumer<Figure> out) {
        int keptFalse = 0;
        int keptOtherType = 0;
        int droppedReal = 0;
        int droppedRight = 0;
        for (int i = 0; i < examples.size(); i++) {
            boolean keep = keeps.test(i);
            Example e = examples.get(i);
            keptFalse += keep && !e.real() ? 1 : 0;
            keptOtherType += keep && e.real() && !e.keep() ? 1 : 0;
            droppedReal += !keep && e.real() ? 1 : 0;
            droppedRight += !keep && e.keep() ? 1 : 0;
        }
        out.accept(new Figure(what + "kept not real", keptFalse));
        out.accept(new Figure(what + "kept real of another type", keptOtherType));
        out.accept(new Figure(what + "real dropped", droppedReal));
        out.accept(new Figure(what + "real of the tagger's type dropped", droppedRight));
    }

    /**
     * The words around the first place {@code text} holds {@code name}, on one line; the name alone, bracketed, when the
     * text does not hold it (a caption's or headline's name).
     */
    static String context(String text, String name) {
        int at = text.indexOf(name);
        if (at < 0) {
            return "[" + name + "] (not in the text)";
        }
        int from = Math.max(0, at - CONTEXT_CHARS);
        int to = Math.min(text.length(), at + name.length() + CONTEXT_CHARS);
        return (text.substring(from, at) + "[" + name + "]" + text.substring(at + name.length(), to)).replaceAll("\\s+", " ");
    }

    /**
     * Prints, after {@link #crossValidate} has weighed every name out of its fold, each name that the rules backed by the
     * model at {@code threshold} keep with no gold form ("kept not real") and each real name they drop ("dropped real"),
     * with its article, the tagger's type, the out-of-fold probability, whether a cue marks it, and its context: the
     * errors a study of the dev half can trust, unlike those of the model trained on all of it.
     */
    public void printErrors(int folds, double threshold, Consumer<String> out) {
        double[] p = outOfFold(folds);
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            boolean keep = p[i] >= threshold && e.candidate().marked();
            if (keep != e.real()) {
                out.accept(String.format(java.util.Locale.ROOT, "%s\t%s\t%s\tp=%.2f\t%s\t%s\t%s",
                        keep ? "kept not real" : "dropped real", e.article(), e.candidate().type(), p[i],
                        e.candidate().marked() ? "cued" : "uncued", e.context(),
                        String.join(" ", e.candidate().features().stream().filter(f -> !f.contains(":")).toList())));
            }
        }
    }

    /**
     * Each name's probability of {@link LearnedOnceNamed#KEEP} by the model trained on the other folds, weighed once per
     * number of folds: {@link #printErrors} lists the errors of the very models {@link #crossValidate} counted.
     */
    private double[] outOfFold(int folds) {
        return outOfFold.computeIfAbsent(folds, this::weighOutOfFold);
    }

    private double[] weighOutOfFold(int folds) {
        double[] p = new double[examples.size()];
        for (int fold = 0; fold < folds; fold++) {
            List<Example> train = new ArrayList<>();
            for (Example e : examples) {
                if (foldOf(e, folds) != fold) {
                    train.add(e);
                }
            }
            LearnedOnceNamed model = new LearnedOnceNamed(train(train), 0.5);
            for (int i = 0; i < examples.size(); i++) {
                if (foldOf(examples.get(i), folds) == fold) {
                    p[i] = model.probability(examples.get(i).candidate());
                }
            }
        }
        return p;
    }

    private static int foldOf(Example e, int folds) {
        return Math.floorMod(e.article().hashCode(), folds);
    }

    public int size() {
        return examples.size();
    }
}
