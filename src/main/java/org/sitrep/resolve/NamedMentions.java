package org.sitrep.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.core.LinkedMention;

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

    private NamedMentions() {
    }

    /**
     * Whether a mention's text names its entity: no word of it is in lower case, apart from the particles names hold.
     * A word in lower case ("forces", "regime", "he") makes it a description or a pronoun.
     */
    public static boolean isName(String text) {
        for (String w : text.strip().split("\\s+")) {
            if (!w.isEmpty() && w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-' || c == '\'' || c == '\u2019')
                    && !NAME_PARTICLES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The ids of the entities that at least one of {@code mentions} names; empty if none does. */
    public static Set<String> namedEntityIds(List<LinkedMention> mentions) {
        Set<String> ids = new HashSet<>();
        for (LinkedMention m : mentions) {
            if (isName(m.mention().text())) {
                ids.add(m.entity().id());
            }
        }
        return ids;
    }

    /** The mentions that name an entity, in their order; descriptions and pronouns left out. */
    public static List<LinkedMention> names(List<LinkedMention> mentions) {
        return mentions.stream().filter(m -> isName(m.mention().text())).toList();
    }
}
