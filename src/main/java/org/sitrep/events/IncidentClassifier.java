package org.sitrep.events;

import java.util.Map;
import java.util.Optional;
import org.sitrep.core.EventType;
import org.sitrep.core.SubEventType;
import org.sitrep.learn.LinearClassifier;

/**
 * Tells whether a sentence reports an incident, and of which ACLED sub-event type: a logistic regression over
 * {@link IncidentFeatures}, trained by {@link IncidentModelTrainer} on the labelled sentences under
 * {@code bench/events/train} and shipped in the jar. Thread-safe; load it once per process ({@link #bundled()}).
 */
public final class IncidentClassifier {
    /** The label of sentences that report no incident. */
    public static final String NONE = "NONE";
    /**
     * A sentence is no incident when the model gives "no incident" at least this probability. Above one half,
     * because the model learned from more sentences without incidents than with, and leans that way on short ones
     * ("Air strikes kill 12 in Maarat al-Numan"). Chosen by 5-fold cross-validation on the labelled sentences: 0.5,
     * 0.6, 0.7, 0.8 found 0.83, 0.87, 0.90, 0.95 of their incidents with a precision of 0.96, 0.94, 0.92, 0.86.
     */
    static final double NONE_THRESHOLD = Double.parseDouble(System.getProperty("sitrep.events.none", "0.6"));
    /**
     * An article in which no sentence reaches {@link #NONE_THRESHOLD} still reports its first sentence under this
     * one: a report is written about something that happened, and the model's doubt on a long sentence thick with
     * names (an ACLED note, a wire lead) is weaker evidence than that.
     */
    static final double ARTICLE_NONE_THRESHOLD = Double.parseDouble(System.getProperty("sitrep.events.articleNone", "0.8"));
    /**
     * ... and only when the model's likeliest event type for it has at least this probability: a sentence the
     * model finds no kind of incident in ("Body with an img in Aleppo, said ...": 0.07) reports none however
     * little it is sure of that.
     */
    static final double ARTICLE_TYPE_FLOOR = 0.1;
    static final String RESOURCE = "/org/sitrep/events/incident-model.tribuo";
    private static volatile IncidentClassifier bundled;

    private final LinearClassifier model;

    IncidentClassifier(LinearClassifier model) {
        this.model = model;
    }

    /** The model that ships with Sitrep, loaded on first use. */
    public static IncidentClassifier bundled() {
        IncidentClassifier c = bundled;
        if (c == null) {
            synchronized (IncidentClassifier.class) {
                if (bundled == null) {
                    bundled = load();
                }
                c = bundled;
            }
        }
        return c;
    }

    private static IncidentClassifier load() {
        return new IncidentClassifier(LinearClassifier.load(IncidentClassifier.class.getResourceAsStream(RESOURCE), RESOURCE));
    }

    /**
     * What {@code sentence} reports: empty when it reports no incident. The event type is chosen first (the type
     * whose sub-types together are likeliest, with "no incident" as one more choice), then its likeliest sub-type,
     * so that several close sub-types of one type do not lose to "no incident" one by one.
     */
    public Optional<IncidentCoding> classify(String sentence) {
        return classify(sentence, NONE_THRESHOLD);
    }

    /**
     * What a sentence reports when its article has no surer incident: as {@link #classify(String)} under
     * {@link #ARTICLE_NONE_THRESHOLD} and {@link #ARTICLE_TYPE_FLOOR}.
     */
    Optional<IncidentCoding> classifyDoubted(String sentence) {
        return classify(sentence, ARTICLE_NONE_THRESHOLD).filter(c -> c.typeProbability() >= ARTICLE_TYPE_FLOOR);
    }

    /** As {@link #classify(String)}, with no incident only when the model gives it at least {@code noneThreshold}. */
    Optional<IncidentCoding> classify(String sentence, double noneThreshold) {
        Map<String, Double> scores = scores(sentence);
        String lead = LeadClause.of(sentence);
        if (!lead.equals(sentence)) {
            // News states the incident first and its circumstances after ("protested at the ministry, warning
            // against ..."): the circumstances must not talk the model out of the incident.
            Map<String, Double> leadScores = scores(lead);
            if (score(leadScores, NONE) < score(scores, NONE)) {
                scores = leadScores;
            }
        }
        double none = score(scores, NONE);
        if (none >= noneThreshold) {
            return Optional.empty();
        }
        EventType bestType = null;
        double bestTypeScore = 0;
        for (EventType type : EventType.values()) {
            double sum = 0;
            for (SubEventType sub : SubEventType.values()) {
                if (sub.type() == type) {
                    sum += score(scores, sub.label());
                }
            }
            if (sum > bestTypeScore) {
                bestType = type;
                bestTypeScore = sum;
            }
        }
        if (bestType == null) {
            return Optional.empty();
        }
        SubEventType bestSub = null;
        for (SubEventType sub : SubEventType.values()) {
            if (sub.type() == bestType && (bestSub == null || score(scores, sub.label()) > score(scores, bestSub.label()))) {
                bestSub = sub;
            }
        }
        return Optional.of(new IncidentCoding(bestSub, score(scores, bestSub.label()), bestTypeScore, none));
    }

    /** The probability of each label (the sub-event types' ACLED names and {@value #NONE}) for {@code sentence}. */
    Map<String, Double> scores(String sentence) {
        return model.scores(IncidentFeatures.of(sentence));
    }

    /** The probability {@code scores} give {@code label}; 0 when they do not name it. */
    static double score(Map<String, Double> scores, String label) {
        return scores.getOrDefault(label, 0.0);
    }
}
