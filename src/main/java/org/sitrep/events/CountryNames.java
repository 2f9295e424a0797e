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

    /** Countries by their one-word English names ("Myanmar", "Ukraine"), lower case, for {@link #code}. */
    private static final Map<String, String> BY_NAME = byName();

    private CountryNames() {
    }

    private static Map<String, String> byName() {
        Map<String, String> names = new java.util.HashMap<>();
        for (String code : Locale.getISOCountries()) {
            String name = of(code);
            if (!name.isEmpty() && !name.contains(" ")) {
                names.put(name.toLowerCase(Locale.ROOT), code);
            }
        }
        return Map.copyOf(names);
    }

    /**
     * The ISO 3166-1 alpha-2 code of the country a one-word English name names ("Myanmar" in "the Myanmar
     * military", where no nationality word is used); empty when {@code word} names none or is not capitalised.
     */
    static String code(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return "";
        }
        return BY_NAME.getOrDefault(word.toLowerCase(Locale.ROOT), "");
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
