package org.sitrep.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.nlp.ArabicArticles;

/**
 * Tells the mentions that name their entity ("Israel Defense Forces", "IDF", "bin Laden") from those that only refer
 * to it: descriptions of known actors and office holders ("Israeli forces", "the Syrian president", "Obama
 * administration") and pronouns. Sitrep links both kinds on purpose, so that "the army said" has a speaker; but an
 * entity the article only describes is not one of the article's named entities, which is how analysts, ACE and CoNLL
 * count them.
 */
public final class NamedMentions {
    /** Words written in lower case inside names ("al-Tanf", "Mark van Uhm", "Project for the New American Century"). */
    private static final Set<String> NAME_PARTICLES = Set.of("of", "the", "for", "and", "on", "in", "at", "to", "al",
            "el", "de", "du", "des", "del", "dela", "della", "da", "das", "do", "di", "dos", "van", "von", "der", "den", "ten",
            "ter", "zu", "bin", "ibn", "bint", "la", "le", "e", "y", "sans", "ul", "ud", "wal", "a");

    /** Arabic and Hebrew particles joined to the word after them by a hyphen ("Abu-Bakr", "ash-Sham", "Ben-Gurion"). */
    private static final Set<String> LEADING_PARTICLES = ArabicArticles.and("abu", "abd", "abdel", "abdul", "ben", "umm", "um",
            "ould", "mac", "mc", "o");
    private static final Set<Character> HYPHENS = Set.of('-', '\u2010', '\u2011', '\u2013');

    private NamedMentions() {
    }

    /**
     * Whether a mention's text names its entity: it is no pronoun, and no word of it is in lower case, apart from the
     * particles names hold. A word in lower case ("forces", "regime", "he") makes it a description or a pronoun; "He"
     * opening a sentence is a pronoun all the same.
     */
    public static boolean isName(String text) {
        if (PronounMentions.isPronoun(text.strip())) {
            return false;
        }
        for (String w : text.strip().split("\\s+")) {
            if (!w.isEmpty() && w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-' || c == '\'' || c == '\u2019')
                    && !NAME_PARTICLES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a mention names its entity in {@code text}, the article's clean text its span points into: its words are a
     * name ({@link #isName}) that stands on its own, not fused by a hyphen to another word. A name so fused modifies that
     * word as an adjective does ("US-backed militias", "anti-Israel groups", "Nuremberg-style rallies", "the
     * Pakistan-Bangladesh war", "the Paris-Dakar rally") and names no entity of the article, as demonyms do not. A span
     * that does not hold the mention's text in {@code text} (a caption's) is judged by its words alone.
     */
    public static boolean isName(LinkedMention m, String text) {
        if (!isName(m.mention().text()) || isOfficeOfPerson(m)) {
            return false;
        }
        int b = m.mention().span().begin();
        int e = m.mention().span().end();
        if (text == null || e > text.length() || !text.startsWith(m.mention().text(), b)) {
            return true;
        }
        return !fusedAfter(text, e) && !fusedBefore(text, b);
    }

    /**
     * Whether a person's mention opens with the definite article ("the Supreme Leader of Iran", "The Prime Minister"):
     * English gives a person's name no article, so such a mention names the office the person holds, a description
     * as "the president" is, however it is capitalised. Places and organisations take one in their names ("the
     * Pentagon", "the Times").
     */
    private static boolean isOfficeOfPerson(LinkedMention m) {
        return m.entity().type() == EntityType.PERSON
                && m.mention().text().strip().toLowerCase(Locale.ROOT).startsWith("the ");
    }

    private static boolean fusedAfter(String text, int end) {
        if (end + 1 >= text.length() || !HYPHENS.contains(text.charAt(end)) || !Character.isLetter(text.charAt(end + 1))) {
            return false;
        }
        int w = end + 1;
        while (w < text.length() && Character.isLetter(text.charAt(w))) {
            w++;
        }
        return !NAME_PARTICLES.contains(text.substring(end + 1, w).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean fusedBefore(String text, int begin) {
        if (begin < 2 || !HYPHENS.contains(text.charAt(begin - 1)) || !Character.isLetter(text.charAt(begin - 2))) {
            return false;
        }
        int w = begin - 1;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        // "al-Jaafari", "Abu-Bakr": a particle before the hyphen is part of the name.
        return !NAME_PARTICLES.contains(text.substring(w, begin - 1).toLowerCase(java.util.Locale.ROOT))
                && !LEADING_PARTICLES.contains(text.substring(w, begin - 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** The ids of the entities that at least one of {@code mentions} names in {@code text}; empty if none does. */
    public static Set<String> namedEntityIds(List<LinkedMention> mentions, String text) {
        Set<String> ids = new HashSet<>();
        for (LinkedMention m : mentions) {
            if (isName(m, text)) {
                ids.add(m.entity().id());
            }
        }
        return ids;
    }

    /** The mentions that name an entity in {@code text}, in their order; descriptions, pronouns and modifiers left out. */
    public static List<LinkedMention> names(List<LinkedMention> mentions, String text) {
        return mentions.stream().filter(m -> isName(m, text)).toList();
    }
}
