package org.sitrep.index;

import java.time.LocalDate;
import java.util.List;

/**
 * One matching article with a snippet of its text around the matches.
 *
 * @param titleParts the headline with the words that matched it marked; one unmarked part when none did
 */
public record SearchHit(String id, String title, String outlet, LocalDate published, List<SnippetPart> snippet,
                        List<SnippetPart> titleParts) {
    public SearchHit {
        snippet = List.copyOf(snippet);
        titleParts = List.copyOf(titleParts);
    }

    /** A hit whose headline shows no matches. */
    public SearchHit(String id, String title, String outlet, LocalDate published, List<SnippetPart> snippet) {
        this(id, title, outlet, published, snippet, List.of(new SnippetPart(title, false)));
    }
}
