package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.Entity;
import org.sitrep.core.LinkedMention;

/**
 * A word for an institution or a building alone ("Army", "Parliament", "Authorities", "University" of "Al-Azhar Mosque
 * and University"), not the end of a longer name of the article
 * ({@link ArticleNames} joins those), names no particular body: the tagger takes it for a name when it is capitalised
 * at the start of a sentence or as part of a title ("Army spokesman Col. ...", "his Marine lieutenant son": one
 * Marine is a person, the corps is "the Marines"). It is left out. Entities of the
 * knowledge base are never touched. (One-word persons the article never names in full are weighed by
 * {@link LonePersons}: news names the well known by surname alone, "Powell", "Bush", so the words around decide.)
 */
final class LoneNames {
    /** Capitalised words for kinds of body, which the tagger takes for names when they open a sentence or stand alone. */
    private static final Set<String> INSTITUTION_WORDS = Set.of("army", "navy", "marine", "parliament", "police", "authorities",
            "government", "military", "ministry", "cabinet", "court", "embassy", "officials", "forces", "troops", "militants",
            "rebels", "residents", "witnesses", "university", "college", "school", "hospital", "mosque", "church", "cathedral");

    private LoneNames() {
    }

    /** The mentions without lone institution words, in the order given. */
    static List<LinkedMention> apply(List<LinkedMention> linked) {
        List<LinkedMention> out = new ArrayList<>();
        for (LinkedMention m : linked) {
            Entity e = m.entity();
            boolean oneWord = e.kind() == null && !e.name().strip().contains(" ") && !isPronoun(m);
            if (oneWord && INSTITUTION_WORDS.contains(e.name().strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    private static boolean isPronoun(LinkedMention m) {
        String t = m.mention().text();
        return !t.isEmpty() && Character.isLowerCase(t.charAt(0));
    }
}
