package org.sitrep.nlp;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.Mention;

/**
 * Last words of a building's or a site's name that no person's name ends with ("Imam Zaman Mosque", "Bagram Air Base",
 * "Yankee Stadium"). The field gold types such facilities as places (its dev half: mosques, air bases, stations,
 * stadiums, camps), as CoNLL does airports and stadiums; the tagger, reading the name by its first words, often says a
 * person.
 */
final class FacilityWords {
    private static final Set<String> HEADS = Set.of("Mosque", "Airport", "Airbase", "Airfield", "Base", "Station",
            "Tower", "Towers", "Stadium", "Arena", "Hotel", "Prison", "Mall", "Dam", "Refinery", "Cathedral", "Shrine",
            "Synagogue", "Temple", "Barracks", "Camp", "Bridge", "Building", "Palace");

    private FacilityWords() {
    }

    /** Whether {@code name}, of several words split by single spaces, ends with a word for a building or site. */
    static boolean endsWithFacility(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 && HEADS.contains(name.substring(space + 1));
    }

    /** Capitalised words between "the" and a facility's name, which the tagger left out as a title ("the Imam Zaman Mosque"). */
    private static final Pattern OPENING = Pattern.compile("\\b[Tt]he ((?:\\p{Lu}\\p{L}+ )+)$");
    private static final int OPENING_CHARS = 40;

    /**
     * Where the name of a facility the tagger found at {@code begin} begins: back over the capitalised words after "the"
     * that the tagger left out, if any and if no mention found {@code before} (in text order) holds them; else {@code begin}.
     */
    static int nameBegin(String text, int begin, List<Mention> before) {
        Matcher opening = OPENING.matcher(text.substring(Math.max(0, begin - OPENING_CHARS), begin));
        int from = opening.find() ? begin - opening.group(1).length() : begin;
        return before.isEmpty() || before.get(before.size() - 1).span().end() <= from ? from : begin;
    }
}
