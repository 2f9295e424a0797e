package org.sitrep.nlp;

import java.util.Locale;

/**
 * Years written as they are said, as broadcast transcripts write them: "nineteen ninety-six", "twenty ten", "the year
 * two thousand". A century word alone before a count of people ("nineteen twenty-year-olds") is no year, so the second
 * part must be a tens word or ten to nineteen, never a unit: "twenty-one" stays a number.
 */
final class SpokenYears {
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";

    /** A regular expression, without groups, for a year in words. */
    static final String PATTERN = "(?i:(?:nineteen|twenty)[- ](?:(?:" + TENS + ")(?:[- ](?:" + UNITS + "))?|" + TEENS
            + ")|the year two thousand)";

    private static final int HUNDRED = 100;
    private static final int TWO_THOUSAND = 2000;

    private SpokenYears() {
    }

    /** The year of words {@link #PATTERN} matched ("nineteen ninety-six" gives 1996); {@code null} for other words. */
    static Integer value(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        if (w.endsWith("two thousand")) {
            return TWO_THOUSAND;
        }
        // The century word has no hyphen of its own, so the first space or hyphen ends it.
        int split = w.replace('-', ' ').indexOf(' ');
        if (split < 0) {
            return null;
        }
        Integer century = RelativeDates.count(w.substring(0, split));
        Integer rest = RelativeDates.count(w.substring(split + 1));
        return century == null || rest == null ? null : century * HUNDRED + rest;
    }
}
