package org.sitrep.nlp;

import org.sitrep.core.Annotated;
import org.sitrep.core.Article;

/** Turns an article into its linguistic annotation. Implementations are thread-safe. */
public interface Annotator {
    Annotated annotate(Article article);
}
