package org.sitrep.index;

import java.time.LocalDate;
import java.util.List;

/**
 * What the index holds of an article.
 *
 * @param language    the article's language as an ISO 639 code without region ("ar", "en"), or {@code null} when unknown
 * @param entityNames the names and spellings of the entities it mentions, searched as words
 * @param facets      its entities, their kinds, its places and speakers, to count and filter by; outlet, language and
 *                    month are taken from the fields above
 */
public record IndexedArticle(String id, String title, String text, String outlet, LocalDate published, String language,
                             List<String> entityNames, List<FacetEntry> facets) {
    public IndexedArticle {
        entityNames = List.copyOf(entityNames);
        facets = List.copyOf(facets);
    }

    /** An article without facet values. */
    public IndexedArticle(String id, String title, String text, String outlet, LocalDate published, String language,
                          List<String> entityNames) {
        this(id, title, text, outlet, published, language, entityNames, List.of());
    }
}
