package org.sitrep.nlp;

import java.time.Instant;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;

/** Turns an article into its linguistic annotation. Implementations are thread-safe. */
public interface Annotator {
    Annotated annotate(Article article);

    /**
     * Annotates as much of the article as can be read by {@code deadline}: the returned annotation's article is the
     * part read (a prefix of the article, see {@link Article#upTo}), the whole article when time allowed. An
     * implementation that cannot stop early reads it whole.
     */
    default Annotated annotate(Article article, Instant deadline) {
        return annotate(article);
    }
}
