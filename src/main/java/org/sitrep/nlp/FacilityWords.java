package org.sitrep.nlp;

import java.util.Set;

/**
 * Last words of a building's or a site's name that no person's name ends with ("Imam Zaman Mosque", "Bagram Air Base",
 * "Yankee Stadium"). The field gold types such facilities as places (its dev half: mosques, air bases, stations,
 * stadiums, camps), as CoNLL does airports and stadiums; the tagger, reading the name by its first words, often says a
 * person.
 */
public final class FacilityWords {
    private static final Set<String> HEADS = Set.of("Mosque", "Airport", "Airbase", "Airfield", "Base", "Station",
            "Tower", "Towers", "Stadium", "Arena", "Hotel", "Prison", "Mall", "Dam", "Refinery", "Cathedral", "Shrine",
            "Synagogue", "Temple", "Barracks", "Camp", "Bridge", "Building", "Palace");

    private FacilityWords() {
    }

    /** Whether {@code name}, of several words split by single spaces, ends with a word for a building or site. */
    public static boolean endsWithFacility(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 && HEADS.contains(name.substring(space + 1));
    }
}
