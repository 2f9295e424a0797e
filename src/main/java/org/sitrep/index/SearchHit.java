package org.sitrep.index;

import java.time.LocalDate;
import java.util.List;

/** One matching article with a snippet of its text around the matches. */
public record SearchHit(String id, String title, String outlet, LocalDate published, List<SnippetPart> snippet) {
    public SearchHit {
        snippet = List.copyOf(snippet);
    }
}
