package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

/**
 * Two places' names side by side with no joining word ("Tanta Egypt", "Russia Iran", a dateline's town and country or a
 * headline's list) that the tagger took for one place: two places when the gazetteer knows each part as a town or country
 * by its own name and does not know the whole ("Mexico City", "New Mexico" stay one), and the article also names each
 * part alone. The gazetteer alone is not enough: it has towns called "North", "Bay" and "Tal" ("North Africa",
 * "Guantanamo Bay", "Tal Afar" are one place each).
 */
final class RunTogetherPlaces {
    private RunTogetherPlaces() {
    }

    /** The mentions with each such place split in two at the one point where both parts are settled places, in the order given. */
    static List<Mention> split(String text, List<Mention> mentions, Predicate<String> settledPlace) {
        java.util.Set<String> named = new java.util.HashSet<>();
        mentions.forEach(m -> named.add(m.text()));
        Predicate<String> place = name -> named.contains(name) && settledPlace.test(name);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.addAll(m.type() == EntityType.LOCATION ? parts(text, m, settledPlace, place) : List.of(m));
        }
        return out;
    }

    private static List<Mention> parts(String text, Mention m, Predicate<String> settledPlace, Predicate<String> place) {
        String name = m.text();
        if (!name.matches("\\p{Lu}\\S*(?: \\p{Lu}\\S*)+") || settledPlace.test(name)) {
            return List.of(m);
        }
        List<Mention> out = List.of(m);
        for (int space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
            if (place.test(name.substring(0, space)) && place.test(name.substring(space + 1))) {
                if (out.size() > 1) {
                    return List.of(m);
                }
                Span left = new Span(m.span().begin(), m.span().begin() + space);
                Span right = new Span(m.span().begin() + space + 1, m.span().end());
                out = List.of(Mention.at(text, left, EntityType.LOCATION), Mention.at(text, right, EntityType.LOCATION));
            }
        }
        return out;
    }
}
