package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that name each side of Syria's war in running text, by FA-KES's actor class. Case matters: "IS" is the
 * Islamic State, "is" a verb; "US" a country, "us" a pronoun.
 */
final class SideWords {
    private static final Map<String, Pattern> SIDES = new LinkedHashMap<>();

    static {
        SIDES.put("government", Pattern.compile("\\b(?:regime|Syrian (?:army|troops|forces|government|warplanes|jets"
                + "|helicopters|aircraft)|government(?:-led)? (?:forces|troops|air ?strikes|warplanes|jets)"
                + "|pro-government|Russian?|Assad|barrel bombs?|loyalists?|Hezbollah|Hizballah)\\b"));
        SIDES.put("islamic-state", Pattern.compile("\\b(?:IS|ISIS|ISIL|Daesh|DAESH|Daish|Islamic State|jihadists?)\\b"));
        SIDES.put("coalition", Pattern.compile("\\b(?:US|U\\.S\\.|US-led|U\\.S\\.-led|coalition|American|Turkish"
                + "|Turkey|French|British|Israeli|Pentagon)\\b"));
        SIDES.put("kurdish", Pattern.compile("\\b(?:Kurds?|Kurdish|YPG|SDF|Syrian Democratic Forces)\\b"));
        SIDES.put("nusra", Pattern.compile("\\b(?:Nusra|al-Qaeda|Al-Qaeda|Fateh al-Sham|Tahrir al-Sham|HTS)\\b"));
        SIDES.put("opposition", Pattern.compile("\\b(?:rebels?|opposition|terrorists?|Islamists?|FSA"
                + "|Free Syrian Army|insurgents|militants)\\b"));
    }

    private SideWords() {
    }

    /** How often {@code text} names each side, in a fixed order of sides; a side never named is left out. */
    static Map<String, Integer> counts(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        SIDES.forEach((side, words) -> {
            Matcher m = words.matcher(text);
            int n = 0;
            while (m.find()) {
                n++;
            }
            if (n > 0) {
                out.put(side, n);
            }
        });
        return out;
    }
}
