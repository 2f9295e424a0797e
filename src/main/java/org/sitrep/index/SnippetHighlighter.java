package org.sitrep.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** A unified highlighter that hands back the formatter's objects (snippet parts) rather than strings. */
final class SnippetHighlighter extends UnifiedHighlighter {
    SnippetHighlighter(Builder builder) {
        super(builder);
    }

    Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds, int[] passages) throws IOException {
        return highlightFieldsAsObjects(fields, query, docIds, passages);
    }
}
