package org.sitrep.core;

import java.time.Duration;

/**
 * How much of one article the expensive stages (NLP, statements, entities) may read: at most {@code maxCharacters}
 * of its clean text, and no more than {@code maxTime} of NLP. An article past either limit is kept whole (stored,
 * searchable) with the facts of the part that was read, and a warning names it.
 *
 * @param maxCharacters UTF-16 code units of clean text, counted from its start
 */
public record ArticleBudget(int maxCharacters, Duration maxTime) {
    /**
     * About 36,000 tokens, more than twice the longest long-form news article (15,000 words), which CoreNLP reads in
     * about 3 s on one core of a small machine (11,500 tokens/s measured by {@code sitrep bench length}): a live blog or
     * a document dump costs no more than that, and one such page cannot hold up a batch. The time limit guards the
     * same on a machine many times slower, or busy.
     */
    public static final ArticleBudget DEFAULT = new ArticleBudget(200_000, Duration.ofSeconds(30));
    /** Reads every article whole, however long; for benchmarks of how cost grows with length. */
    public static final ArticleBudget UNLIMITED = new ArticleBudget(Integer.MAX_VALUE, Duration.ofDays(1));

    public ArticleBudget {
        if (maxCharacters < 1) {
            throw new IllegalArgumentException("maxCharacters must be >= 1; got: " + maxCharacters);
        }
        if (maxTime == null || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("maxTime must be positive; got: " + maxTime);
        }
    }
}
