package org.sitrep.core;

import java.util.List;

/** Everything the pipeline learned from one page, ready to be stored. */
public record Processed(String origin, Annotated annotated, List<LinkedMention> entities) {
    public Processed {
        entities = List.copyOf(entities);
    }

    public Article article() {
        return annotated.article();
    }
}
