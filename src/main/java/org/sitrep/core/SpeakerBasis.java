package org.sitrep.core;

/**
 * How a statement's speaker was found, and how often that way is right. Each confidence is the share of speakers
 * found that way that were right, rounded down to the tenth so that none claims more than was measured: names and
 * descriptions on PolNeAR's train split (840 articles no rule was written from; {@code sitrep eval quotes
 * --no-baseline --polnear ../shared/eval/quotes/polnear/train} prints one line per basis), pronouns on the
 * development half of the field corpus ({@code sitrep eval field}), because PolNeAR marks the pronoun itself as the
 * source and cannot say whether it was resolved to the right name.
 */
public enum SpeakerBasis {
    /**
     * A name next to the cue ("..., said Ali Haidar"). Where the speaker ranker runs, a name or description it weighs
     * takes a learned band instead, so this and {@link #DESCRIPTION} mark only statements read inside someone's words
     * and those a label gives (a transcript's turn); the field figures by basis then follow the share of transcripts:
     * on the development half 149 of 149 labelled speakers were right and 44 of 67 others (most read inside someone's
     * words), on the test half (1 labelled) 45 of 65 others (eval field, stop 54).
     */
    NAME(0.8), // 6,618 of 7,543 on PolNeAR train; 194 of 220 on field dev
    /** A description next to the cue that names nobody ("a spokesman said", "officials said"). */
    DESCRIPTION(0.7), // 1,532 of 1,936 on PolNeAR train; 56 of 80 on field dev
    /** "He" or "she" for a person earlier in the same sentence or the subject of the sentence before. */
    PRONOUN_NEARBY(0.8), // 12 of 14 on field dev
    /** "He", "she", "it" or "they" for the speaker of a statement a few paragraphs before. */
    PRONOUN_LAST_SPEAKER(0.4), // 6 of 13 on field dev
    /** A pronoun for the last name of its kind, further away. */
    PRONOUN_LAST_NAMED(0.2), // 3 of 11 on field dev
    /** A pronoun nothing fits: the speaker is the pronoun's own words. */
    PRONOUN_UNRESOLVED(0.0), // the pronoun's own words name nobody
    /**
     * A name or description the learned speaker ranker gives a probability of 0.9 or more. The bands are measured by
     * 5-fold cross-validation on PolNeAR train ({@code sitrep train speakers}) and on the field corpus's development
     * half; each claims the lower of the two, rounded down to the tenth.
     */
    LEARNED_SURE(0.9), // 7,124 of 7,391 on PolNeAR train; 132 of 148 on field dev
    /** ... a probability from 0.7 to 0.9. */
    LEARNED_LIKELY(0.7), // 3,075 of 3,729 on PolNeAR train; 143 of 184 on field dev (43 articles; 109 of 126 on its first 24)
    /** ... a probability from 0.5 to 0.7: right more often than not on PolNeAR, less on real pages, so not shown. */
    LEARNED_POSSIBLE(0.4), // 612 of 1,018 on PolNeAR train; 9 of 21 on field dev
    /** ... a probability under 0.5: not shown as attributed. */
    LEARNED_UNSURE(0.2); // 100 of 262 on PolNeAR train; 4 of 14 on field dev (43 articles)

    /** Below this a statement is not shown as attributed: the API still gives its speaker, marked unsure. */
    public static final double SHOWN_FROM = 0.5;

    private final double confidence;

    SpeakerBasis(double confidence) {
        this.confidence = confidence;
    }

    /** The learned band for a ranker's probability (0 to 1) that its choice spoke. */
    public static SpeakerBasis learned(double probability) {
        return probability >= 0.9 ? LEARNED_SURE : probability >= 0.7 ? LEARNED_LIKELY
                : probability >= 0.5 ? LEARNED_POSSIBLE : LEARNED_UNSURE;
    }

    /** The share of speakers found this way that were right, 0 to 1. */
    public double confidence() {
        return confidence;
    }

    /** Whether a speaker found this way is sure enough to be shown as the one who spoke ({@link #SHOWN_FROM}). */
    public boolean shown() {
        return confidence >= SHOWN_FROM;
    }

    /** Whether the speaker is a pronoun resolved to a name (or left unresolved). */
    public boolean pronoun() {
        return this == PRONOUN_NEARBY || this == PRONOUN_LAST_SPEAKER || this == PRONOUN_LAST_NAMED || this == PRONOUN_UNRESOLVED;
    }

    /** The lower-case label used in exports and the store ("pronoun_nearby"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The basis with this label; {@link #NAME} for {@code null} (statements stored before bases were kept). */
    public static SpeakerBasis ofLabel(String label) {
        return label == null ? NAME : valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }
}
