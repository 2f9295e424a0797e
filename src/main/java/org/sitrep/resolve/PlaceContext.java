package org.sitrep.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.nlp.Locatives;
import org.sitrep.nlp.PersonGender;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.ListedNames;
import org.sitrep.core.Span;

/**
 * A name of the tagger that the article uses as a place is a place: one says "in the Army" or "in Hamas" of a body, and
 * "in" a person hardly ever, while the tagger reads unfamiliar place names ("al-Tanf", "McKees Rocks", "Khan Younis") as
 * organisations or people. A place is put things in, near or outside of, without an article before it, more than once
 * ("in al-Tanf", "near al-Tanf"); or named once by a place word ("the town of Zawiya", "the towns of Soran and Maardas", "Helmand province") or as a
 * hometown after an age ("Nicholas Tomko, 24, of McKees Rocks"); or listed with places only ("Qaim, Rawa, Samarra and
 * Ramadi"); or, a person of the tagger, put somewhere once when the
 * gazetteer knows it as a town or country by its own name. A name the article also has speak ("Jenin said") stays
 * a person or body. Known entities keep their type. The evidence is read at every appearance of the name in the article,
 * also where the tagger left it untagged ("the Jobar front" beside "in Jobar"): one name is one thing throughout.
 */
final class PlaceContext {
    /** A word for a kind of place and "of" right before the name, or an age and "of" (a hometown). */
    private static final Pattern PLACE_OF = Pattern.compile("(?:(?:^|[^\\p{L}])(?:city|cities|towns?|villages?|provinces?|governorates?|districts?|"
            + "regions?|suburbs?|neighborhoods?|neighbourhoods?|port|camps?|capital|outskirts|streets|farm|kibbutz|moshav|settlement|hamlet|"
            + "enclave|island|municipality|oblast|county|area)|\\d, ?) of\\s+$");
    /** Names joined by "and" or a comma after a plural word for places and "of" ("the towns of Soran and Maardas"). */
    private static final Pattern PLACES_OF = Pattern.compile("(?:^|[^\\p{L}])(?:cities|towns|villages|provinces|governorates|districts|"
            + "regions|suburbs|neighborhoods|neighbourhoods|camps) of\\s+\\p{Lu}[^.;:()]*?(?:,|\\s+and)\\s+$");
    /** A lower-case word for a kind of place right after the name ("Helmand province", "Jabalia refugee camp"). */
    private static final Pattern PLACE_AFTER = Pattern.compile("^(?:’s |'s )?\\s*(?:province|governorate|district|region|county|"
            + "city|town|village|refugee camp|camp|neighborhood|neighbourhood|suburb|border crossing)\\b");
    /**
     * The name listed with others before a plural lower-case word for places ("Jobar and Qaboun neighborhoods", "Soran,
     * Maardas and Tal districts"), the mirror of {@link #PLACES_OF}.
     */
    private static final Pattern LISTED_BEFORE_PLACES = Pattern.compile("^(?:,\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)*"
            + ",?\\s+and\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?\\s+(?:provinces|governorates|districts|regions|"
            + "towns|villages|cities|neighborhoods|neighbourhoods|suburbs|refugee camps|camps)\\b");
    /** A word of speech right after the name: something that speaks is no place. */
    private static final Pattern SPEAKS = Pattern.compile("^,?\\s*(?:said|says|told|added|wrote|tweeted|stated|announced)\\b");
    /**
     * Whether the name is followed by a comma and a known place, as a town is by its country or region in a dateline or
     * an address ("Zawiya, Libya", "Kharkiv, Ukraine"); not the place's possessive ("Smith, Iraq's envoy").
     */
    private static boolean isCountryOf(String text, LinkedMention m, LinkedMention next) {
        Entity place = next.entity();
        int end = next.mention().span().end();
        String after = text.substring(end, Math.min(text.length(), end + 2));
        return place.type() == EntityType.LOCATION && place.kind() != null && next.mention().span().begin() >= m.mention().span().end()
                && text.substring(m.mention().span().end(), next.mention().span().begin()).equals(", ")
                && !after.startsWith("'") && !after.startsWith("’");
    }

    /** How many other names of a list must all be places to make the list's one other name a place. */
    private static final int MIN_LISTED_PLACES = 2;

    /**
     * Whether the mention at {@code i} is the one name of a list that is no place, all the others being places ("Qaim,
     * Rawa, Samarra and Ramadi"): the words of a list are of one kind, and the tagger knows the towns a reporter
     * names beside an unfamiliar one.
     */
    private static boolean isListedWithPlaces(String text, List<LinkedMention> inOrder, int i) {
        int first = i;
        while (first > 0 && isListGap(text, inOrder.get(first - 1), inOrder.get(first))) {
            first--;
        }
        int last = i;
        while (last + 1 < inOrder.size() && isListGap(text, inOrder.get(last), inOrder.get(last + 1))) {
            last++;
        }
        for (int j = first; j <= last; j++) {
            if (j != i && inOrder.get(j).entity().type() != EntityType.LOCATION) {
                return false;
            }
        }
        return last - first >= MIN_LISTED_PLACES;
    }

    private static boolean isListGap(String text, LinkedMention a, LinkedMention b) {
        return ListedNames.joined(text, a.mention().span(), b.mention().span());
    }

