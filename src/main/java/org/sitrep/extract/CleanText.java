package org.sitrep.extract;

import java.util.regex.Pattern;

/** Normalises the white space of extracted text. */
final class CleanText {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");

    private CleanText() {
    }

    /** Folds runs of white space (no-break and zero-width spaces included) to one space and trims; never null. */
    static String line(String text) {
        return text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip();
    }
}
