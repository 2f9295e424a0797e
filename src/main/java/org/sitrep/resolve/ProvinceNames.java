package org.sitrep.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;

/**
 * A province named with its word for the kind of region ("Hama Province", "Daraa Governorate") is the place the article
 * also names by its name alone ("Hama"): news writes the province and its capital by one name and adds the word where
 * it means the province, and the field gold keeps one entity for both ("Wardak province", "Wardak"; "Hama Province",
 * "Hama"). Joined only when the article names the shorter place too, so a province named alone keeps its full name.
 */
final class ProvinceNames {
    /** A name of a place, then a capitalised word for a province ("Hama Province", "Idlib Governorate"). */
    private static final Pattern PROVINCE = Pattern.compile("(.+?)\\s+(?:Province|Governorate)");

    private ProvinceNames() {
    }

    /** The mentions with each "X Province" linked to the article's place named X, in the order given. */
    static List<LinkedMention> joined(List<LinkedMention> linked) {
        Map<String, Entity> places = new HashMap<>();
        for (LinkedMention m : linked) {
            Entity e = m.entity();
            if (e.type() == EntityType.LOCATION && !PROVINCE.matcher(e.name()).matches()) {
                places.putIfAbsent(EntityKeys.key(m.mention().text()), e);
                places.putIfAbsent(EntityKeys.key(e.name()), e);
            }
        }
        return Relinking.relinked(linked, m -> m.entity().type() == EntityType.LOCATION ? shorter(m.entity().name(), places) : null);
    }

    /** The article's place that {@code name} is the province of, or null. */
    private static Entity shorter(String name, Map<String, Entity> places) {
        Matcher p = PROVINCE.matcher(name);
        return p.matches() ? places.get(EntityKeys.key(p.group(1))) : null;
    }
}
