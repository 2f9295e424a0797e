package org.sitrep.core;

import java.time.Instant;
import java.util.List;

/** An article as stored, with its facts; spans are offsets into {@code article.text()}. */
public record StoredArticle(String id, String origin, Instant ingestedAt, Article article, List<Span> sentences,
                            List<LinkedMention> entities, List<DateExpression> dates, List<AttributedQuote> quotes,
                            List<PlaceMention> places) {
    public StoredArticle {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
        quotes = List.copyOf(quotes);
        places = List.copyOf(places);
    }

    public ArticleSummary summary() {
        return new ArticleSummary(id, article.title(), article.outlet(), article.published(), article.url());
    }
}
