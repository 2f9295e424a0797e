package org.sitrep.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * A unified highlighter that hands back the formatter's objects (snippet parts) rather than strings, and marks one
 * field (the headline) as a whole rather than in sentences ({@link SentenceBreaks} for the others), and reads the
 * texts through a cache of those shown lately ({@link StoredTexts}).
 */
final class SnippetHighlighter extends UnifiedHighlighter {
    private final String wholeField;
    private final StoredTexts texts;

    SnippetHighlighter(Builder builder, String wholeField, StoredTexts texts) {
        super(builder);
        this.wholeField = wholeField;
        this.texts = texts;
    }

    Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds, int[] passages) throws IOException {
        return highlightFieldsAsObjects(fields, query, docIds, passages);
    }

    /** As Lucene's, which reads the documents' stored fields afresh: a batch of documents up to the chars threshold. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> out = new ArrayList<>();
        int chars = 0;
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            CharSequence[] values = texts.values(searcher.getIndexReader(), doc, fields, getMaxLength());
            out.add(values);
            for (CharSequence v : values) {
                chars += v == null ? 0 : v.length();
            }
            if (chars > cacheCharsThreshold || cacheCharsThreshold == 0) {
                break;
            }
        }
        return out;
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        return wholeField.equals(field) ? new WholeBreakIterator() : new SentenceBreaks();
    }
}
