package org.sitrep.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.sitrep.core.CalendarWords;
import org.sitrep.core.PublicationDates;
import org.sitrep.extract.PublishedDate.Candidate;
import org.sitrep.extract.PublishedDate.Found;
import org.sitrep.extract.PublishedDate.Source;

/**
 * The first date the page's text writes with its own weekday ("The Associated Press Thursday, January 17, 2008; 8:43
 * AM", "Washington Post Staff Writer Sunday, January 6, 2008; Page A04"), for pages that give their day nowhere the
 * other readers look: a weekday written out before a whole date is how a page stamps its story, where a date in a
 * sentence goes without one, and a weekday that is the date's own tells a stamp from a misprint.
 */
final class WeekdayStamp {
    private WeekdayStamp() {
    }

    /** A weekday, not after a preposition: "died on Wednesday January 3, 2007" dates an event in a sentence. */
    private static final Pattern WEEKDAY = Pattern.compile("(?i)(?<!\\b(?:on|since|until|till|by|from|before|after|of)\\s)\\b("
            + String.join("|", CalendarWords.DAYS) + "),?\\s+");
    /** Characters after the weekday read for the date: "January 17, 2008", "17th January 2008". */
    private static final int MAX_DATE_CHARS = 30;

    /**
     * The day of the first such stamp after the headline (before it, a masthead's date is the day the page was served:
     * "Goa's complete online news edition - Tuesday, January 15, 2008"); {@link Found#NONE} when the text does not hold
     * the headline, has no such stamp after it, or its day is to come.
     */
    static Found of(Document doc, String headline) {
        String text = doc.body() == null ? "" : doc.body().text();
        int start = headline == null || headline.isBlank() ? -1 : text.indexOf(headline);
        if (start < 0) {
            return Found.NONE;
        }
        Matcher m = WEEKDAY.matcher(text);
        m.region(start, text.length());
        while (m.find()) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + MAX_DATE_CHARS));
            String date = PublicationDates.findIn(after);
            if (date == null || !after.startsWith(date)) {
                continue;
            }
            DayOfWeek weekday = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            var day = PublicationDates.parse(date).filter(d -> d.getDayOfWeek() == weekday).filter(PublishedDate::isPast);
            if (day.isPresent()) {
                return new Found(day.get(), null, new Candidate(Source.WEEKDAY_STAMP, m.group() + date));
            }
        }
        return Found.NONE;
    }
}
