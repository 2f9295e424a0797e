package org.sitrep.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What saving one article of a batch came to: what the save did, or why it failed (the batch's other articles were
 * saved all the same).
 */
public record SaveAttempt(PendingArticle article, Optional<SaveResult> saved, Optional<RuntimeException> failure) {
    public SaveAttempt {
        Objects.requireNonNull(article, "article");
        if (saved.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("a save attempt either saved or failed; got saved " + saved + ", failure " + failure);
        }
    }

    public static SaveAttempt saved(PendingArticle article, SaveResult result) {
        return new SaveAttempt(article, Optional.of(result), Optional.empty());
    }

    public static SaveAttempt failed(PendingArticle article, RuntimeException failure) {
        return new SaveAttempt(article, Optional.empty(), Optional.of(failure));
    }
}
