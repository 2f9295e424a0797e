package org.sitrep.core;

/**
 * A block quotation of an article: paragraphs {@code first} to {@code last} (indices into
 * {@link Article#paragraphs()}, both included) that the page sets apart as words quoted from one source.
 */
public record BlockQuote(int first, int last) {
    public BlockQuote {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("a block quote needs 0 <= first <= last; got: " + first + " to " + last);
        }
    }
}
