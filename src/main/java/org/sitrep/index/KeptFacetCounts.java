package org.sitrep.index;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;

/**
 * The facet counts and totals of the searches run lately, kept while the index reader they were counted on is the current one:
 * the pages, orders and live polls of one search then count its facets once (a fifth of a search for "Islamic State",
 * JFR). A reader never changes, and a new one is opened when articles are written, so a kept count is never stale.
 * Holds the most recently used {@code capacity} counts. Thread-safe.
 */
final class KeptFacetCounts {
    private record Key(Object reader, Query query) {
    }

    private final Map<Key, FacetTally.Tally> kept;

    KeptFacetCounts(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1; got: " + capacity);
        }
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, FacetTally.Tally> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The counts kept for {@code query} on {@code reader}; null when none are. */
    FacetTally.Tally get(IndexReader reader, Query query) {
        Key key = key(reader, query);
        if (key == null) {
            return null;
        }
        synchronized (kept) {
            return kept.get(key);
        }
    }

    /** Keeps complete counts (not those of a search stopped by its time limit) for {@code query} on {@code reader}. */
    void put(IndexReader reader, Query query, FacetTally.Tally counts) {
        Key key = key(reader, query);
        if (key != null) {
            synchronized (kept) {
                kept.put(key, counts);
            }
        }
    }

    private static Key key(IndexReader reader, Query query) {
        var helper = reader.getReaderCacheHelper();
        return helper == null ? null : new Key(helper.getKey(), query);
    }
}
