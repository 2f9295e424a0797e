package org.sitrep.nlp;

import java.util.regex.Pattern;

/**
 * A locative preposition right before a name, with no article between ("in al-Tanf", "near Jobar"): one puts things in
 * or near a place, and hardly ever in or near a person, so the words mark the name that follows as a place's, unless
 * the name is an owner's ("in Belgrano's encampment").
 */
public final class Locatives {
    private static final Pattern LOCATIVE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:in|near|outside|across|around|into)\\s+$");
    private static final int LOOKBEHIND_CHARS = 16;

    private Locatives() {
    }

    /** Whether a locative preposition stands right before offset {@code begin} of {@code text} (UTF-16). */
    public static boolean before(String text, int begin) {
        return LOCATIVE.matcher(text.substring(Math.max(0, begin - LOOKBEHIND_CHARS), begin)).find();
    }

    /** Whether the name ending at offset {@code end} is an owner's: "'s" or "’s" follows, perhaps after a space. */
    public static boolean possessiveAfter(String text, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 3)).stripLeading();
        return after.startsWith("'s") || after.startsWith("’s");
    }
}
