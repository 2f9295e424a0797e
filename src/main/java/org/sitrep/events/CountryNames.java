package org.sitrep.events;

import java.util.Locale;
import java.util.Map;

/**
 * Countries' English names as ACLED writes them in actor names ("Civilians (Palestine)"): Java's own names, except
 * where ACLED's differ.
 */
final class CountryNames {
    private static final Map<String, String> ACLED = Map.of(
            "PS", "Palestine", "MM", "Myanmar", "CD", "Democratic Republic of Congo", "CG", "Republic of Congo",
            "CI", "Ivory Coast", "TR", "Turkey", "KR", "South Korea", "KP", "North Korea", "VA", "Vatican City",
            "MK", "North Macedonia");

    private CountryNames() {
    }

    /** The name of ISO 3166-1 alpha-2 {@code code}; empty for an empty or unknown code. */
    static String of(String code) {
        if (code == null || code.length() != 2) {
            return "";
        }
        String acled = ACLED.get(code);
        if (acled != null) {
            return acled;
        }
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.equals(code) ? "" : name;
    }
}
