package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;

/**
 * A name of the tagger that ends in a word for a kind of place ("Scarborough Shoal", "Subi Reef", "West 23rd Street")
 * is a place, whatever type the tagger gave it: the tagger reads an unfamiliar name by its first words, and a person
 * or organisation is seldom named so. Known entities keep their type.
 */
final class PlaceWords {
    private static final Set<String> HEADS = Set.of("Shoal", "Reef", "Island", "Islands", "Sea", "Ocean", "River",
            "Mountain", "Mountains", "Valley", "Province", "Governorate", "District", "Street", "Avenue", "Road", "Square",
            "Bridge", "Gulf", "Bay", "Strait", "Peninsula", "Desert", "Lake", "Heights", "Hills");

    private PlaceWords() {
    }

    /** The mentions with names ending in a word for a place typed as places, in the order given. */
    static List<LinkedMention> apply(List<LinkedMention> linked) {
        List<LinkedMention> out = new ArrayList<>(linked.size());
        for (LinkedMention m : linked) {
            Entity e = m.entity();
            String[] words = e.name().strip().split("\\s+");
            if (e.kind() == null && e.type() != EntityType.LOCATION && words.length > 1 && HEADS.contains(words[words.length - 1])) {
                out.add(new LinkedMention(m.mention(), new Entity(EntityKeys.id(EntityType.LOCATION, e.name()), e.name(), EntityType.LOCATION, null)));
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
