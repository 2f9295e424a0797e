package org.sitrep.core;

import java.time.Instant;
import java.util.List;

/**
 * An article as stored, with its facts; spans are offsets into {@code article.text()}, or into a caption for the
 * dates and place names that carry its number.
 */
public record StoredArticle(String id, String origin, Instant ingestedAt, Article article, List<Span> sentences,
                            List<LinkedMention> entities, List<DateExpression> dates, List<AttributedQuote> quotes,
                            List<PlaceMention> places, List<Event> events) {
    public StoredArticle {
        events = List.copyOf(events);
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
        quotes = List.copyOf(quotes);
        places = List.copyOf(places);
    }

    /** An article stored without events. */
    public StoredArticle(String id, String origin, Instant ingestedAt, Article article, List<Span> sentences,
                         List<LinkedMention> entities, List<DateExpression> dates, List<AttributedQuote> quotes,
                         List<PlaceMention> places) {
        this(id, origin, ingestedAt, article, sentences, entities, dates, quotes, places, List.of());
    }

    public ArticleSummary summary() {
        return new ArticleSummary(id, article.title(), article.outlet(), article.published(), article.url());
    }
}
