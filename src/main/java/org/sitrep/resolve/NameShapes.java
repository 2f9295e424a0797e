package org.sitrep.resolve;

import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.EntityType;
import org.sitrep.nlp.CommonWords;
import org.sitrep.nlp.NonNames;
import org.sitrep.nlp.PersonGender;

/**
 * The type a name of no known entity has by its shape, whatever the tagger said: its head word (a body's, a building's,
 * a war's or a weapon's), a web address, a brand's inner capital, a party's members.
 */
final class NameShapes {
    private NameShapes() {
    }

    /** The type {@code name}'s shape gives it; {@code tagged}, the type it was found with, when its shape says nothing. */
    static EntityType typeOf(String name, EntityType tagged) {
        if (WEB_NAME.matcher(name).matches() || hasBodyHead(name) || hasInstitutionHead(name, tagged) || BrandNames.isBrand(name)
                || NonNames.isPartyMembers(name) || isPersonOfCommonWords(name, tagged)) {
            return EntityType.ORGANIZATION;
        }
        return hasThingHead(name) ? EntityType.MISC : tagged;
    }

    /**
     * Last words that make a name a body's, whatever the tagger said ("Middle East Institute" is no place, "Carnegie
     * Endowment" no person). Words a place's name may also end with ("Bank", "Center", "Union") are not among them. An
     * embassy, a consulate, a prefecture and a hospital are bodies too, though the tagger reads "United States Embassy",
     * "Paris Police Prefecture" or "Al-Shifa Hospital" by the place that opens them: they act, speak and employ people,
     * and the field gold (dev: embassies 10 of 10, hospitals 6 of 6) types them as organisations, as CoNLL does.
     */
    private static final Set<String> BODY_HEADS = Set.of("Institute", "University", "Council",
            "Committee", "Party", "Agency", "Ministry", "Department", "Corporation", "Association", "Foundation", "Organization",
            "Organisation", "Commission", "Movement", "Brigades", "Endowment", "Inc", "Inc.", "Ltd", "Ltd.", "Army", "Navy",
            "Brigade", "Battalion", "Regiment", "Corps", "Forces", "Guard", "Front", "Authority", "Service", "Police", "Bureau",
            "Tribunal", "Federation", "League", "Alliance", "Society", "Network", "Airlines", "Corp", "Corp.", "Networks",
            "Productions", "Holdings", "Technologies", "Systems", "Studios", "Records", "Airways", "Media", "News", "Times",
            "Journal", "Tribune", "Gazette", "Herald", "Company", "Companies", "Co.", "Division", "Command", "Militia", "Directorate",
            "Embassy", "Consulate", "Prefecture", "Hospital",
            // bodies that act together and publications, whose last word no place or person bears
            "Coalition", "Caucus", "Cartel", "Syndicate", "Secretariat", "Board", "Assembly", "Club", "Press", "Post", "Daily",
            "Bulletin", "Telegraph", "Chronicle", "Observer", "Monitor", "Courier", "Inquirer", "Examiner", "Dispatch", "Magazine",
            "Newspaper", "Radio", "Television", "TV", "Broadcasting");

    /**
     * Last words of a building or institution that no person's name ends with: a person of the tagger so named is a
     * body ("Alwaleed Bin Talal Center", "Ben Taub Hospital"). Some also end names of places, so only people are retyped.
     */
    private static final Set<String> INSTITUTION_HEADS = Set.of("Center", "Centre", "School",
            "College", "Academy", "Library", "Museum", "Clinic", "Foundation", "Institute", "Fund", "Trust", "Bank", "Group");

    /**
     * Whether a person of the tagger is named by common English words only, none a given name ("Business Insider",
     * "Human Rights Watch"): people's names are not made of the words English writes in lower case, but the names of
     * publications, companies and groups are, and the tagger reads a capitalised pair of words by its shape as a
     * person's first and last names.
     */
    private static boolean isPersonOfCommonWords(String name, EntityType type) {
        if (type != EntityType.PERSON || name.indexOf(' ') < 0 || PersonGender.opensWithGivenName(name)) {
            return false;
        }
        for (String w : name.split(" ")) {
            if (!CommonWords.isCommon(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a person of the tagger is named like a building or an institution. */
    private static boolean hasInstitutionHead(String name, EntityType type) {
        return type == EntityType.PERSON && INSTITUTION_HEADS.contains(HeadWords.of(name));
    }

    /** Whether a name of several words ends with a word for a body or for a building or institution ("Center", "Bank"). */
    static boolean hasBodyOrInstitutionHead(String name) {
        return hasBodyHead(name) || INSTITUTION_HEADS.contains(HeadWords.of(name));
    }

    /** Whether a name of several words ends with a word for a body. */
    private static boolean hasBodyHead(String name) {
        return BODY_HEADS.contains(HeadWords.of(name));
    }

    /**
     * Last words that make a name a war's, an event's, a law's, an agreement's or a weapon's ("Korean War", "Patriot Act", "Oslo
     * Accords", "Dakar Rally", "Joint Direct Attack Munitions"), whatever the tagger said: it reads such names by their first words, as a place or a
     * body. Not after "of" or "for", where the name is a body's that deals with the thing ("Ministry of War",
     * "Institute for the Study of War"). A military operation's name opens with the word ("Operation Protective Edge"), a storm's with its kind ("Hurricane
     * Barry"), which the tagger reads as a person's.
     */
    private static final Set<String> THING_HEADS = Set.of("War", "Treaty", "Act", "Accord", "Accords",
            "Agreement", "Doctrine", "Rally", "Games", "Olympics", "Prize", "Award", "Cup", "Marathon", "Offensive", "Uprising",
            "Intifada", "Massacre", "Crisis", "Estimate", "Convention", "Protocol", "Summit", "Conference", "Revolution", "Spring", "Festival",
            "Championship", "Championships", "Plan", "Munition", "Munitions", "Missile", "Missiles", "Rocket", "Rockets", "Rifle",
            "Rifles", "Drone", "Drones");

    /** Whether a name of several words ends with a word for a war, an event, a law or an agreement, or names an operation, and is no body's. */
    static boolean hasThingHead(String name) {
        String head = HeadWords.of(name);
        return !head.isEmpty() && (THING_HEADS.contains(head) || THING_OPENING.matcher(name).lookingAt())
                && !name.matches(".*\\b(?:of|for|Of|For)\\b.*");
    }

    /** First words of a military operation's or a storm's name ("Operation Cast Lead", "Hurricane Barry", "Typhoon Hagibis"). */
    private static final Pattern THING_OPENING = Pattern.compile(
            "(?:Operation|Hurricane|Typhoon|Cyclone|Tropical Storm|Storm) ");

    /** A name written as a web address ("Polygraph.info", "SyriaComment.com") is a site, an organisation, whatever the tagger said. */
    private static final Pattern WEB_NAME = Pattern.compile("\\S+\\.(?:com|org|net|info|co\\.uk|io)");
}
