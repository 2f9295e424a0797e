package org.sitrep.extract;

/** Normalises the white space of extracted text. */
final class CleanText {
    private CleanText() {
    }

    /** Folds runs of white space (no-break and zero-width spaces included) to one space and trims; never null. */
    static String line(String text) {
        if (text == null) {
            return "";
        }
        // Most text arrives folded already (jsoup folds ASCII spaces); a regex here was a sixth of extraction's time,
        // and still a tenth on the whole text of each block (which keeps the page's line breaks and indents).
        return isFolded(text) ? text : folded(text).strip();
    }

    private static String folded(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                inSpace = false;
            } else if (!inSpace) {
                out.append(' ');
                inSpace = true;
            }
        }
        return out.toString();
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

    /** The characters folded: Java's {@code \s}, no-break spaces, the typographic and zero-width spaces. */
    private static boolean isSpace(char c) {
        return c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == ' ' || c == '\u00A0'
                || c >= '\u2000' && c <= '\u200B' || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }
}
