package org.sitrep.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationModel;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * A logistic regression (LIBLINEAR, L2-regularised) over named binary features: each label's probability for a set
 * of features. Thread-safe once built; load a shipped model once per process.
 */
public final class LinearClassifier {
    private static final LabelFactory LABELS = new LabelFactory();
    /** Fixed, so that the same examples always give the same model. */
    private static final long SEED = 20141112L;
    private static final int MAX_ITERATIONS = 1000;
    private static final OffsetDateTime FIXED_TIME = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    /**
     * How to train.
     *
     * @param cost     LIBLINEAR's C: lower regularises more
     * @param minCount features seen in fewer examples are left out: they teach the model single examples, and the
     *                 model grows with every feature kept
     */
    public record Settings(double cost, int minCount) {
        public Settings {
            if (!(cost > 0)) {
                throw new IllegalArgumentException("cost must be > 0; got: " + cost);
            }
        }
    }

    private final Model<Label> model;
    /** The same model read without Tribuo's wrapping; {@code null} for a model that is not LIBLINEAR's. */
    private final DirectModel direct;

    private LinearClassifier(Model<Label> model) {
        this.model = model;
        this.direct = model instanceof LibLinearClassificationModel m ? DirectModel.of(m) : null;
    }

    /** Trains on {@code examples}; throws {@link IllegalArgumentException} when they are empty. */
    public static LinearClassifier train(List<Labelled> examples, Settings settings) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("examples must not be empty");
        }
        // Tribuo reports each training run's sizes through java.util.logging; Sitrep's commands print their own.
        java.util.logging.Logger.getLogger("org.tribuo").setLevel(java.util.logging.Level.WARNING);
        Map<String, Integer> counts = new HashMap<>();
        examples.forEach(e -> e.features().stream().distinct().forEach(f -> counts.merge(f, 1, Integer::sum)));
        List<Example<Label>> data = new ArrayList<>();
        for (Labelled e : examples) {
            List<String> kept = e.features().stream().filter(f -> counts.get(f) >= settings.minCount()).toList();
            data.add(example(kept, LABELS.generateOutput(e.label())));
        }
        MutableDataset<Label> dataset = new MutableDataset<>(data,
                new SimpleDataSourceProvenance("labelled features", FIXED_TIME, LABELS), LABELS);
        var trainer = new LibLinearClassificationTrainer(
                new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), settings.cost(), MAX_ITERATIONS, 0.01, SEED);
        return new LinearClassifier(trainer.train(dataset));
    }

    /**
     * Reads a model written by {@link #save}; {@code name} names it in errors. Throws {@link IllegalStateException}
     * when the stream is {@code null} (a resource missing from the class path) or holds no classification model.
     */
    @SuppressWarnings("unchecked")
    public static LinearClassifier load(InputStream in, String name) {
        if (in == null) {
            throw new IllegalStateException("the model " + name + " is missing from the class path");
        }
        try (in) {
            Model<?> m = Model.deserializeFromStream(in);
            if (!m.validate(Label.class)) {
                throw new IllegalStateException(name + " is not a classification model");
            }
            return new LinearClassifier((Model<Label>) m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model " + name, e);
        }
    }

    /** Writes the model to {@code file}, creating its folder. */
    public void save(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            model.serializeToFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model to " + file, e);
        }
    }

    /** The probability of each label the model knows, for an example with these features (unknown ones ignored). */
    public Map<String, Double> scores(List<String> features) {
        Map<String, Double> scores = direct == null ? null : direct.scores(features);
        return scores != null ? scores : tribuoScores(features);
    }

    /** The scores as Tribuo's own prediction gives them: what {@link DirectModel} must give. */
    Map<String, Double> tribuoScores(List<String> features) {
        Prediction<Label> p = model.predict(example(features, LABELS.getUnknownOutput()));
        Map<String, Double> out = new HashMap<>();
        p.getOutputScores().forEach((label, l) -> out.put(label, l.getScore()));
        return out;
    }

    /** The probability of {@code label}; 0 when the model does not know it. */
    public double probability(List<String> features, String label) {
        return scores(features).getOrDefault(label, 0.0);
    }

    private static Example<Label> example(List<String> features, Label label) {
        // Tribuo wants each feature once; a repeated name would count twice.
        String[] names = features.stream().distinct().toArray(String[]::new);
        double[] values = new double[names.length];
        java.util.Arrays.fill(values, 1.0);
        return new ArrayExample<>(label, names, values);
    }
}
