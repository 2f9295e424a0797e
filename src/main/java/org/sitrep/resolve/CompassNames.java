package org.sitrep.resolve;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;

/**
 * A region named with a point of the compass as a noun or as an adjective ("East Mediterranean", "Eastern
 * Mediterranean"; "North Africa", "Northern Africa") is one place: English writes both for the same region, and an
 * article that uses both means one. Joined to the form the article uses most, only when it uses both.
 */
final class CompassNames {
    private static final Pattern ADJECTIVE = Pattern.compile("^(North|South|East|West)ern ");
    /** A name opening with a point of the compass, as a noun or an adjective. */
    private static final Pattern COMPASS_NAME = Pattern.compile("(North|South|East|West)(ern)? .+");

    private CompassNames() {
    }

    /** The mentions with each place of one region under its two compass forms linked to one entity, in the order given. */
    static List<LinkedMention> joined(List<LinkedMention> linked) {
        Map<Entity, Integer> mentions = new LinkedHashMap<>();
        for (LinkedMention m : linked) {
            if (m.entity().type() == EntityType.LOCATION && COMPASS_NAME.matcher(m.entity().name()).matches()) {
                mentions.merge(m.entity(), 1, Integer::sum);
            }
        }
        Map<String, Entity> byRegion = new HashMap<>();
        for (Map.Entry<Entity, Integer> e : mentions.entrySet()) {
            byRegion.merge(region(e.getKey().name()), e.getKey(), (a, b) -> mentions.get(b) > mentions.get(a) ? b : a);
        }
        return Relinking.relinked(linked, m -> mentions.containsKey(m.entity()) ? byRegion.get(region(m.entity().name())) : null);
    }

    /** The key of a region's name with its point of the compass as a noun ("east-mediterranean" of "Eastern Mediterranean"). */
    private static String region(String name) {
        return EntityKeys.key(ADJECTIVE.matcher(name).replaceFirst("$1 "));
    }
}
