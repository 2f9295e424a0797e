package org.sitrep.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first main clause of a sentence: past a short opening phrase of time or place ("On 1 December 2023,", "In
 * Kabul,"), up to the next comma, semicolon or dash. The whole sentence when it has no such clause of a few words.
 */
final class LeadClause {
    private static final Pattern OPENING = Pattern.compile("^(?:[^,;]{1,60}?\\([^)]{0,40}\\))?[^,;]{0,45},\\s*");
    private static final Pattern CLAUSE = Pattern.compile("^[^,;—–]+");
    private static final int MIN_WORDS = 4;

    private LeadClause() {
    }

    static String of(String sentence) {
        String rest = sentence;
        Matcher opening = OPENING.matcher(rest);
        if (opening.find() && words(opening.group()) <= 8) {
            rest = rest.substring(opening.end());
        }
        Matcher clause = CLAUSE.matcher(rest);
        if (clause.find() && words(clause.group()) >= MIN_WORDS) {
            return clause.group().strip();
        }
        return sentence;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
