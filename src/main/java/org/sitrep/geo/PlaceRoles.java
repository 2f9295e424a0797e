package org.sitrep.geo;

import java.util.regex.Pattern;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Span;

/**
 * Tells a place where something happens from one named only as a comparison ("another Srebrenica", "a second
 * Grozny", "Aleppo-style sieges") or as an origin ("a native of Homs", "born in Deir ez-Zor"), from the words
 * around the name.
 */
final class PlaceRoles {
    private static final Pattern ANALOGY_BEFORE = Pattern.compile(
            "(?i)(?:\\banother|\\ba second|\\ba new|\\bthe next|\\brepeat of|\\brepetition of|\\breminiscent of|\\bcompared (?:it |this )?(?:to|with)"
                    + "|\\bakin to|\\blike in|\\bturn (?:\\w+ )?into|\\bbecome)\\s+(?:the\\s+)?$");
    private static final Pattern ANALOGY_AFTER = Pattern.compile("(?i)^(?:-style|-like|\\s+moment\\b|\\s+scenario\\b|-type\\b)");
    private static final Pattern ORIGIN_BEFORE = Pattern.compile(
            "(?i)(?:\\bnative of|\\bborn in|\\bhails? from|\\bhailing from|\\boriginally from|\\bcitizen of|\\bnational of)\\s+(?:the\\s+)?$");
    private static final Pattern ORIGIN_AFTER = Pattern.compile("(?i)^-born\\b");
    private static final int WINDOW = 40;

    private PlaceRoles() {
    }

    static PlaceRole of(String text, Span name) {
        String before = text.substring(Math.max(0, name.begin() - WINDOW), name.begin());
        String after = text.substring(name.end(), Math.min(text.length(), name.end() + WINDOW));
        if (ANALOGY_BEFORE.matcher(before).find() || ANALOGY_AFTER.matcher(after).find()) {
            return PlaceRole.ANALOGY;
        }
        if (ORIGIN_BEFORE.matcher(before).find() || ORIGIN_AFTER.matcher(after).find()) {
            return PlaceRole.ORIGIN;
        }
        return PlaceRole.SETTING;
    }
}
