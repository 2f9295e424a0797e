package org.sitrep.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Values keyed by span, in text order, that can be asked which of them overlap a span without looking at them all:
 * only the keys that begin within the longest key's length before it can reach it. Not thread-safe. (The events
 * stage's {@code SpanIndex} is the other kind: immutable, several items a span, asked which lie inside a span.)
 *
 * @param <V> the value kept for each span
 */
public final class SpanTree<V> {
    private final TreeMap<Span, V> map = new TreeMap<>();
    /** The length of the longest key ever put; keys beginning further back than this end before any later span. */
    private int longest;

    public void put(Span span, V value) {
        map.put(span, value);
        longest = Math.max(longest, span.length());
    }

    /** Whether a key shares at least one character with {@code span}. */
    public boolean overlapsAny(Span span) {
        for (Span key : candidates(span).keySet()) {
            if (key.overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a key overlaps {@code span} without lying inside it. */
    public boolean overlapsOutside(Span span) {
        for (Span key : candidates(span).keySet()) {
            if (key.overlaps(span) && !span.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** The value of the first key in text order that ends within {@code [from, to]}, or {@code null}. */
    public V firstEndingWithin(int from, int to) {
        int back = Math.max(0, from - longest);
        for (var e : map.subMap(new Span(back, back), true, new Span(to, to), true).entrySet()) {
            int end = e.getKey().end();
            if (end >= from && end <= to) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Removes the keys that lie inside {@code span}; returns their values in text order. */
    public List<V> removeWithin(Span span) {
        List<V> removed = new ArrayList<>();
        var within = map.subMap(new Span(span.begin(), span.begin()), true, new Span(span.end(), span.end()), true);
        var it = within.entrySet().iterator();
        while (it.hasNext()) {
            var e = it.next();
            if (span.contains(e.getKey())) {
                removed.add(e.getValue());
                it.remove();
            }
        }
        return removed;
    }

    /** The values in text order of their keys. */
    public Collection<V> values() {
        return map.values();
    }

    /** Keys beginning before {@code span} ends and no further back than the longest key's length. */
    private NavigableMap<Span, V> candidates(Span span) {
        int from = Math.max(0, span.begin() - longest);
        return map.subMap(new Span(from, from), true, new Span(span.end(), span.end()), false);
    }
}
