package org.sitrep.core;

/**
 * A half-open range {@code [begin, end)} of UTF-16 code units in an article's clean text.
 */
public record Span(int begin, int end) implements Comparable<Span> {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("span must satisfy 0 <= begin <= end; got: [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    /** Returns the covered characters of {@code text}. */
    public String of(String text) {
        return text.substring(begin, end);
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }
}
