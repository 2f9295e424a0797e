package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.Quote;
import org.sitrep.core.Processed;
import org.sitrep.core.RawPage;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.quotes.QuoteAttributor;
import org.sitrep.resolve.EntityResolver;

/** The per-article stages, in order: extract, annotate, find statements, resolve. Thread-safe. */
public final class Pipeline {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Pipeline.class);

    private final ArticleExtractor extractor;
    private final Annotator annotator;
    private final QuoteAttributor attributor;
    private final EntityResolver resolver;

    public Pipeline(ArticleExtractor extractor, Annotator annotator, QuoteAttributor attributor, EntityResolver resolver) {
        this.extractor = extractor;
        this.annotator = annotator;
        this.attributor = attributor;
        this.resolver = resolver;
    }

    /** The stages as Sitrep runs them, with the process-wide CoreNLP annotator. */
    public static Pipeline standard() {
        return new Pipeline(new ArticleExtractor(), CoreNlpAnnotator.shared(), new QuoteAttributor(), new EntityResolver());
    }

    /**
     * Processes one page.
     *
     * @throws org.sitrep.core.InputException when the page holds no usable article
     */
    public Processed process(RawPage page) {
        Article article = extractor.extract(page);
        Annotated annotated = annotator.annotate(article);
        List<Quote> quotes = statements(page, annotated);
        EntityResolver.Resolved resolved = resolver.resolve(annotated, quotes);
        return new Processed(page.origin(), annotated, resolved.entities(), resolved.quotes());
    }

    /** An article is worth keeping even when finding its statements fails, so such a failure costs only the statements. */
    private List<Quote> statements(RawPage page, Annotated annotated) {
        try {
            return attributor.find(annotated);
        } catch (RuntimeException e) {
            LOG.warn("{}: finding statements failed; the article is kept without them", page.origin(), e);
            return List.of();
        }
    }

    public QuoteAttributor attributor() {
        return attributor;
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
