package org.sitrep.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.sitrep.core.Span;

/**
 * Items that stand at spans of one text, indexed by where they begin, so that the ones inside a sentence are found in
 * time that grows with their own number rather than the article's: a long article asks once for each of thousands of
 * sentences, and a loop over every item each time would make its cost grow with the square of its length. Immutable.
 */
final class SpanIndex<T> {
    private final List<T> items;
    private final Function<T, Span> span;
    /** The items' indices in order of their spans' beginnings. */
    private final int[] order;
    private final int[] begins;

    SpanIndex(List<T> items, Function<T, Span> span) {
        this.items = List.copyOf(items);
        this.span = span;
        this.order = IntStream.range(0, this.items.size()).boxed()
                .sorted(Comparator.comparingInt(i -> span.apply(this.items.get(i)).begin()))
                .mapToInt(Integer::intValue).toArray();
        this.begins = Arrays.stream(order).map(i -> span.apply(this.items.get(i)).begin()).toArray();
    }

    /** The items whose spans lie inside {@code outer}, in the order of the list they were given in; empty if none. */
    List<T> within(Span outer) {
        List<Integer> inside = new ArrayList<>();
        for (int k = firstBeginAtOrAfter(outer.begin()); k < order.length && begins[k] <= outer.end(); k++) {
            if (span.apply(items.get(order[k])).end() <= outer.end()) {
                inside.add(order[k]);
            }
        }
        inside.sort(null);
        return inside.stream().map(items::get).toList();
    }

    private int firstBeginAtOrAfter(int offset) {
        int lo = 0;
        int hi = begins.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (begins[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
