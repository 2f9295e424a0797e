package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.sitrep.learn.LinearClassifier;
import org.sitrep.pipeline.Pipeline;

/**
 * The labelled examples of one of the quotes stage's learned models (the speaker ranker, the filter of reported
 * speech), read from PolNeAR and optionally a field corpus's development half, ready to cross-validate and train.
 *
 * @param <T> the implementation, returned by {@link #withFieldDev} so that calls chain
 */
public interface QuoteModelTraining<T extends QuoteModelTraining<T>> {
    /**
     * These examples and those of the field corpus at {@code dir}'s development half (never its test half); pages
     * under {@code shared} are read from there. Articles whose page is absent are reported to {@code problems} and
     * skipped.
     *
     * @throws IOException when the corpus cannot be read
     */
    T withFieldDev(Path dir, Path shared, Pipeline pipeline, Consumer<String> problems) throws IOException;

    /** Prints the figures of a cross-validation over {@code folds} folds of the articles. */
    void crossValidate(int folds, Consumer<Figure> out);

    /** Trains on every example read. */
    LinearClassifier train();

    /** How many examples were read (statements or candidates). */
    int size();
}
