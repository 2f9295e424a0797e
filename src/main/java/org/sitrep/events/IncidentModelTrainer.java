package org.sitrep.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.core.EventType;
import org.sitrep.learn.Labelled;
import org.sitrep.learn.LinearClassifier;

/**
 * Trains the {@link IncidentClassifier}'s model from labelled sentences, and measures it by cross-validation with
 * the sentences of one article always in the same fold (so that a fold never tests on an article it learned from).
 */
public final class IncidentModelTrainer {
    /** LIBLINEAR's C: lower regularises more. */
    static final double COST = Double.parseDouble(System.getProperty("sitrep.events.cost", "1.0"));
    /**
     * Features seen in fewer sentences are left out: they teach the model one sentence's names, and the model's
     * weights grow with every feature kept (a float per feature and label in the jar).
     */
    private static final int MIN_COUNT = 2;

    /** The figures of a cross-validation: shares of sentences whose label the held-out fold's model got right. */
    public record CrossValidation(int sentences, double incidentOrNot, double eventType, double subEventType,
                                  double incidentsFound, double incidentsPrecision) {
    }

    private IncidentModelTrainer() {
    }

    /** Trains on the {@code .tsv} files of {@code trainingDir} and writes the model to {@code modelFile}. */
    public static int trainTo(Path trainingDir, Path modelFile) {
        List<LabelledSentence> sentences = LabelledSentences.readDirectory(trainingDir);
        train(sentences).save(modelFile);
        return sentences.size();
    }

    /**
     * The sources of the labelled sentences in the {@code .tsv} files of {@code trainingDir} ("wikinews:URL",
     * "fa-kes:ID"), so that an evaluation can leave out what the model learned from; empty when the folder is absent.
     *
     * @throws org.sitrep.core.InputException as {@link #trainTo} does for a malformed line
     */
    public static Set<String> sources(Path trainingDir) {
        if (!Files.isDirectory(trainingDir)) {
            return Set.of();
        }
        return LabelledSentences.readDirectory(trainingDir).stream().map(LabelledSentence::source)
                .collect(Collectors.toUnmodifiableSet());
    }

    static LinearClassifier train(List<LabelledSentence> sentences) {
        List<Labelled> examples = sentences.stream()
                .map(s -> new Labelled(IncidentFeatures.of(s.text()), s.label(), s.source())).toList();
        return LinearClassifier.train(examples, new LinearClassifier.Settings(COST, MIN_COUNT));
    }

    /** Cross-validates over {@code folds} folds of the labelled sentences in {@code trainingDir}. */
    public static CrossValidation crossValidate(Path trainingDir, int folds) {
        List<LabelledSentence> sentences = LabelledSentences.readDirectory(trainingDir);
        int right = 0;
        int typeRight = 0;
        int subRight = 0;
        int incidents = 0;
        int found = 0;
        int predicted = 0;
        int predictedRight = 0;
        for (int fold = 0; fold < folds; fold++) {
            List<LabelledSentence> train = new ArrayList<>();
            List<LabelledSentence> test = new ArrayList<>();
            for (LabelledSentence s : sentences) {
                (foldOf(s, folds) == fold ? test : train).add(s);
            }
            IncidentClassifier classifier = new IncidentClassifier(train(train));
            for (LabelledSentence s : test) {
                var coding = classifier.classify(s.text());
                EventType gold = s.subType() == null ? null : s.subType().type();
                EventType got = coding.map(c -> c.subType().type()).orElse(null);
                right += (gold == null) == (got == null) ? 1 : 0;
                typeRight += gold == got ? 1 : 0;
                subRight += coding.map(c -> c.subType()).orElse(null) == s.subType() ? 1 : 0;
                if (gold != null) {
                    incidents++;
                    found += got != null ? 1 : 0;
                }
                if (got != null) {
                    predicted++;
                    predictedRight += gold != null ? 1 : 0;
                }
            }
        }
        int n = sentences.size();
        return new CrossValidation(n, share(right, n), share(typeRight, n), share(subRight, n),
                share(found, incidents), share(predictedRight, predicted));
    }

    /** Sentences of one source article share a fold; written sentences (no article) spread by their text. */
    private static int foldOf(LabelledSentence s, int folds) {
        String key = s.source().equals("written") ? s.text() : s.source();
        return Math.floorMod(key.hashCode(), folds);
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