    /** How many mentions after a locative preposition make a name a place. */
    private static final int MIN_LOCATIVE_MENTIONS = 2;
    private static final int LOOKBEHIND_CHARS = 16;
    private static final int LOOKAHEAD_CHARS = 24;

    private PlaceContext() {
    }

    /**
     * Whether the tagger's person has a name of several words that opens with no first name people bear (CoreNLP's
     * list of first names) nor a title: "Ein Hashlosha", "Khan Younis". Put somewhere once, such a name is a place; a
     * body is put things in as often as a place ("in Hamas"), and a person's surname alone sometimes ("faith in Mattis").
     */
    private static boolean isNoOnesName(Entity e) {
        return e.type() == EntityType.PERSON && e.name().contains(" ") && !PersonGender.opensWithGivenName(e.name());
    }

    /**
     * Whether the tagger's person opens with a first name people bear: after such a name a comma and a place begin a
     * description of the person ("Chris Mumm, Iraq project director"), not the country of a town.
     */
    private static boolean hasFirstName(Entity e) {
        return e.type() == EntityType.PERSON && PersonGender.opensWithGivenName(e.name());
    }

    /**
     * Whether the tagger's person bears the own name of a town or country of the gazetteer. Only people: bodies are put
     * "in" as often as places ("in Congress"), and towns bear their names too (Congress, Arizona).
     */
    private static boolean isSettledPerson(Entity e, java.util.function.Predicate<String> settledPlace) {
        return e.type() == EntityType.PERSON && settledPlace.test(e.name());
    }

    /**
     * Whether the tagger's person bears, in several words, the own name of a town or country of the gazetteer and opens
     * with no first name nor title: a full name is no town's ("Khan Younis", "Saint John"), so such a name is a place
     * wherever the article puts it, unless the article has it speak. One word needs the words around to say so, as
     * many surnames are towns' names too (Romney, Griffin).
     */
    private static boolean isSettledNoOne(Entity e, java.util.function.Predicate<String> settledPlace) {
        return isNoOnesName(e) && settledPlace.test(e.name());
    }

    /** Adds what the words around one appearance of {@code e}'s name say of it: put somewhere, named as a place, or speaking. */
    private static void weigh(String text, Span at, Entity e, Map<Entity, Integer> locative, Set<Entity> placeWord, Set<Entity> speaks) {
        int begin = at.begin();
        int end = at.end();
        String before = text.substring(Math.max(0, begin - LOOKBEHIND_CHARS), begin);
        String after = text.substring(end, Math.min(text.length(), end + LOOKAHEAD_CHARS));
        locative.merge(e, Locatives.before(text, begin) && !Locatives.possessiveAfter(text, end) ? 1 : 0, Integer::sum);
        String clause = text.substring(Math.max(0, begin - LOOKBEHIND_CHARS * 4), begin);
        if (PLACE_OF.matcher(before).find() || PLACE_AFTER.matcher(after).find()
                || LISTED_BEFORE_PLACES.matcher(text.substring(end, Math.min(text.length(), end + LOOKAHEAD_CHARS * 3))).find() || PLACES_OF.matcher(clause).find()) {
            placeWord.add(e);
        }
        if (SPEAKS.matcher(after).find()) {
            speaks.add(e);
        }
    }

    /** The mentions with the tagger's organisations and people the article uses as places typed as places, in the order given. */
    static List<LinkedMention> apply(String text, java.util.function.Predicate<String> settledPlace, List<LinkedMention> linked) {
        Map<Entity, Integer> locative = new HashMap<>();
        Set<Entity> placeWord = new HashSet<>();
        Set<Entity> speaks = new HashSet<>();
        List<LinkedMention> inOrder = linked.stream().sorted(java.util.Comparator.comparing(x -> x.mention().span())).toList();
        for (int i = 0; i < inOrder.size(); i++) {
            LinkedMention m = inOrder.get(i);
            Entity e = m.entity();
            if (e.kind() != null || e.type() != EntityType.ORGANIZATION && e.type() != EntityType.PERSON
                    || !m.mention().text().equals(e.name())) {
                continue;
            }
            weigh(text, m.mention().span(), e, locative, placeWord, speaks);
            if (i + 1 < inOrder.size() && isCountryOf(text, m, inOrder.get(i + 1)) && !hasFirstName(e)
                    || isListedWithPlaces(text, inOrder, i)) {
                placeWord.add(e);
            }
        }
        for (Map.Entry<Entity, List<Span>> untagged : UntaggedRepeats.of(text, inOrder, locative.keySet()).entrySet()) {
            untagged.getValue().forEach(s -> weigh(text, s, untagged.getKey(), locative, placeWord, speaks));
        }
        Map<Entity, Entity> places = new HashMap<>();
        locative.forEach((e, n) -> {
            if ((n >= MIN_LOCATIVE_MENTIONS || n > 0 && (isNoOnesName(e) || isSettledPerson(e, settledPlace)) || placeWord.contains(e)
                    || isSettledNoOne(e, settledPlace))
                    && !speaks.contains(e)) {
                places.put(e, PlaceWords.place(e.name()));
            }
        });
        if (places.isEmpty()) {
            return linked;
        }
        return Relinking.relinked(linked, m -> places.get(m.entity()));
    }
}
