package org.sitrep.nlp;

import org.sitrep.core.Span;

/** Whether a place in a text lies within quotation marks opened earlier in its paragraph. */
final class Quotation {
    private Quotation() {
    }

    static boolean encloses(String text, int at) {
        return opening(text, at) >= 0;
    }

    /**
     * The quotation holding {@code at}, from its opening mark to its closing mark (both included), or to the end of the
     * paragraph when it is not closed there; {@code null} when {@code at} is outside quotation marks.
     */
    static Span around(String text, int at) {
        int open = opening(text, at);
        if (open < 0) {
            return null;
        }
        int lineEnd = text.indexOf('\n', at);
        int end = lineEnd < 0 ? text.length() : lineEnd;
        for (int i = at; i < end; i++) {
            char c = text.charAt(i);
            if (c == '”' || c == '"') {
                return new Span(open, i + 1);
            }
        }
        return new Span(open, end);
    }

    /** The index of the mark that opened the quotation holding {@code at}, -1 when none did. */
    private static int opening(String text, int at) {
        int from = text.lastIndexOf('\n', at - 1) + 1;
        int open = -1;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                open = i;
            } else if (c == '”') {
                open = -1;
            } else if (c == '"') {
                open = open < 0 ? i : -1;
            }
        }
        return open;
    }
}
