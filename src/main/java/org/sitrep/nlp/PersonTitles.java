package org.sitrep.nlp;

import java.util.Locale;
import java.util.Set;
import org.sitrep.core.Span;

/**
 * Titles the tagger sometimes takes into a person's name: "Chancellor Gerhard Schroeder", "MR. CASEY" in a transcript,
 * "State Condoleezza Rice" from "Secretary of State Condoleezza Rice". A name keeps its own words only, so that
 * "Chancellor Gerhard Schroeder" and "Gerhard Schroeder" are one person and no title is shown as a first name.
 */
public final class PersonTitles {
    private static final Set<String> TITLES = Set.of("president", "chancellor", "secretary", "minister", "premier",
            "general", "gen.", "senator", "sen.", "governor", "gov.", "mayor", "king", "queen", "prince", "princess",
            "pope", "sheikh", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "capt.", "captain", "col.", "colonel",
            "lt.", "sgt.", "rep.", "gen", "col", "lt", "sgt", "capt", "maj", "maj.", "brig", "brig.", "cpl", "cpl.", "judge", "justice", "ambassador", "commander", "chairman", "chairwoman", "professor",
            "prof.", "rev.", "reverend", "emir", "ayatollah", "imam", "cardinal", "lord", "lady", "sir", "spokesman", "spokeswoman");
    /** Departments a "Secretary of" or "Minister of" title ends with, before the holder's name. */
    private static final Set<String> DEPARTMENTS = Set.of("state", "defense", "defence", "justice", "interior",
            "homeland", "energy", "labor", "labour", "commerce", "treasury", "health", "education", "agriculture");

    private PersonTitles() {
    }

    /**
     * Whether the words from {@code begin} to {@code end} of {@code text} are a title that {@link #trimmed} takes
     * off a name before them ("President", "Syrian President"): one title, or a nationality word and a title.
     */
    public static boolean isTitle(String text, int begin, int end) {
        String words = text.substring(begin, end).strip();
        int space = words.indexOf(' ');
        if (space < 0) {
            return TITLES.contains(words.toLowerCase(Locale.ROOT));
        }
        return words.indexOf(' ', space + 1) < 0 && Demonyms.shared().isDemonym(words.substring(0, space))
                && TITLES.contains(words.substring(space + 1).toLowerCase(Locale.ROOT));
    }

    /** A title and "of" right before a name: the words of the name up to the person's own are the office's ("Mayor of London"). */
    private static final java.util.regex.Pattern TITLE_OF = java.util.regex.Pattern.compile("(?i)(?:^|[^\\p{L}.])([\\p{L}.-]+)\\s+of\\s+(?:the\\s+)?$");
    /** English prefixes that make a description of a capitalised word ("ex-Muslim", "pro-Kremlin", "then-Senator"). */
    private static final java.util.regex.Pattern DESCRIPTIVE_PREFIX = java.util.regex.Pattern.compile(
            "(?:ex|pro|anti|non|neo|then|former|self|pan|post|pre)-\\S+");

    /**
     * The span of {@code span}'s words in {@code text} without the titles that open it ("Obama" of "President Obama"),
     * the office's place or department after "title of" ("Sadiq Khan" of "Mayor of London Sadiq Khan") and a
     * description made with an English prefix ("Zara Kay" of "ex-Muslim Zara Kay"); {@code span} itself when none
     * does. Never empty: of words that are all titles ("Mr. President") the last stays.
     */
    public static Span trimmed(String text, Span span) {
        int begin = span.begin();
        boolean afterTitleOf = isAfterTitleOf(text, span.begin());
        while (true) {
            int space = text.indexOf(' ', begin);
            if (space < 0 || space >= span.end()) {
                return new Span(begin, span.end());
            }
            String original = text.substring(begin, space);
            String word = original.toLowerCase(Locale.ROOT);
            boolean office = afterTitleOf && isOfficeWord(text, space + 1, span.end());
            if (!TITLES.contains(word) && !office && !DESCRIPTIVE_PREFIX.matcher(word).matches()
                    && !isNationalityBeforeTitle(text, original, space + 1, span.end())) {
                return new Span(begin, span.end());
            }
            begin = space + 1;
            java.util.regex.Matcher of = OF_AFTER_TITLE.matcher(text).region(begin, span.end());
            if (TITLES.contains(word) && of.lookingAt()) {
                begin = of.end(); // the tagger took in "Mayor of London" whole
                afterTitleOf = true;
            }
        }
    }

    /**
     * Whether {@code word} is a nationality word followed by a title ("Syrian" of "Syrian President Bashar al-Assad"),
     * which describes the office, not the person.
     */
    private static boolean isNationalityBeforeTitle(String text, String word, int rest, int end) {
        int space = text.indexOf(' ', rest);
        return space > 0 && space < end && TITLES.contains(text.substring(rest, space).toLowerCase(Locale.ROOT))
                && Demonyms.shared().isDemonym(word);
    }

    private static final java.util.regex.Pattern OF_AFTER_TITLE = java.util.regex.Pattern.compile("of (?:the )?(?=\\S+ \\S)");

    /** Whether a title and "of" come right before {@code begin} ("Secretary of State", "President of Argentina"). */
    private static boolean isAfterTitleOf(String text, int begin) {
        java.util.regex.Matcher m = TITLE_OF.matcher(text.substring(Math.max(0, begin - 40), begin));
        return m.find() && (TITLES.contains(m.group(1).toLowerCase(Locale.ROOT)) || OFFICES.contains(m.group(1).toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether the word before {@code rest} (from there to {@code end}) still belongs to an office: the rest keeps two
     * words at least, and the word before it is no first name or the rest opens with one ("Paris" of "Mayor of Paris
     * Anne Hidalgo"). A department of the office's is such a word ("State" of "Secretary of State Condoleezza Rice").
     */
    private static boolean isOfficeWord(String text, int rest, int end) {
        String remaining = text.substring(rest, end).strip();
        int space = remaining.indexOf(' ');
        if (space < 0) {
            return false;
        }
        String word = text.substring(text.lastIndexOf(' ', rest - 2) + 1, rest - 1);
        return DEPARTMENTS.contains(word.toLowerCase(Locale.ROOT)) || !PersonGender.isFirstName(word)
                || PersonGender.isFirstName(remaining.substring(0, space));
    }

    /** Offices held "of" somewhere besides the titles above ("Mayor of London", "Secretary-General of NATO"). */
    private static final Set<String> OFFICES = Set.of("secretary-general", "head", "chief", "leader", "director",
            "speaker", "deputy", "vice-president", "member", "representative");
}
