package org.sitrep.extract;

import java.util.regex.Pattern;

/** Normalises the white space of extracted text. */
final class CleanText {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");

    private CleanText() {
    }

    /** Folds runs of white space (no-break and zero-width spaces included) to one space and trims; never null. */
    static String line(String text) {
        if (text == null) {
            return "";
        }
        // Most text arrives folded already (jsoup folds ASCII spaces); the regex was a sixth of extraction's time.
        return isFolded(text) ? text : SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static boolean isFolded(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(n - 1))
                || Character.isSpaceChar(text.charAt(0)) || Character.isSpaceChar(text.charAt(n - 1))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ' ? text.charAt(i + 1) == ' ' : isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /** The characters {@link #SPACES} folds. */
    private static boolean isSpace(char c) {
        return c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == ' ' || c == '\u00A0'
                || c >= '\u2000' && c <= '\u200B' || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }
}
