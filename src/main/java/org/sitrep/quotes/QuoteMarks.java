package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.Span;

/**
 * Finds the outermost quoted spans of a text, paragraph by paragraph: “ ” ‘ ’ " ' « » „ “ ‹ ›, mixed pairs (a
 * straight mark closed by a curly one), quotes nested in quotes (kept inside the outer quote), apostrophes told
 * apart from single quotes, and quotes that run over paragraphs (a paragraph that ends inside a quote and a next
 * paragraph that opens with a quote mark continue one quote).
 */
final class QuoteMarks {
    private QuoteMarks() {
    }

    /** Returns the top-level quoted spans of {@code text} within the given paragraphs, in text order. */
    static List<QuotedSpan> find(String text, List<Span> paragraphs) {
        List<QuotedSpan> out = new ArrayList<>();
        int openAt = -1;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            Scan scan = new Scan(text, para, openAt >= 0);
            scan.run(out, openAt);
            openAt = scan.pendingOpen;
            if (openAt >= 0) {
                boolean continues = p + 1 < paragraphs.size() && opensWithQuote(text, paragraphs.get(p + 1));
                if (!continues) {
                    out.add(new QuotedSpan(new Span(openAt, para.end()), trimmed(text, openAt + 1, para.end()), false));
                    openAt = -1;
                }
            }
        }
        return out;
    }

    /** A paragraph that opens with a quote mark continues the open quote, unless a speaker's label follows the mark (a new turn of a transcript). */
    private static boolean opensWithQuote(String text, Span para) {
        return para.length() > 0 && isDoubleOpening(text.charAt(para.begin()))
                && !SPEAKER_LABEL.matcher(text.substring(para.begin() + 1, Math.min(para.end(), para.begin() + 40))).lookingAt();
    }

    /** "WALLACE: ", "Mr. Pence: " at the start of a transcript turn. */
    static final java.util.regex.Pattern SPEAKER_LABEL = java.util.regex.Pattern.compile("(\\p{Lu}[\\p{L}.'’ -]{1,30}):\\s+");

    /** Whether {@code c} can open a quotation: a double or single quotation mark of any style. */
    static boolean isDoubleOpening(char c) {
        return c == '“' || c == '"' || c == '«' || c == '„' || c == '‘' || c == '\'';
    }

    static Span trimmed(String text, int begin, int end) {
        int b = begin;
        int e = end;
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(b, e);
    }

    /** One paragraph's scan. Only outermost quotes matter, so marks inside an open quote are read only to see whether they close it. */
    private static final class Scan {
        private final String text;
        private final Span para;
        private final boolean continuing;
        private int pendingOpen = -1;
        private char openChar;
        /** Curly quotes inside a curly quote (“he calls “hell” home”) open and close before the outer one can close. */
        private int nested;

        Scan(String text, Span para, boolean continuing) {
            this.text = text;
            this.para = para;
            this.continuing = continuing;
        }

        void run(List<QuotedSpan> out, int carriedOpen) {
            int i = para.begin();
            if (continuing) {
                // The paragraph repeats the opening mark of the quote it continues.
                pendingOpen = carriedOpen;
                openChar = text.charAt(i) == '\'' || text.charAt(i) == '‘' ? '"' : text.charAt(i);
                i++;
            }
            for (; i < para.end(); i++) {
                char c = text.charAt(i);
                if (pendingOpen < 0) {
                    if (opens(i, c)) {
                        pendingOpen = i;
                        openChar = c == '”' ? '“' : c;
                        nested = 0;
                    }
                } else if ((openChar == '“' || openChar == '"') && c == '“' && before(i)) {
                    nested++;
                } else if (nested > 0 && c == '”') {
                    nested--;
                } else if (nested == 0 && closesWithTwoSingles(i)) {
                    out.add(new QuotedSpan(new Span(pendingOpen, i + 2), trimmed(text, pendingOpen + 1, i), true));
                    pendingOpen = -1;
                    i++;
                } else if (closes(i, c)) {
                    out.add(new QuotedSpan(new Span(pendingOpen, i + 1), trimmed(text, pendingOpen + 1, i), true));
                    pendingOpen = -1;
                }
            }
        }

        private boolean opens(int i, char c) {
            return switch (c) {
                case '“', '«', '„', '‹' -> true;
                // A closing mark typed where an opening one belongs ("”Fear. I am truly afraid ...”") still opens.
                case '"', '”' -> before(i) && !Character.isWhitespace(charAt(i + 1));
                case '‘', '\'' -> before(i) && Character.isLetterOrDigit(charAt(i + 1));
                default -> false;
            };
        }

        /** Any closing double mark ends a double quote (so a straight mark may close a curly one); single quotes end on a single mark that is no apostrophe. */
        private boolean closes(int i, char c) {
            return switch (openChar) {
                case '‹' -> c == '›';
                case '‘', '\'' -> (c == '’' || c == '\'') && !Character.isLetterOrDigit(charAt(i + 1))
                        && !Character.isWhitespace(charAt(i - 1));
                default -> switch (c) {
                    case '”', '»' -> true;
                    case '“' -> openChar == '„';
                    case '"' -> !before(i) || !Character.isLetterOrDigit(charAt(i + 1));
                    default -> false;
                };
            };
        }

        /**
         * Whether two closing single marks at {@code i} end a double quote, as some pages type one ("“... missile,’’ said
         * Jonathan Spyer"): read as an apostrophe, the quote ran on to the next closing double mark, over the cue.
         */
        private boolean closesWithTwoSingles(int i) {
            boolean single = text.charAt(i) == '’' || text.charAt(i) == '\'';
            return (openChar == '“' || openChar == '"') && single && charAt(i + 1) == text.charAt(i)
                    && !Character.isLetterOrDigit(charAt(i + 2)) && !Character.isWhitespace(charAt(i - 1));
        }

        /** True when the character before position i allows an opening mark: start, space, bracket, dash or another mark. */
        private boolean before(int i) {
            if (i == para.begin()) {
                return true;
            }
            char p = text.charAt(i - 1);
            return Character.isWhitespace(p) || "([{—–-/“\"‘'«„:".indexOf(p) >= 0;
        }

        private char charAt(int i) {
            return i >= para.begin() && i < para.end() ? text.charAt(i) : ' ';
        }
    }
}
