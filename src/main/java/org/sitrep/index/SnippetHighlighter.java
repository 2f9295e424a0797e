package org.sitrep.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * A unified highlighter that hands back the formatter's objects (snippet parts) rather than strings, and marks one
 * field (the headline) as a whole rather than in sentences ({@link SentenceBreaks} for the others).
 */
final class SnippetHighlighter extends UnifiedHighlighter {
    private final String wholeField;

    SnippetHighlighter(Builder builder, String wholeField) {
        super(builder);
        this.wholeField = wholeField;
    }

    Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds, int[] passages) throws IOException {
        return highlightFieldsAsObjects(fields, query, docIds, passages);
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        return wholeField.equals(field) ? new WholeBreakIterator() : new SentenceBreaks();
    }
}
