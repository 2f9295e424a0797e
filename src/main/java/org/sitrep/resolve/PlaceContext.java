package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;

/**
 * An organisation of the tagger that the article puts things in, near or outside of, without an article before it,
 * more than once ("in al-Tanf", "near al-Tanf"), is a place: one says "in the Army" or "in Hamas" of a body, and the
 * tagger reads unfamiliar place names ("al-Tanf", "McKees Rocks") as organisations. Known entities keep their type.
 */
final class PlaceContext {
    /** A locative preposition right before the name, with no article between. */
    private static final Pattern LOCATIVE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:in|near|outside|across|around|into)\\s+$");
    /** How many mentions after a locative preposition make an organisation a place. */
    private static final int MIN_LOCATIVE_MENTIONS = 2;
    private static final int LOOKBEHIND_CHARS = 12;

    private PlaceContext() {
    }

    /** The mentions with organisations the article uses as places typed as places, in the order given. */
    static List<LinkedMention> apply(String text, List<LinkedMention> linked) {
        Map<Entity, Integer> locative = new HashMap<>();
        for (LinkedMention m : linked) {
            Entity e = m.entity();
            if (e.kind() == null && e.type() == EntityType.ORGANIZATION) {
                int begin = m.mention().span().begin();
                String before = text.substring(Math.max(0, begin - LOOKBEHIND_CHARS), begin);
                locative.merge(e, LOCATIVE.matcher(before).find() ? 1 : 0, Integer::sum);
            }
        }
        Map<Entity, Entity> places = new HashMap<>();
        locative.forEach((e, n) -> {
            if (n >= MIN_LOCATIVE_MENTIONS) {
                places.put(e, new Entity(EntityKeys.id(EntityType.LOCATION, e.name()), e.name(), EntityType.LOCATION, null));
            }
        });
        if (places.isEmpty()) {
            return linked;
        }
        List<LinkedMention> out = new ArrayList<>();
        for (LinkedMention m : linked) {
            Entity place = places.get(m.entity());
            out.add(place == null ? m : new LinkedMention(m.mention(), place));
        }
        return out;
    }
}
