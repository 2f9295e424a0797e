package org.sitrep.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers of aggregate queries kept until the stored articles change: each answer is kept with the article sequence
 * number read before it was computed, and is given again only while that number is still the latest. Since every
 * change to the articles, their entities or their mentions takes a new number, a kept answer is never older than the
 * data. Holds the most recently used {@code capacity} answers. Thread-safe.
 *
 * @param <V> the answer
 */
public final class SequenceMemo<V> {
    private record Kept<V>(long sequence, V value) {
    }

    /** Computes an answer (on the connection it was given, for the store's own memos). */
    @FunctionalInterface
    public interface Query<V, E extends Exception> {
        V run() throws E;
    }

    private final Map<String, Kept<V>> kept;

    public SequenceMemo(int capacity) {
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Kept<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The answer for {@code key} at {@code sequence} (read before calling, so that an answer computed after a later
     * change is only ever labelled older than it is, and computed again), computing it when none is kept for that number.
     */
    public <E extends Exception> V get(String key, long sequence, Query<V, E> query) throws E {
        synchronized (kept) {
            Kept<V> k = kept.get(key);
            if (k != null && k.sequence() == sequence) {
                return k.value();
            }
        }
        V value = query.run();
        synchronized (kept) {
            Kept<V> k = kept.get(key);
            if (k == null || k.sequence() <= sequence) {
                kept.put(key, new Kept<>(sequence, value));
            }
        }
        return value;
    }

    /** The answer kept for {@code key} at {@code sequence}, or null when none is (nothing is computed). */
    public V kept(String key, long sequence) {
        synchronized (kept) {
            Kept<V> k = kept.get(key);
            return k != null && k.sequence() == sequence ? k.value() : null;
        }
    }
}
