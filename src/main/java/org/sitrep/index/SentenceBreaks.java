package org.sitrep.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets, found by looking at the characters around a match only: a sentence ends after
 * {@code .}, {@code !}, {@code ?} or {@code …} (and any closing quotes or brackets) followed by white space and a
 * character that is not a lower-case letter, and at every line break (a paragraph of the stored text). The JDK's
 * sentence iterator gives nearly the same passages but walks its rule tables character by character, which was the
 * largest single cost of a search page (issue 14: a fifth of the page's time in 2026-12 profiles).
 *
 * <p>Offsets are UTF-16 indexes into the text; a boundary is the index of the first character of the next sentence,
 * as {@link BreakIterator} defines it.
 */
final class SentenceBreaks extends BreakIterator {
    private String text = "";
    private int current;

    @Override
    public void setText(String newText) {
        text = newText == null ? "" : newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder b = new StringBuilder();
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            b.append(c);
        }
        setText(b.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public int first() {
        return current = 0;
    }

    @Override
    public int last() {
        return current = text.length();
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public int next() {
        if (current >= text.length()) {
            return DONE;
        }
        return current = nextBoundary(current + 1);
    }

    @Override
    public int next(int n) {
        int result = current;
        for (int i = 0; i < n && result != DONE; i++) {
            result = next();
        }
        for (int i = 0; i > n && result != DONE; i--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int previous() {
        if (current <= 0) {
            return DONE;
        }
        return current = previousBoundary(current - 1);
    }

    /** The first boundary after the offset; the text's end when none is; {@link #DONE} at or past the end. */
    @Override
    public int following(int offset) {
        checkOffset(offset);
        if (offset >= text.length()) {
            current = text.length();
            return DONE;
        }
        return current = nextBoundary(offset + 1);
    }

    /** The last boundary before the offset; 0 when none is; {@link #DONE} at 0. */
    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        if (offset <= 0) {
            current = 0;
            return DONE;
        }
        return current = previousBoundary(offset - 1);
    }

    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        return offset == 0 || offset == text.length() || isBreakAt(offset);
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset must be between 0 and " + text.length() + "; got: " + offset);
        }
    }

    /** The first boundary at or after {@code from} (from >= 1). */
    private int nextBoundary(int from) {
        for (int i = from; i < text.length(); i++) {
            if (isBreakAt(i)) {
                return i;
            }
        }
        return text.length();
    }

    /** The last boundary at or before {@code from}. */
    private int previousBoundary(int from) {
        for (int i = from; i > 0; i--) {
            if (isBreakAt(i)) {
                return i;
            }
        }
        return 0;
    }

    /** Whether a sentence starts at {@code i}: after a line break, or after an ending mark, closers and white space. */
    private boolean isBreakAt(int i) {
        char before = text.charAt(i - 1);
        if (before == '\n' || before == '\r') {
            return before != '\r' || text.charAt(i) != '\n';
        }
        if (!Character.isWhitespace(before) || Character.isWhitespace(text.charAt(i)) || Character.isLowerCase(text.charAt(i))) {
            return false;
        }
        int j = i - 1;
        while (j > 0 && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') {
            j--;
        }
        while (j > 0 && isCloser(text.charAt(j))) {
            j--;
        }
        char end = text.charAt(j);
        return end == '.' || end == '!' || end == '?' || end == '…';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']';
    }
}
