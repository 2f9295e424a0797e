package org.sitrep.geo;

import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.core.Span;

/**
 * Finds an article's dateline: the place in capitals that opens its report ("NEW YORK (AP) -", "BEIRUT —",
 * "COLUMBUS -- A text message"). A dateline names a town where the report was filed, never a region, and is a place
 * name whatever a tagger takes it for.
 */
final class Datelines {
    /**
     * What follows a dateline's place: its state or country in capitals or as news writes it ("COLUMBUS, Ohio (AP)",
     * "CAMP MURRAY, Wash. -"), then the agency or a dash.
     */
    private static final Pattern AFTER = Pattern.compile(
            "(?:,\\s*[\\p{Lu}][\\p{Lu}\\p{M}.\\s-]*|,\\s*\\p{Lu}[\\p{L}\\p{M}.]*(?:\\s\\p{Lu}[\\p{L}\\p{M}.]*)?)?"
                    + "\\s*(?:\\(|\u2014|\u2013|--|-\\s|:)");
    /**
     * What ends the line or the sentence before a dateline: a headline run into the text ("Wal-Mart threat dubious.
     * COLUMBUS --"), or the year of a byline's date run into it ("Gannett March 24, 2009 MANSFIELD --").
     */
    private static final Pattern BEFORE = Pattern.compile("(?:^|\\n|[.!?][\"'\u201d\u2019]?\\s+|\\b(?:19|20)\\d\\d\\s+)$");
    /** How far after the name its agency or dash may come, in characters. */
    private static final int REACH = 40;

    private Datelines() {
    }

    /**
     * Whether the name at {@code s} (UTF-16 offsets into {@code text}) is a dateline: in capitals, at the start of the
     * text, of a line or of a sentence, and followed by the agency or a dash.
     */
    static boolean isDateline(String text, Span s) {
        String surface = s.of(text);
        if (!surface.equals(surface.toUpperCase(Locale.ROOT)) || surface.equals(surface.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (!BEFORE.matcher(text).region(Math.max(0, s.begin() - 6), s.begin()).find()) {
            return false;
        }
        return AFTER.matcher(text).region(s.end(), Math.min(text.length(), s.end() + REACH)).lookingAt();
    }
}
