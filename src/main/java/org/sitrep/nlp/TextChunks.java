package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.Article;
import org.sitrep.core.Span;

/**
 * Cuts a text into parts of at most {@link #MAX_CHARS} characters for annotation, at paragraph breaks (where no
 * sentence crosses, since a blank line always ends one), else at the end of a sentence, else at a space. A text no
 * longer than that is one part, read exactly as it would be whole.
 */
final class TextChunks {
    static final int MAX_CHARS = 20_000;

    private TextChunks() {
    }

    /** The parts, in order, covering the whole text; one empty part for an empty text. */
    static List<Span> of(String text) {
        return of(text, MAX_CHARS);
    }

    /** Where a part that begins at {@code begin} ends: the text's end if the rest fits in {@code maxChars}. */
    static int end(String text, int begin, int maxChars) {
        return text.length() - begin <= maxChars ? text.length() : cut(text, begin, begin + maxChars);
    }

    /** The parts of at most {@code maxChars} characters each. */
    static List<Span> of(String text, int maxChars) {
        List<Span> out = new ArrayList<>();
        int begin = 0;
        do {
            int end = end(text, begin, maxChars);
            out.add(new Span(begin, end));
            begin = end;
        } while (begin < text.length());
        return out;
    }

    /** Where to end a part that begins at {@code begin} and may not pass {@code limit}; always after {@code begin}. */
    private static int cut(String text, int begin, int limit) {
        int paragraph = text.lastIndexOf(Article.PARAGRAPH_SEPARATOR, limit - Article.PARAGRAPH_SEPARATOR.length());
        if (paragraph > begin) {
            return paragraph;
        }
        int space = -1;
        for (int i = limit - 1; i > begin; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                char before = text.charAt(i - 1);
                if (before == '.' || before == '?' || before == '!') {
                    return i;
                }
                if (space < 0) {
                    space = i;
                }
            }
        }
        // No space in a whole part: cut anywhere, but not between the two halves of a surrogate pair.
        return space > begin ? space : Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }
}
