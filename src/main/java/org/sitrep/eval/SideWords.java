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

    /**
     * The part each side named in {@code text} plays in a killing, as its syntax says: "agent" when a verb of attack
     * follows it ("Kurdish SDF Kills 23 Daesh Militants") or it follows "by" or "with" ("killed in clashes with IS"),
     * "victim" when a word of death follows it ("10 Syrian troops killed"). A side named both ways, or neither, is
     * left out.
     */
    static Map<String, String> roles(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        SIDES.forEach((side, words) -> {
            Matcher m = words.matcher(text);
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (m.find()) {
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
                String before = text.substring(Math.max(0, m.start() - 30), m.start());
                if (AGENT_AFTER.matcher(after).lookingAt() || AGENT_BEFORE.matcher(before).find()) {
                    seen.add("agent");
                } else if (VICTIM_AFTER.matcher(after).lookingAt()) {
                    seen.add("victim");
                }
            }
            if (seen.size() == 1) {
                out.put(side, seen.iterator().next());
            }
        });
        return out;
    }

    private static final Pattern AGENT_AFTER = Pattern.compile("(?i)[\\w'-]*(?:\\s+[\\w'-]+){0,2}?\\s+(?:kills?|killing"
            + "|shell(?:s|ed)?|bomb(?:s|ed)?|pounds?|pounded|hits?|strikes?|struck|attacks?|attacked|executes?|executed"
            + "|targets?|targeted|raids?|liberates?|seizes?|captures?|ambush(?:es)?)\\b");
    private static final Pattern AGENT_BEFORE = Pattern.compile("(?i)\\b(?:by|with|against)\\s+(?:the\\s+)?(?:[\\w'-]+\\s+)?$");
    private static final Pattern VICTIM_AFTER = Pattern.compile("(?i)[\\w'-]*(?:\\s+[\\w'-]+){0,2}?\\s+(?:killed|dead"
            + "|die|died|wounded|injured|losses|executed|massacred)\\b");
}
