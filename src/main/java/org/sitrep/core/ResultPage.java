package org.sitrep.core;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param page the page number, from 1
 * @param total how many items the whole list has
 */
public record ResultPage<T>(List<T> items, long total, int page, int size) {
    public ResultPage {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return (long) page * size < total;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }
}
