package org.sitrep.core;

import java.util.List;

/** Everything the pipeline learned from one page, ready to be stored. */
public record Processed(String origin, Annotated annotated, List<LinkedMention> entities, List<AttributedQuote> quotes) {
    public Processed {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
    }

    public Article article() {
        return annotated.article();
    }
}
