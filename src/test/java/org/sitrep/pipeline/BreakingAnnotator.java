package org.sitrep.pipeline;

import java.util.List;
import java.util.function.Consumer;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.nlp.Annotator;
import org.sitrep.quotes.QuoteAttributor;
import org.sitrep.resolve.EntityResolver;

/**
 * An annotator that finds nothing in an article, quickly, and breaks on the article whose text holds a marker: the stage
 * of a real pipeline that meets the one article it cannot take. Before it breaks it tells {@code beforeBreaking}.
 */
final class BreakingAnnotator implements Annotator {
    private final String marker;
    private final Consumer<Article> beforeBreaking;

    BreakingAnnotator(String marker, Consumer<Article> beforeBreaking) {
        this.marker = marker;
        this.beforeBreaking = beforeBreaking;
    }

    /** A pipeline of the standard stages but this annotator, which throws {@link StackOverflowError} on the marker. */
    static Pipeline pipeline(String marker, Consumer<Article> beforeBreaking) {
        return new Pipeline(new ArticleExtractor(), new BreakingAnnotator(marker, beforeBreaking), new QuoteAttributor(), new EntityResolver());
    }

    @Override
    public Annotated annotate(Article article) {
        if (article.text().contains(marker)) {
            beforeBreaking.accept(article);
            throw new StackOverflowError("deep in " + marker);
        }
        return new Annotated(article, List.of(), List.of(), List.of(), List.of());
    }
}
