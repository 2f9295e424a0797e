package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.nlp.CommonWords;

/**
 * A place's name written before a noun for people or for a body of a state modifies the noun as a nationality word
 * would ("U.S. officials", "the U.S. government", "a Union County prosecutor"): it says whose they are, and like a
 * nationality word it is no mention of the place (the annotation guide's adjectives). Before other nouns the name
 * still says where things happen ("the Khan Sheikhoun attack", "Idlib province", "Gaza residents"); before a word that
 * may be a verb the place may be its subject ("Israel attacks", "Iran said").
 */
final class AttributiveNames {
    /** Bodies of a state, which the animacy list does not hold as beings. */
    private static final Set<String> BODIES = Set.of("government", "administration", "military", "army", "navy",
            "court", "courts", "embassy", "consulate", "ministry", "parliament", "congress", "intelligence", "authorities",
            "police", "forces", "troops", "regime", "officialdom", "media", "delegation", "team", "side");
    /** Nouns after a place's name that make a place or its people of it: the name then says where. */
    private static final Set<String> WHERE = Set.of("province", "provinces", "region", "regions", "city", "district",
            "districts", "county", "governorate", "area", "areas", "border", "borders", "countryside", "village", "villages",
            "town", "towns", "capital", "state", "states", "oblast", "camp", "camps", "airport", "crossing", "crossings", "coast",
            "coastline", "enclave", "strip", "suburb", "suburbs", "outskirts", "neighborhood", "neighbourhood", "port", "harbor",
            "harbour", "base", "front", "frontline", "valley", "desert", "mountains", "hospital", "prison", "square", "street",
            "road", "highway", "checkpoint", "sector", "zone", "corridor", "river", "island", "islands", "peninsula",
            "municipality", "resident", "residents", "native", "natives", "territory", "territories", "mainland",
            "east", "west", "north", "south", "center", "centre");

    /** Words of the noun lists that follow a subject or object as adverbs ("Iran last week", "Syria alone"). */
    private static final Set<String> ADVERBS = Set.of("last", "next", "while", "today", "tonight", "yesterday", "tomorrow",
            "alone", "first", "later", "earlier", "meanwhile", "only", "back", "home", "late", "early", "long", "more", "less",
            "most", "much", "well", "further", "overnight", "weekly", "daily", "several", "many", "few", "one", "own");

    private AttributiveNames() {
    }

    /** The mentions without places' names written as modifiers of a common noun, in the order given. */
    static List<LinkedMention> without(String text, List<LinkedMention> linked) {
        List<LinkedMention> out = new ArrayList<>(linked.size());
        for (LinkedMention m : linked) {
            if (m.entity().type() != EntityType.LOCATION || !isModifier(text, m.mention().span().end())) {
                out.add(m);
            }
        }
        return out;
    }

    /** Whether the word after {@code end} (one space on) is a lower-case noun for people or a body, which says nothing of where. */
    private static boolean isModifier(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isLowerCase(text.charAt(end + 1))) {
            return false;
        }
        int e = end + 1;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        String word = text.substring(end + 1, e).toLowerCase(Locale.ROOT);
        return (CommonWords.isAnimate(word) || BODIES.contains(word)) && !CommonWords.isFiniteVerb(word) && !WHERE.contains(word)
                && !ADVERBS.contains(word) && !word.endsWith("ly");
    }
}
