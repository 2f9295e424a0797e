package org.sitrep.resolve;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

/**
 * An adjective of direction before a known place's name says where in that place, capitalised ("Northern Syria",
 * "Eastern Ukraine") as in lower case ("northern Syria"): the place named is the known one, and the adjective is no part
 * of its name, as the annotation guide leaves descriptions out. A whole that is a place of its own name (Northern
 * Ireland, Western Sahara, Eastern Ghouta) stays whole. The nouns of the compass ("North Korea", "East Jerusalem") make
 * names of their own and are left to {@link DirectionNames}.
 */
final class RegionNames {
    private static final Pattern DIRECTION = Pattern.compile("^(?:Northern|Southern|Eastern|Western|Central|North-?[Ee]astern"
            + "|North-?[Ww]estern|South-?[Ee]astern|South-?[Ww]estern) ");

    private RegionNames() {
    }

    /**
     * The place's own name within {@code m} when {@code m} is a place written after an adjective of direction, that
     * {@code knownPlace} knows without the adjective and neither it nor {@code settledPlace} knows with it; else {@code m}.
     */
    static Mention trimmed(Mention m, Predicate<String> knownPlace, Predicate<String> settledPlace) {
        if (m.type() != EntityType.LOCATION) {
            return m;
        }
        Matcher d = DIRECTION.matcher(m.text());
        if (!d.find() || knownPlace.test(m.text()) || settledPlace.test(m.text())) {
            return m;
        }
        String rest = m.text().substring(d.end());
        if (!knownPlace.test(rest)) {
            return m;
        }
        Span span = new Span(m.span().begin() + d.end(), m.span().end());
        return new Mention(span, rest, EntityType.LOCATION);
    }
}
