package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Processed;
import org.sitrep.core.RawPage;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.nlp.Annotator;
import org.sitrep.resolve.EntityResolver;

/** The per-article stages, in order: extract, annotate, resolve. Thread-safe. */
public final class Pipeline {
    private final ArticleExtractor extractor;
    private final Annotator annotator;
    private final EntityResolver resolver;

    public Pipeline(ArticleExtractor extractor, Annotator annotator, EntityResolver resolver) {
        this.extractor = extractor;
        this.annotator = annotator;
        this.resolver = resolver;
    }

    /**
     * Processes one page.
     *
     * @throws org.sitrep.core.InputException when the page holds no usable article
     */
    public Processed process(RawPage page) {
        Article article = extractor.extract(page);
        Annotated annotated = annotator.annotate(article);
        List<LinkedMention> entities = resolver.resolve(annotated);
        return new Processed(page.origin(), annotated, entities);
    }

    public ArticleExtractor extractor() {
        return extractor;
    }

    public Annotator annotator() {
        return annotator;
    }

    public EntityResolver resolver() {
        return resolver;
    }
}
