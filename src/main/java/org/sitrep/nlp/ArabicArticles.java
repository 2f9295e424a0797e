package org.sitrep.nlp;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Arabic definite article as English texts transliterate it: "al", "el", and the forms it takes before a sun
 * letter ("ad-Dawr", "an-Nusra", "ar-Raqqa", "as-Sukhnah", "ash-Sham", "at-Tanf", "az-Zour"). Names of people, places
 * and groups hold it in lower case, so every stage that tells a name's words from ordinary words needs it; they take it
 * from here, each adding the other small words its own kind of name holds.
 */
public final class ArabicArticles {
    /** The nine spellings, in lower case. */
    public static final Set<String> WORDS = Set.of("al", "el", "ad", "an", "ar", "as", "ash", "at", "az");
    /**
     * The nine spellings as alternatives of a regular expression (no group around them), longest first, so that
     * "ash" is tried before "as" and an alternation followed by a letter still takes the whole article.
     */
    public static final String ALTERNATION = WORDS.stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .collect(Collectors.joining("|"));

    private ArabicArticles() {
    }

    /** The nine spellings together with {@code others}, all as given (lower case expected). */
    public static Set<String> and(String... others) {
        Set<String> all = new LinkedHashSet<>(WORDS);
        all.addAll(List.of(others));
        return Set.copyOf(all);
    }
}
