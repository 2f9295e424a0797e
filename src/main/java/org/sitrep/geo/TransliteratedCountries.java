package org.sitrep.geo;

import java.util.Set;

/**
 * The countries whose place names reach English news transliterated: those whose main official language is
 * written in another script than the Latin one (Arabic, Cyrillic, Hebrew, Greek, Armenian, Georgian, Ethiopic and
 * the scripts of South and East Asia, as CLDR gives each country's likely script), with Azerbaijan, Uzbekistan and
 * Turkmenistan, which wrote Cyrillic until the 1990s, and Somalia, whose names reach English through Arabic too.
 * There "Deir ez-Zor" and "Dayr az Zawr" are one place; elsewhere a name is spelt one way, and a spelling that only
 * meets a place with its vowels forgotten is of another place ("Anfield" is not Enfield, "Helmet" not Helmetta).
 */
final class TransliteratedCountries {
    private static final Set<String> CODES = Set.of(
            // Arabic script
            "AE", "BH", "DZ", "EG", "EH", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SS",
            "SY", "TN", "YE", "IR", "AF", "PK",
            // Cyrillic script, and former Soviet republics that left it
            "RU", "UA", "BY", "BG", "RS", "MK", "KZ", "KG", "TJ", "MN", "AZ", "UZ", "TM",
            // Hebrew, Greek, Armenian, Georgian, Ethiopic
            "IL", "GR", "CY", "AM", "GE", "ET", "ER",
            // South and East Asian scripts
            "IN", "BD", "NP", "LK", "BT", "MV", "MM", "TH", "LA", "KH", "CN", "TW", "HK", "MO", "JP", "KR", "KP",
            "SO");

    private TransliteratedCountries() {
    }

    /**
     * Whether places of the country with ISO 3166-1 alpha-2 code {@code country} are named in transliteration;
     * true for a place of no country (a sea, a region wider than one), which may lie anywhere.
     */
    static boolean contains(String country) {
        return country.isEmpty() || CODES.contains(country);
    }
}
