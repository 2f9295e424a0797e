package org.sitrep.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.sitrep.core.CalendarWords;
import org.sitrep.extract.PublishedDate.Candidate;
import org.sitrep.extract.PublishedDate.Found;
import org.sitrep.extract.PublishedDate.Source;

/**
 * A stamp that gives month, day and time of day but no year ("Last Update: 1/01 1:10 pm", "Posted Jan 15, 8:58
 * am", "Thu Sep 22, 7:55 AM ET"), as the sites of the 2000s stamped the current year's stories, dated by the page's copyright line: the latest
 * copyright year a page writes is the year it was made.
 */
final class YearlessStamp {
    private YearlessStamp() {
    }

    private static final String MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    /**
     * A label of publication or change, or a weekday before a month's name (the day's own, which checks its year), then
     * a month and day without a year and a twelve-hour time: the time tells the stamp from a score or a fraction, and the
     * twelve-hour clock tells the American order, month first.
     */
    private static final Pattern STAMP = Pattern.compile("(?i)(?<!\\p{L})(?:(?:(?:last\\s+)?(?:updated?|modified)|posted|published)"
            + "(?:\\s+on)?[\\s:]*|(?<w>(?:mon|tue|wed|thu|fri|sat|sun)(?:[a-z]*day)?)\\.?,?\\s+(?=(?:" + MONTHS + ")))(?:(?<m>[01]?\\d)/(?<d>[0-3]?\\d)(?![/\\d])|(?<mn>" + MONTHS + ")[a-z]*\\.?\\s+(?<dn>[0-3]?\\d)(?!\\d)(?!,?\\s*\\d{4}))"
            + ",?\\s+(?:at\\s+)?[01]?\\d:[0-5]\\d\\s*[ap]\\.?m\\b");

    /**
     * The day of the first such stamp in the page's text, in its latest copyright year; {@link Found#NONE} when the
     * page has no such stamp, no copyright year, or the day does not exist in that year or is still to come.
     */
    static Found of(Document doc) {
        String text = doc.body() == null ? "" : doc.body().text();
        Matcher stamp = STAMP.matcher(text);
        Optional<Integer> year = CopyrightYear.latest(text);
        if (!stamp.find() || year.isEmpty()) {
            return Found.NONE;
        }
        int month = stamp.group("m") != null ? Integer.parseInt(stamp.group("m")) : CalendarWords.month(stamp.group("mn")).getValue();
        int day = Integer.parseInt(stamp.group(stamp.group("d") != null ? "d" : "dn"));
        try {
            LocalDate date = stamp.group("w") == null ? LocalDate.of(year.get(), month, day)
                    : onWeekday(MonthDay.of(month, day), CalendarWords.weekday(stamp.group("w")), year.get());
            return date == null || date.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1)) ? Found.NONE
                    : new Found(date, null, new Candidate(Source.YEARLESS_STAMP, stamp.group()));
        } catch (java.time.DateTimeException e) {
            return Found.NONE;
        }
    }

    /**
     * The day in the copyright year, or the year before (a line renewed at New Year stands over December's stories), on
     * which the stamp's weekday falls; {@code null} when it falls in neither, and the stamp is no date of that page.
     */
    private static LocalDate onWeekday(MonthDay day, java.time.DayOfWeek weekday, int year) {
        for (int y = year; y >= year - 1; y--) {
            if (day.isValidYear(y) && day.atYear(y).getDayOfWeek() == weekday) {
                return day.atYear(y);
            }
        }
        return null;
    }
}
