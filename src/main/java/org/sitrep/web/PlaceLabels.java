package org.sitrep.web;

import java.util.Locale;
import java.util.Map;
import org.sitrep.core.Place;

/** What a place is, in words a reader knows: its country's English name and its kind of feature. */
final class PlaceLabels {
    /** GeoNames feature codes the conflicts' places use most, in words; others fall back to their class. */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("PCLI", "country"), Map.entry("PCLD", "dependent territory"), Map.entry("PCLS", "country"),
            Map.entry("PCLF", "country"), Map.entry("PCLIX", "part of a country"), Map.entry("PCL", "country"),
            Map.entry("ADM1", "first-level region (province, governorate, state)"),
            Map.entry("ADM2", "second-level region (district, county)"), Map.entry("ADM3", "third-level region"),
            Map.entry("PPLC", "capital city"), Map.entry("PPLA", "city, seat of a first-level region"),
            Map.entry("PPLA2", "town, seat of a second-level region"), Map.entry("PPLA3", "town, seat of a third-level region"),
            Map.entry("PPLA4", "town, seat of a fourth-level region"), Map.entry("PPL", "populated place"),
            Map.entry("PPLX", "neighbourhood"), Map.entry("PPLL", "village"), Map.entry("PPLQ", "abandoned place"),
            Map.entry("PSTB", "border crossing"), Map.entry("MILB", "military base"), Map.entry("AIRB", "air base"),
            Map.entry("AIRP", "airport"), Map.entry("DAM", "dam"), Map.entry("OILF", "oil field"), Map.entry("GASF", "gas field"),
            Map.entry("STM", "river"), Map.entry("MT", "mountain"), Map.entry("MTS", "mountains"));
    private static final Map<Character, String> CLASSES = Map.of('A', "country or region", 'P', "populated place",
            'S', "spot (building, crossing, base)", 'L', "area (field, park)", 'H', "water", 'T', "relief (mountain, hill)",
            'R', "road or railway", 'V', "vegetation", 'U', "undersea");

    private PlaceLabels() {
    }

    static String feature(Place p) {
        String byCode = CODES.get(p.featureCode());
        return byCode != null ? byCode : CLASSES.getOrDefault(p.featureClass(), "place");
    }

    /** The country's English name ("Syria"), the code itself when Java does not know it, empty when none. */
    static String country(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }
}
