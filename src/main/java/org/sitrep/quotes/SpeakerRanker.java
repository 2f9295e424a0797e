package org.sitrep.quotes;

import java.util.List;
import org.sitrep.learn.LinearClassifier;

/**
 * Scores a statement's {@link SpeakerCandidate}s with a logistic regression that learned, from PolNeAR's train
 * split, how likely a candidate with those features is the speaker; the likeliest one speaks. Trained by
 * {@code sitrep train speakers}; thread-safe; the shipped model loads once per process ({@link #bundled()}).
 */
public final class SpeakerRanker {
    /** The label of candidates who said the statement. */
    public static final String RIGHT = "right";
    /** The label of candidates who did not. */
    public static final String WRONG = "wrong";
    static final String RESOURCE = "/org/sitrep/quotes/speaker-model.tribuo";

    private static final class Bundled {
        static final SpeakerRanker MODEL = new SpeakerRanker(
                LinearClassifier.load(SpeakerRanker.class.getResourceAsStream(RESOURCE), RESOURCE));
    }

    private final LinearClassifier model;

    public SpeakerRanker(LinearClassifier model) {
        this.model = model;
    }

    /** The model that ships with Sitrep, loaded on first use. */
    public static SpeakerRanker bundled() {
        return Bundled.MODEL;
    }

    /** A candidate and the probability the model gives that it spoke. */
    record Choice(SpeakerCandidate candidate, double probability) {
    }

    /** The likeliest of {@code candidates} (not empty); the rules' choice wins a tie. */
    Choice choose(List<SpeakerCandidate> candidates) {
        Choice best = null;
        for (SpeakerCandidate c : candidates) {
            double p = probability(c);
            if (best == null || p > best.probability()) {
                best = new Choice(c, p);
            }
        }
        return best;
    }

    /** The probability that the candidate spoke, 0 to 1. */
    public double probability(SpeakerCandidate c) {
        return model.probability(c.features(), RIGHT);
    }
}
