package org.sitrep.core;

/** Where to cut a text short without splitting a word, when it can be helped. */
final class TextCut {
    private TextCut() {
    }

    /**
     * The longest head of {@code text} of at most {@code limit} characters that ends a word (is followed by white
     * space); the whole text when it is no longer than that; empty when {@code limit} is not positive or no word
     * ends within it.
     */
    static String before(String text, int limit) {
        if (limit <= 0) {
            return "";
        }
        if (text.length() <= limit) {
            return text;
        }
        for (int i = limit; i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1))) {
                return text.substring(0, i);
            }
        }
        return "";
    }
}
