package org.sitrep.store;

import java.util.List;
import org.sitrep.core.EntitySummary;

/**
 * The entities named in the same articles as one entity, counted over its newest articles: every one of them, or its
 * newest {@link CoMentionCounts#ARTICLES_READ} when it has more (an entity in 40,000 articles would otherwise cost a
 * count of 300,000 mentions on every visit to its page).
 *
 * @param entities     the others, most shared articles first, then most mentions, then by id
 * @param articlesRead the entity's articles that were counted
 * @param cut          whether the entity has more articles than were counted
 * @param pairs        for two of {@code entities} named together in those articles, how many of them name both; each
 *                     pair once, most shared first
 */
public record CoMentions(List<EntitySummary> entities, int articlesRead, boolean cut, List<SharedArticles> pairs) {
    public static final CoMentions NONE = new CoMentions(List.of(), 0, false, List.of());

    /** Two entities and the counted articles that name both. */
    public record SharedArticles(String first, String second, long articles) {
    }

    public CoMentions {
        entities = List.copyOf(entities);
        pairs = List.copyOf(pairs);
    }
}
