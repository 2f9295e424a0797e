package org.sitrep.core;

/** Which page of a list to return: page from 1, size from 1 to 100, reaching at most the 10,000th item. */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 100;
    /**
     * The deepest item a page may reach. A search collects every hit up to the page asked for, so depth costs time and
     * memory; no reader pages this far (500 pages of 20), and a narrower search or {@code sitrep export} serves better.
     * (Elasticsearch's {@code index.max_result_window} is the same 10,000.)
     */
    public static final int MAX_DEPTH = 10_000;

    public PageRequest {
        if (page < 1) {
            throw new InputException("page", "must be >= 1; got: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InputException("size", "must be between 1 and " + MAX_SIZE + "; got: " + size);
        }
        if ((long) page * size > MAX_DEPTH) {
            throw new InputException("page", "page × size must be at most " + MAX_DEPTH + " (lists reach their first "
                    + MAX_DEPTH + " items; narrow the search instead); got: page " + page + " × size " + size);
        }
    }

    public int offset() {
        return (page - 1) * size;
    }
}
