package org.sitrep.spark;

import java.io.Serializable;
import java.util.Comparator;

/** An event of an article: the article's place in the input and the event's position in it. */
record EventKey(long order, int ordinal) implements Serializable, Comparable<EventKey> {
    private static final Comparator<EventKey> INPUT_ORDER = Comparator.comparingLong(EventKey::order)
            .thenComparingInt(EventKey::ordinal);

    @Override
    public int compareTo(EventKey other) {
        return INPUT_ORDER.compare(this, other);
    }
}
