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
            String[] words = m.entity().name().strip().split("\\s+");
            out.add(words.length > 1 && HEADS.contains(words[words.length - 1]) ? asPlace(m) : m);
        }
        return out;
    }

    /** A point of the compass alone, after "the": "the West" says, "the East" votes. */
    private static final java.util.regex.Pattern COMPASS_ALONE = java.util.regex.Pattern.compile("North|South|East|West");
    private static final java.util.regex.Pattern THE_BEFORE = java.util.regex.Pattern.compile("(?i)\\bthe $");

    /**
     * A capitalised point of the compass alone after "the" ("Iran, which the West says is ...") is a region, whatever
     * type the tagger gave it: it reads a subject of "says" as a person. Known entities keep their type.
     */
    static List<LinkedMention> compassRegions(String text, List<LinkedMention> linked) {
        List<LinkedMention> out = new ArrayList<>(linked.size());
        for (LinkedMention m : linked) {
            int begin = m.mention().span().begin();
            boolean region = COMPASS_ALONE.matcher(m.mention().text()).matches()
                    && THE_BEFORE.matcher(text.substring(Math.max(0, begin - 4), begin)).find();
            out.add(region ? asPlace(m) : m);
        }
        return out;
    }

    /** Plural words for kinds of region, which after names joined by "and" make each of them a place. */
    private static final java.util.regex.Pattern PLURAL = java.util.regex.Pattern.compile(
            "(?i)^ (provinces|governorates|districts|regions|oblasts|counties|states|neighborhoods|neighbourhoods|towns|villages|"
            + "cities|camps|suburbs)\\b");

    /**
     * Names joined by "and" before a plural word for a kind of region are places ("the Al-Anbar and Nineveh Provinces",
     * "Donetsk and Luhansk oblasts", "the Jobar and Qaboun neighborhoods"); the plural word is no part of the last name. Known entities keep their type.
     */
    static List<LinkedMention> coordinated(String text, List<LinkedMention> linked) {
        List<LinkedMention> out = new ArrayList<>(linked);
        out.sort(java.util.Comparator.comparing(m -> m.mention().span()));
        for (int i = 0; i + 1 < out.size(); i++) {
            LinkedMention a = out.get(i);
            LinkedMention b = out.get(i + 1);
            int gap = b.mention().span().begin();
            if (gap < a.mention().span().end() || !text.substring(a.mention().span().end(), gap).equals(" and ")) {
                continue;
            }
            LinkedMention last = withoutPlural(b);
            int end = last.mention().span().end();
            if (last == b && !PLURAL.matcher(text.substring(end, Math.min(text.length(), end + 16))).find()) {
                continue;
            }
            out.set(i, asPlace(a));
            out.set(i + 1, asPlace(last));
        }
        return out;
    }

    /** The mention without a plural word for regions at its end ("Nineveh Provinces"), or the mention itself. */
    private static LinkedMention withoutPlural(LinkedMention m) {
        String t = m.mention().text();
        int space = t.lastIndexOf(' ');
        if (m.entity().kind() != null || space < 0 || !PLURAL.matcher(t.substring(space)).find()) {
            return m;
        }
        String name = t.substring(0, space).strip();
        org.sitrep.core.Span span = new org.sitrep.core.Span(m.mention().span().begin(), m.mention().span().begin() + name.length());
        return new LinkedMention(new org.sitrep.core.Mention(span, name, EntityType.LOCATION), place(name));
    }

    /** The mention as a place of the article's own; a known entity or a place already, the mention itself. */
    private static LinkedMention asPlace(LinkedMention m) {
        Entity e = m.entity();
        if (e.kind() != null || e.type() == EntityType.LOCATION) {
            return m;
        }
        return new LinkedMention(m.mention(), place(e.name()));
    }

    /** A place of the article's own by its name, not one of the knowledge base. */
    static Entity place(String name) {
        return EntityKeys.unknown(EntityType.LOCATION, name);
    }
}
