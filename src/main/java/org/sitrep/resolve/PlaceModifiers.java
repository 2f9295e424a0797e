package org.sitrep.resolve;

import java.util.Set;
import org.sitrep.core.Span;
import org.sitrep.nlp.ArabicArticles;

/**
 * Lower-case words the knowledge base keeps before a place's name in an alias ("occupied West Bank", "northern Shan
 * State") say something of the place, and are no part of its name: the mention is the name alone, as a job title is
 * no part of a person's name. Particles that open names ("al-Bab", "el Fasher") stay.
 */
final class PlaceModifiers {
    private static final Set<String> PARTICLES = ArabicArticles.and("de", "la", "le");

    private PlaceModifiers() {
    }

    /** The span without the lower-case words that open it, when capitalised words follow them; else {@code span}. */
    static Span trimmed(String text, Span span) {
        int begin = span.begin();
        while (begin < span.end() && Character.isLowerCase(text.charAt(begin))) {
            int space = text.indexOf(' ', begin);
            if (space < 0 || space >= span.end() || PARTICLES.contains(text.substring(begin, space))
                    || !text.substring(begin, space).chars().allMatch(Character::isLetter)) {
                return span;
            }
            begin = space + 1;
        }
        return begin < span.end() && Character.isUpperCase(text.charAt(begin)) ? new Span(begin, span.end()) : span;
    }
}
