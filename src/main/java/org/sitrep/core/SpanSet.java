package org.sitrep.core;

import java.util.Arrays;
import java.util.Collection;

/**
 * Spans that can be asked, in logarithmic time, whether any of them overlaps a given span: what a loop over every
 * span would answer, without making a long article's cost grow with the square of its length. Immutable.
 */
public final class SpanSet {
    private final int[] begins;
    /** {@code reach[i]}: the furthest end among the first {@code i + 1} spans in order of their beginning. */
    private final int[] reach;

    public SpanSet(Collection<Span> spans) {
        Span[] sorted = spans.toArray(new Span[0]);
        Arrays.sort(sorted);
        begins = new int[sorted.length];
        reach = new int[sorted.length];
        int furthest = Integer.MIN_VALUE;
        for (int i = 0; i < sorted.length; i++) {
            begins[i] = sorted[i].begin();
            furthest = Math.max(furthest, sorted[i].end());
            reach[i] = furthest;
        }
    }

    /** Whether any span of the set overlaps {@code span} (shares at least one character with it). */
    public boolean overlapsAny(Span span) {
        int before = firstBeginAtOrAfter(span.end());
        // Spans beginning before span.end() overlap it when one of them ends after span.begin(); reach is non-decreasing.
        return before > 0 && reach[before - 1] > span.begin();
    }

    /** Whether a span of the set holds all of {@code span}. */
    public boolean containsAny(Span span) {
        int upTo = firstBeginAtOrAfter(span.begin() + 1);
        // Spans beginning at or before span.begin() hold it when one of them reaches span.end().
        return upTo > 0 && reach[upTo - 1] >= span.end();
    }

    private int firstBeginAtOrAfter(int offset) {
        return Bisection.first(begins.length, i -> begins[i] >= offset);
    }
}
