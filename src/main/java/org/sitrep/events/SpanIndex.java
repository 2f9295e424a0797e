package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.sitrep.core.Span;

/**
 * Items that stand at spans of one text, indexed by where they begin, so that the ones inside a sentence are found in
 * time that grows with their own number rather than the article's: a long article asks once for each of thousands of
 * sentences, and a loop over every item each time would make its cost grow with the square of its length. Immutable.
 * Not a {@link org.sitrep.core.SpanTree}: that keeps one value a span and answers which overlap, where several items here
 * may stand at one span and come back in the order they were given.
 */
final class SpanIndex<T> {
    private final List<T> items;
    private final Function<T, Span> span;
    /** The items' indices in the list, by where their spans begin. */
    private final NavigableMap<Integer, List<Integer>> byBegin = new TreeMap<>();

    SpanIndex(List<T> items, Function<T, Span> span) {
        this.items = List.copyOf(items);
        this.span = span;
        for (int i = 0; i < this.items.size(); i++) {
            byBegin.computeIfAbsent(span.apply(this.items.get(i)).begin(), b -> new ArrayList<>()).add(i);
        }
    }

    /** The items whose spans lie inside {@code outer}, in the order of the list they were given in; empty if none. */
    List<T> within(Span outer) {
        List<Integer> inside = new ArrayList<>();
        for (List<Integer> beginning : byBegin.subMap(outer.begin(), true, outer.end(), true).values()) {
            for (int i : beginning) {
                if (span.apply(items.get(i)).end() <= outer.end()) {
                    inside.add(i);
                }
            }
        }
        inside.sort(null);
        return inside.stream().map(items::get).toList();
    }
}
