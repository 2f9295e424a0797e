package org.sitrep.resolve;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A one-word name with a capital inside it ("YouGov", "PayPal", "BlackRock", "OpenAI", "SpaceX") is a company's or a site's: people and
 * places are not written so, apart from the surname prefixes that keep their own capital ("McCain", "MacArthur",
 * "DeSantis", "LaGuardia", "DiCaprio", "O'Neil"). The tagger reads such a word by its parts, often as a person.
 */
final class BrandNames {
    /** A capitalised run of letters, then a capital inside the same word: a part after it, or capitals closing it ("OpenAI"). */
    private static final Pattern INNER_CAPITAL = Pattern.compile("(\\p{Lu}\\p{Ll}+)\\p{Lu}(?:\\p{Ll}+\\p{L}*|\\p{Lu}*)");
    /**
     * Prefixes of surnames written with the next part capitalised. Apart from the particles written as words of their
     * own ({@link org.sitrep.nlp.ArabicArticles}, {@link NamedMentions}): these are capitalised and fused to the part
     * after them, and spelt as one word they cannot be mistaken for English words ("De", "La").
     */
    private static final Set<String> SURNAME_PREFIXES = Set.of("Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von",
            "Fitz", "Del", "Della", "Des", "Dos", "Abu", "Abd", "Abdel", "Abdul", "Ben", "Bin", "Ibn", "Al", "El", "St", "Ter", "Ten");

    private BrandNames() {
    }

    /** Whether {@code name} is one word with a capital inside it after a part that no surname opens with. */
    static boolean isBrand(String name) {
        Matcher m = INNER_CAPITAL.matcher(name);
        return m.matches() && !SURNAME_PREFIXES.contains(m.group(1));
    }
}
