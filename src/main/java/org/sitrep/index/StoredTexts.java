package org.sitrep.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;

/**
 * The stored texts of the articles searched lately, kept decompressed. Reading a stored field decompresses the block
 * of documents around it; for snippets that was a third of the highlighter's time (JFR over mixed requests), spent
 * again each time a search, its next page or its live poll showed the same article. Like Solr's document cache, the
 * texts are keyed by segment and document within it: a segment never changes, and an article that does is written to
 * a new one. The least recently used texts go first once the cache holds {@code maxChars}. Thread-safe.
 */
final class StoredTexts {
    private record Key(Object segment, int doc, String field) {
    }

    private final long maxChars;
    private long chars;
    private final LinkedHashMap<Key, String> texts = new LinkedHashMap<>(256, 0.75f, true);

    /** A cache of at most {@code maxChars} UTF-16 code units of text (0 keeps nothing). */
    StoredTexts(long maxChars) {
        if (maxChars < 0) {
            throw new IllegalArgumentException("maxChars must be >= 0; got: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /**
     * The stored values of {@code fields} of the document {@code doc} of {@code reader} (a top-level doc id), each
     * cut to {@code maxLength} characters; null for a field the document does not store. Single-valued fields only.
     */
    CharSequence[] values(IndexReader reader, int doc, String[] fields, int maxLength) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        var helper = leaf.reader().getCoreCacheHelper();
        Object segment = helper == null ? null : helper.getKey();
        int leafDoc = doc - leaf.docBase;
        CharSequence[] out = new CharSequence[fields.length];
        Document loaded = null;
        for (int i = 0; i < fields.length; i++) {
            Key key = segment == null ? null : new Key(segment, leafDoc, fields[i]);
            String text = key == null ? null : cached(key);
            if (text == null) {
                if (loaded == null) {
                    loaded = leaf.reader().storedFields().document(leafDoc, Set.of(fields));
                }
                text = loaded.get(fields[i]);
                if (text != null && key != null) {
                    keep(key, text);
                }
            }
            out[i] = text == null || text.length() <= maxLength ? text : text.substring(0, maxLength);
        }
        return out;
    }

    private synchronized String cached(Key key) {
        return texts.get(key);
    }

    private synchronized void keep(Key key, String text) {
        if (text.length() > maxChars) {
            return;
        }
        String old = texts.put(key, text);
        chars += text.length() - (old == null ? 0 : old.length());
        var eldest = texts.entrySet().iterator();
        while (chars > maxChars && eldest.hasNext()) {
            Map.Entry<Key, String> e = eldest.next();
            chars -= e.getValue().length();
            eldest.remove();
        }
    }

    /** How many characters the cache holds now. */
    synchronized long size() {
        return chars;
    }
}
