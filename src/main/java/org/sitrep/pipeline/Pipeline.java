package org.sitrep.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.sitrep.core.Annotated;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Event;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.Article;
import org.sitrep.core.ArticleBudget;
import org.sitrep.core.Quote;
import org.sitrep.core.Processed;
import org.sitrep.core.RawPage;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.events.EventCoder;
import org.sitrep.geo.OutletRegions;
import org.sitrep.geo.PlaceLocator;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.quotes.QuoteAttributor;
import org.sitrep.resolve.EntityResolver;

/**
 * The per-article stages, in order: extract, annotate, find statements (in the text, then in the captions), resolve
 * entities, locate places, code events.
 * The expensive stages read each
 * article within its {@link ArticleBudget}. Thread-safe.
 */
public final class Pipeline {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Pipeline.class);

    private final ArticleExtractor extractor;
    private final Annotator annotator;
    private final QuoteAttributor attributor;
    private final EntityResolver resolver;
    private final ArticleBudget budget;
    private final Supplier<PlaceLocator> locator;
    private final Supplier<EventCoder> coder;

    public Pipeline(ArticleExtractor extractor, Annotator annotator, QuoteAttributor attributor, EntityResolver resolver) {
        this(extractor, annotator, attributor, resolver, ArticleBudget.DEFAULT);
    }

    public Pipeline(ArticleExtractor extractor, Annotator annotator, QuoteAttributor attributor, EntityResolver resolver,
                    ArticleBudget budget) {
        this(extractor, annotator, attributor, resolver, budget, PlaceLocator::shared, EventCoder::shared);
    }

    /**
     * @param locator gives the geo stage when the first article reaches it, so that building a pipeline does not
     *                load the gazetteer
     * @param coder   gives the events stage when the first article reaches it
     */
    public Pipeline(ArticleExtractor extractor, Annotator annotator, QuoteAttributor attributor, EntityResolver resolver,
                    ArticleBudget budget, Supplier<PlaceLocator> locator, Supplier<EventCoder> coder) {
        this.extractor = extractor;
        this.annotator = annotator;
        this.attributor = attributor;
        this.resolver = resolver;
        this.budget = budget;
        this.locator = locator;
        this.coder = coder;
    }

    /** The stages as Sitrep runs them, with the process-wide CoreNLP annotator. */
    public static Pipeline standard() {
        return new Pipeline(new ArticleExtractor(), CoreNlpAnnotator.shared(), new QuoteAttributor(),
                new EntityResolver().withSettledPlaces(org.sitrep.geo.SettledPlaces.shipped()));
    }

    /**
     * The same stages locating places with {@code value} (over a gazetteer of one's own, e.g. a small one in tests).
     *
     * @param value gives the geo stage when the first article reaches it
     */
    public Pipeline withLocator(Supplier<PlaceLocator> value) {
        return new Pipeline(extractor, annotator, attributor, resolver, budget, value, coder);
    }

    /** The same stages reading each article within {@code value}. */
    public Pipeline withBudget(ArticleBudget value) {
        return new Pipeline(extractor, annotator, attributor, resolver, value, locator, coder);
    }

    /**
     * Processes one page. An article past the budget is kept whole, with the facts of the part read and a warning.
     *
     * @throws org.sitrep.core.InputException when the page holds no usable article
     */
    public Processed process(RawPage page) {
        return findAndResolve(page.origin(), annotate(extractor.extract(page)));
    }

    /**
     * Annotates as much of the article as the budget allows: its first {@code maxCharacters}, for no longer than
     * {@code maxTime}. The annotation's article is the part read; {@link #findAndResolve} puts the whole one back.
     */
    public Annotated annotate(Article article) {
        Instant deadline = Instant.now().plus(budget.maxTime());
        Annotated read = annotator.annotate(article.upTo(budget.maxCharacters()), deadline);
        return read.article() == article ? read : new Annotated(article, read.sentences(), read.tokens(), read.mentions(), read.dates(),
                read.article().textLength(), read.syntax());
    }

    /** Finds the statements and entities of an annotated article. */
    public Processed findAndResolve(String origin, Annotated annotated) {
        return findAndResolve(origin, annotated, OutletRegions.NONE);
    }

    /**
     * As {@link #findAndResolve(String, Annotated)}, knowing the regions the article's outlet usually writes about
     * (learned from its articles in the store), which help place its ambiguous names.
     */
    public Processed findAndResolve(String origin, Annotated annotated, OutletRegions home) {
        Annotated read = annotated.readPart();
        List<Quote> quotes = statements(origin, read);
        EntityResolver.Resolved resolved = resolved(origin, read, quotes);
        List<AttributedQuote> statements = new ArrayList<>(resolved.quotes());
        statements.addAll(resolver.attributeInCaptions(resolved.entities(), captionStatements(origin, annotated.article())));
        List<PlaceMention> places = places(origin, read, resolved.entities(), home);
        return new Processed(origin, annotated, resolved.entities(), statements, places,
                events(origin, read, resolved.entities(), places, statements), warnings(origin, annotated));
    }

    /**
     * The statements of the article's captions, each caption annotated on its own; a caption is a few dozen words, so
     * it is read whatever the budget left. A failure costs only the captions' statements.
     */
    private List<Quote> captionStatements(String origin, Article article) {
        try {
            return attributor.findInCaptions(article, annotator::annotate);
        } catch (RuntimeException e) {
            LOG.warn("{}: finding the statements of the captions failed; the article is kept without them", origin, e);
            return List.of();
        }
    }

    /**
     * An article is worth keeping even when coding its events fails, so such a failure costs only the events.
     *
     * @param statements those of the text and of the captions: an event a caption reports is claimed by its
     *                   caption's statements
     */
    private List<Event> events(String origin, Annotated read, List<LinkedMention> entities, List<PlaceMention> places,
                               List<AttributedQuote> statements) {
        try {
            return coder.get().code(read, entities, places, statements);
        } catch (RuntimeException e) {
            LOG.warn("{}: coding events failed; the article is kept without them", origin, e);
            return List.of();
        }
    }

    /** An article is worth keeping even when resolving its places fails, so such a failure costs only the places. */
    private List<PlaceMention> places(String origin, Annotated read, List<LinkedMention> entities, OutletRegions home) {
        try {
            return locator.get().locate(read, entities, home);
        } catch (RuntimeException e) {
            LOG.warn("{}: resolving places failed; the article is kept without them", origin, e);
            return List.of();
        }
    }

    private List<String> warnings(String origin, Annotated annotated) {
        List<String> out = new ArrayList<>();
        int length = annotated.article().textLength();
        if (annotated.readUpTo() < length) {
            String why = length > budget.maxCharacters()
                    ? String.format(Locale.ROOT, "the article is longer than the limit of %,d characters", budget.maxCharacters())
                    : "reading it took longer than the limit of " + budget.maxTime().toSeconds() + " s";
            out.add(String.format(Locale.ROOT, "%s: statements and entities were read from the first %,d of %,d characters only"
                    + " (%s); the whole text is stored and searchable", origin, annotated.readUpTo(), length, why));
        }
        return out;
    }

    /**
     * An article is worth keeping even when resolving its entities fails, so such a failure costs only the entities:
     * the statements stay, each with the speaker the text names and no entity.
     */
    private EntityResolver.Resolved resolved(String origin, Annotated read, List<Quote> quotes) {
        try {
            return resolver.resolve(read, quotes);
        } catch (RuntimeException e) {
            LOG.warn("{}: resolving entities failed; the article is kept without them", origin, e);
            return new EntityResolver.Resolved(List.of(), quotes.stream().map(q -> new AttributedQuote(q, null)).toList());
        }
    }

    /** An article is worth keeping even when finding its statements fails, so such a failure costs only the statements. */
    private List<Quote> statements(String origin, Annotated annotated) {
        try {
            return attributor.find(annotated);
        } catch (RuntimeException e) {
            LOG.warn("{}: finding statements failed; the article is kept without them", origin, e);
            return List.of();
        }
    }

    public ArticleBudget budget() {
        return budget;
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
