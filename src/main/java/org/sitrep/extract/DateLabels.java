package org.sitrep.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.PublicationDates;

/**
 * The words a page writes before a date to say what the date is: that the story was first published then
 * ("Erschienen am: 13.10.2021", "Publié le 29 juin 2019") or that it was changed then ("Zuletzt geändert am:
 * 15.10.2021", "Last updated 04 Jun 2020"). A changed day is not the publication day, however the page stamps it.
 */
final class DateLabels {
    private DateLabels() {
    }

    /** Characters at most between a label and its date: a weekday ("Veröffentlicht am Donnerstag, 07.05.2020"). */
    private static final int MAX_LABEL_GAP = 14;
    private static final Pattern PUBLISHED = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:first |originally )?published(?: on)?"
            + "|publication date|posted on|veröffentlicht(?: am)?|erschienen(?: am)?|erscheinungsdatum|publiziert(?: am)?"
            + "|publiée? le|publicado(?: el| em)?|pubblicato(?: il)?|gepubliceerd(?: op)?)(?![\\p{L}])[\\s:]*");
    private static final Pattern UPDATED = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:last )?(?:updated|modified|changed|edited)(?: on)?"
            + "|aktualisiert(?: am)?|zuletzt (?:geändert|aktualisiert|bearbeitet)(?: am)?|letzte änderung|geändert am"
            + "|mis à jour(?: le)?|modifié le|actualizado(?: el)?|atualizado(?: em)?|aggiornato(?: il)?|bijgewerkt(?: op)?)"
            + "(?![\\p{L}])[\\s:]*");

    /**
     * The first date the text writes after a label saying it was published ("Erschienen am: 13.10.2021"), as written;
     * {@code null} when no such label is followed by a date.
     */
    static String published(String text) {
        return firstDateAfter(PUBLISHED.matcher(text), text);
    }

    /**
     * The first date the text writes after a label saying it was changed then ("Last Updated: Saturday, 29 December
     * 2007, 14:55 GMT"), as written; {@code null} when no such label is followed by a date. Old sites (the BBC's among
     * them) stamp their stories only so.
     */
    static String updated(String text) {
        return firstDateAfter(UPDATED.matcher(text), text);
    }

    private static final Pattern UPDATED_AT_END = Pattern.compile("(?:" + UPDATED.pattern() + ")$");

    /**
     * Whether the text ends with a label saying that the date after it is a day of change ("page revision: 8, last
     * edited:" before "&lt;span class="odate"&gt;17 Jun 2018"), as markup sets a label apart from its date.
     */
    static boolean endsWithChangeLabel(String text) {
        return UPDATED_AT_END.matcher(text).find();
    }

    private static String firstDateAfter(Matcher label, String text) {
        while (label.find()) {
            String date = dateAfter(text, label.end());
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The text without the dates it labels as days of change ("Aktualisiert am 07.05.2020"), each left as its label. */
    static String withoutUpdates(String text) {
        Matcher label = UPDATED.matcher(text);
        StringBuilder kept = new StringBuilder(text.length());
        int from = 0;
        while (label.find()) {
            if (label.start() < from) {
                continue;
            }
            String date = dateAfter(text, label.end());
            if (date != null) {
                int dateEnd = text.indexOf(date, label.end()) + date.length();
                kept.append(text, from, label.end());
                from = dateEnd;
            }
        }
        return kept.append(text, from, text.length()).toString();
    }

    /** A time of day a label may put before its date: "Page last updated at 00:36 GMT, Thursday, 12 March 2009". */
    private static final Pattern TIME_BEFORE_DATE = Pattern.compile("(?:[Aa]t\\s+)?[0-2]?\\d[:.][0-5]\\d(?![.:/]?\\d)"
            + "(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+\\p{Lu}{2,4})?\\s*,?\\s*");

    /**
     * The date that starts within {@link #MAX_LABEL_GAP} characters of {@code at}, or of the time of day right after it;
     * {@code null} when none does.
     */
    private static String dateAfter(String text, int at) {
        Matcher time = TIME_BEFORE_DATE.matcher(text).region(at, text.length());
        if (time.lookingAt()) {
            at = time.end();
        }
        String head = text.substring(at, Math.min(text.length(), at + MAX_LABEL_GAP + 40));
        String date = PublicationDates.findIn(head);
        return date != null && head.indexOf(date) <= MAX_LABEL_GAP ? date : null;
    }
}
