package org.sitrep.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How far a heading and a page's titles speak of the same thing, judged by the words they share. */
final class HeadlineWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{3,}");
    /** At least this share of the heading's words must be in the titles: headlines and social titles are often worded apart. */
    static final double MIN_SHARED = 0.3;

    private HeadlineWords() {
    }

    /** The share of the heading's words that are in the titles, 0 when it has none. */
    static double shared(String heading, String titles) {
        Set<String> words = words(heading);
        if (words.isEmpty()) {
            return 0;
        }
        Set<String> reference = words(titles);
        long shared = words.stream().filter(reference::contains).count();
        return (double) shared / words.size();
    }

    /** The text's letters and digits in lower case, words split by one space: "Dec. 18 — Talks!" gives "dec 18 talks". */
    static String letters(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
