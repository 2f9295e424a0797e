package org.sitrep.index;

import java.time.LocalDate;
import java.util.List;

/** What the index holds of an article. */
public record IndexedArticle(String id, String title, String text, String outlet, LocalDate published, List<String> entityNames) {
    public IndexedArticle {
        entityNames = List.copyOf(entityNames);
    }
}
