package org.sitrep.core;

/** Which page of a list to return: page from 1, size from 1 to 100. */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 1) {
            throw new InputException("page", "must be >= 1; got: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InputException("size", "must be between 1 and " + MAX_SIZE + "; got: " + size);
        }
    }

    public int offset() {
        return (page - 1) * size;
    }
}
