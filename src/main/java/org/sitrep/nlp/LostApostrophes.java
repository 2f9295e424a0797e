package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

/**
 * Mends the tagger's names that ran on into a place's possessive written without its apostrophe, as pages that lost
 * their apostrophes write it: "Aleppo Syrias largest city" (for "Aleppo, Syria's"), "the Islamic Front Syrias largest
 * rebel coalition", "Shaar Syrias interior minister". The possessive is no word of the name before it: it names the
 * place, and a word in lower case, the thing the place has, follows it.
 */
final class LostApostrophes {
    private LostApostrophes() {
    }

    /**
     * The mentions, each name whose last word is a known place's name with an "s" after it and a word in lower case
     * after the name cut before that word, and that word's place added as a place of its own (its span without the
     * "s"). {@code lookup} gives the knowledge base's actor of a name, empty when it knows none.
     */
    static List<Mention> mended(String text, List<Mention> tagged, Function<String, Optional<Actor>> lookup) {
        List<Mention> out = new ArrayList<>(tagged.size());
        for (Mention m : tagged) {
            int space = m.text().lastIndexOf(' ');
            String last = m.text().substring(space + 1);
            if (space <= 0 || !possessiveShape(last) || !beforeLowerCaseWord(text, m.span().end())
                    || lookup.apply(last).isPresent() || !namesPlace(last, lookup)) {
                out.add(m);
                continue;
            }
            Span name = new Span(m.span().begin(), m.span().begin() + m.text().substring(0, space).stripTrailing().length());
            Span place = new Span(m.span().end() - last.length(), m.span().end() - 1);
            out.add(Mention.at(text, name, m.type()));
            out.add(Mention.at(text, place, EntityType.LOCATION));
        }
        return out;
    }

    /**
     * Whether {@code word} is a capitalised word of at least four characters ending in "s" whose stem without that "s" is
     * a place the knowledge base knows ("Syrias", "Iraqs"): a place's possessive that lost its apostrophe.
     */
    static boolean namesPlace(String word, Function<String, Optional<Actor>> lookup) {
        return word.length() >= 4 && Character.isUpperCase(word.charAt(0)) && word.endsWith("s")
                && lookup.apply(word.substring(0, word.length() - 1)).filter(a -> a.type() == EntityType.LOCATION).isPresent();
    }

    /** A capitalised word of letters ending in one "s" ("Syrias", not "Swiss" nor "US"). */
    private static boolean possessiveShape(String word) {
        return !word.endsWith("ss") && word.chars().skip(1).allMatch(Character::isLowerCase);
    }

    /** Whether a space and a word in lower case follow {@code end}. */
    private static boolean beforeLowerCaseWord(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isLowerCase(text.charAt(end + 1));
    }
}
