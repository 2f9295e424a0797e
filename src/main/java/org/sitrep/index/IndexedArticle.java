package org.sitrep.index;

import java.time.LocalDate;
import java.util.List;

/**
 * What the index holds of an article.
 *
 * @param language the article's language as an ISO 639 code without region ("ar", "en"), or {@code null} when unknown
 */
public record IndexedArticle(String id, String title, String text, String outlet, LocalDate published, String language,
                             List<String> entityNames) {
    public IndexedArticle {
        entityNames = List.copyOf(entityNames);
    }
}
