package org.sitrep.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.core.CalendarWords;
import org.sitrep.extract.PublishedDate.Candidate;
import org.sitrep.extract.PublishedDate.Found;
import org.sitrep.extract.PublishedDate.Source;

/**
 * A date line whose numbers read either way ("01-08-2008": 8 January or 1 August 2008), read the way the lead's
 * weekdays agree with. A dashed date gives no order (Europe writes the day first, the US the month), so the other
 * readers leave it; but a wire story names the weekday of what it reports ("Washington on Tuesday warned ..."), which
 * is the day of publication or the day before, and only one of the two readings is most often such a day.
 */
final class WeekdayAgreedDate {
    private WeekdayAgreedDate() {
    }

    /** A line that is only a dashed date both of whose first numbers could be a month. */
    private static final Pattern DASHED = Pattern.compile("^([01]?\\d)-([01]?\\d)-((?:19|20)\\d\\d)$");
    /** Paragraphs of the lead whose weekdays are read: the first tell what the story reports. */
    private static final int LEAD_PARAGRAPHS = 3;
    private static final Pattern WEEKDAY = Pattern.compile("\\b(" + String.join("|", CalendarWords.DAYS) + ")\\b");

    /**
     * The reading of the page's first dashed date line that the lead's weekdays agree with (a weekday named is that
     * day's or the day's before), when the other reading's do not; {@link Found#NONE} when the page has no such line,
     * its numbers read only one way, or the weekdays agree with both readings or neither.
     */
    static Found of(Document doc, List<String> paragraphs) {
        String line = dashedLine(doc);
        if (line == null) {
            return Found.NONE;
        }
        Matcher m = DASHED.matcher(line);
        m.matches();
        List<LocalDate> readings = readings(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        List<DayOfWeek> named = weekdaysOfLead(paragraphs);
        List<LocalDate> agreeing = readings.stream().filter(day -> agrees(named, day)).toList();
        return readings.size() == 2 && agreeing.size() == 1 ? new Found(agreeing.get(0), null, new Candidate(Source.WEEKDAY_AGREED, line))
                : Found.NONE;
    }

    /** The two days a dashed date can be, those that exist and have passed; one when its numbers are the same. */
    private static List<LocalDate> readings(int first, int second, int year) {
        List<LocalDate> days = new ArrayList<>();
        addIfPast(days, year, first, second);
        if (first != second) {
            addIfPast(days, year, second, first);
        }
        return days;
    }

    private static void addIfPast(List<LocalDate> days, int year, int month, int day) {
        try {
            LocalDate d = LocalDate.of(year, month, day);
            if (PublishedDate.isPast(d)) {
                days.add(d);
            }
        } catch (java.time.DateTimeException e) {
            // not a day: that reading is no candidate
        }
    }

    /** The own text of the first element that is only such a dashed date, {@code null} when none is. */
    private static String dashedLine(Document doc) {
        if (doc.body() == null) {
            return null;
        }
        int seen = 0;
        for (Element e : doc.body().getAllElements()) {
            if (++seen > PublishedDate.MAX_ELEMENTS_FOR_DATE_LINE) {
                return null;
            }
            String own = e.ownText().strip();
            if (DASHED.matcher(own).matches()) {
                return own;
            }
        }
        return null;
    }

    /**
     * Whether the weekdays {@code named} agree with {@code day} as a wire story's publication day: one of them is that
     * day or the day before, whose events the story reports.
     */
    static boolean agrees(List<DayOfWeek> named, LocalDate day) {
        return named.contains(day.getDayOfWeek()) || named.contains(day.minusDays(1).getDayOfWeek());
    }

    /** The weekdays the lead's first paragraphs name, in the order written. */
    static List<DayOfWeek> weekdaysOfLead(List<String> paragraphs) {
        List<DayOfWeek> named = new ArrayList<>();
        for (String p : paragraphs.subList(0, Math.min(LEAD_PARAGRAPHS, paragraphs.size()))) {
            Matcher m = WEEKDAY.matcher(p);
            while (m.find()) {
                named.add(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
            }
        }
        return named;
    }
}
