package org.sitrep.nlp;

import java.util.Locale;
import java.util.Set;
import org.sitrep.core.Span;

/**
 * Titles the tagger sometimes takes into a person's name: "Chancellor Gerhard Schroeder", "MR. CASEY" in a transcript,
 * "State Condoleezza Rice" from "Secretary of State Condoleezza Rice". A name keeps its own words only, so that
 * "Chancellor Gerhard Schroeder" and "Gerhard Schroeder" are one person and no title is shown as a first name.
 */
final class PersonTitles {
    private static final Set<String> TITLES = Set.of("president", "chancellor", "secretary", "minister", "premier",
            "general", "gen.", "senator", "sen.", "governor", "gov.", "mayor", "king", "queen", "prince", "princess",
            "pope", "sheikh", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "capt.", "captain", "col.", "colonel",
            "lt.", "sgt.", "rep.", "judge", "justice", "ambassador", "commander", "chairman", "chairwoman", "professor",
            "prof.", "rev.", "reverend", "emir", "ayatollah", "cardinal", "lord", "lady", "sir", "spokesman", "spokeswoman");
    /** Departments a "Secretary of" or "Minister of" title ends with, before the holder's name. */
    private static final Set<String> DEPARTMENTS = Set.of("state", "defense", "defence", "justice", "interior",
            "homeland", "energy", "labor", "labour", "commerce", "treasury", "health", "education", "agriculture");

    private PersonTitles() {
    }

    /**
     * The span of {@code span}'s words in {@code text} without the titles that open it ("Obama" of "President Obama");
     * {@code span} itself when none does. Never empty: of words that are all titles ("Mr. President") the last stays.
     */
    static Span trimmed(String text, Span span) {
        int begin = span.begin();
        String before = text.substring(Math.max(0, span.begin() - 12), span.begin()).toLowerCase(Locale.ROOT);
        while (true) {
            int space = text.indexOf(' ', begin);
            if (space < 0 || space >= span.end()) {
                return new Span(begin, span.end());
            }
            String word = text.substring(begin, space).toLowerCase(Locale.ROOT);
            boolean department = begin == span.begin() && DEPARTMENTS.contains(word) && before.matches("(?s).*\\bof\\s+$");
            if (!TITLES.contains(word) && !department) {
                return new Span(begin, span.end());
            }
            begin = space + 1;
        }
    }
}
