package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.PublicationDates;

/**
 * A line of the body that only repeats the byline, as many pages print it between the headline and the text
 * ("Markus M. Haefliger, London, Beat Bumbacher 19.10.2019, 23:38 Uhr", "By Rana Haddad | Reuters"): the authors'
 * names, with at most a few capitalised words (a place, an agency, a role), labels, a date and a time.
 */
final class BylineLine {
    private static final int MAX_CHARS = 160;
    private static final int MAX_OTHER_WORDS = 4;
    /** Small words a byline line joins its parts with, in the languages Sitrep reads most. */
    private static final Set<String> JOINERS = Set.of("by", "and", "in", "for", "from", "with", "von", "und", "aus", "mit",
            "par", "et", "de", "por", "y", "en", "di", "e", "da", "door", "av", "och", "updated", "published", "uhr", "am", "um");
    private static final Pattern LABEL = Pattern.compile("(?i)(?:written\\s+|posted\\s+|published\\s+)?(?:by|von|par|por|di|door|av)\\b|written|posted|published|updated");
    private static final Pattern SEPARATOR = Pattern.compile("[|,·•–—]|\\s-\\s");
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}[:.h]\\d\\d\\b(?:\\s*[ap]\\.?m\\.?)?", Pattern.CASE_INSENSITIVE);

    private BylineLine() {
    }

    /**
     * Whether the line names every author and says nothing else a reader needs: the names alone, or led by a name
     * or a label and shaped as a byline (a date, a separator or a label beside the few other words); "Morgan &amp;
     * Morgan Can Help" and "Web Design Process by Clay" are headings. False when there are no authors.
     */
    static boolean repeats(String line, List<String> authors) {
        if (authors.isEmpty() || line.length() > MAX_CHARS) {
            return false;
        }
        String rest = line;
        boolean ledByName = false;
        for (String name : authors) {
            int at = rest.toLowerCase(Locale.ROOT).indexOf(name.toLowerCase(Locale.ROOT));
            if (name.isBlank() || at < 0) {
                return false;
            }
            ledByName |= rest.substring(0, at).isBlank();
            rest = rest.substring(0, at) + " " + rest.substring(at + name.length());
        }
        String date = PublicationDates.findIn(rest);
        rest = date == null ? rest : rest.replace(date, " ");
        rest = TIME.matcher(rest).replaceAll(" ");
        boolean labelled = LABEL.matcher(line).lookingAt();
        boolean shaped = date != null || labelled || SEPARATOR.matcher(rest).find();
        int others = 0;
        for (String word : rest.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty() || JOINERS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(word.codePointAt(0)) || ++others > MAX_OTHER_WORDS) {
                return false;
            }
        }
        return others == 0 || (ledByName || labelled) && shaped;
    }
}
