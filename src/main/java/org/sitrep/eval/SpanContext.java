package org.sitrep.eval;

import org.sitrep.core.Span;

/** How an error list shows where a span stands: the words around it, the span itself in brackets, on one line. */
final class SpanContext {
    private SpanContext() {
    }

    /**
     * Up to {@code chars} characters of {@code text} on each side of {@code span}, the span in brackets, every run of
     * white space (line breaks included) as one space.
     */
    static String around(String text, Span span, int chars) {
        String before = text.substring(Math.max(0, span.begin() - chars), span.begin());
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + chars));
        return (before + "[" + span.of(text) + "]" + after).replaceAll("\\s+", " ");
    }
}
