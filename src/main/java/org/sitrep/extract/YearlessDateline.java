package org.sitrep.extract;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.sitrep.core.CalendarWords;
import org.sitrep.core.PublicationDates;
import org.sitrep.extract.PublishedDate.Candidate;
import org.sitrep.extract.PublishedDate.Found;
import org.sitrep.extract.PublishedDate.Source;

/**
 * The day of a wire dateline that gives no year ("BEIRUT, March 3 (Reuters) -", "KABUL, Afghanistan, Jan. 5 (AP) —"),
 * for pages that date themselves nowhere else: the wires write the day of filing there and leave the year out, and the
 * day a web archive captured the page, the latest day the page writes, or its copyright line says which year: the
 * latest in which that day is not after them.
 */
final class YearlessDateline {
    private YearlessDateline() {
    }

    /** Paragraphs at the top of the article that may open with the dateline. */
    private static final int DATELINE_PARAGRAPHS = 3;
    /**
     * A place in capitals or with each word capitalised ("BEIRUT", "GAZA CITY", "New Delhi", "GOLD COAST (Australia)",
     * "KABUL, Afghanistan"), a month and day without a year, then the agency in brackets or the dash or colon that
     * closes a dateline ("New Delhi, Jan 13 (IANS):", "London, Dec 29:", "MARGAO, DEC 30 —").
     */
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{L}.'’-]*(?:[ -]\\p{Lu}[\\p{L}.'’-]*){0,3}(?:\\s*\\(\\p{Lu}[\\p{L} ]{1,30}\\))?"
            + "(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{1,30})?,\\s+(?<m>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*)\\.?\\s+"
            + "(?<d>[0-3]?\\d)(?!\\d)(?!,?\\s*(?:19|20)\\d\\d)\\s*(?:\\(|[-–—:]|/)");

    /**
     * The dateline's day in the latest year it is not after the bound ({@link #bound}); {@link Found#NONE} when no such
     * dateline opens the first paragraphs, the page gives no bound, or the day exists in none of the four years up to it.
     */
    static Found of(Document doc, List<String> paragraphs) {
        for (String p : paragraphs.subList(0, Math.min(DATELINE_PARAGRAPHS, paragraphs.size()))) {
            Matcher m = DATELINE.matcher(p);
            if (m.find()) {
                Bound bound = bound(doc);
                if (bound == null) {
                    return Found.NONE;
                }
                Month month = CalendarWords.month(m.group("m"));
                int dayOfMonth = Integer.parseInt(m.group("d"));
                if (dayOfMonth < 1 || dayOfMonth > month.maxLength()) {
                    return Found.NONE;
                }
                LocalDate latest = latestUpTo(MonthDay.of(month, dayOfMonth), bound.day());
                if (latest == null) {
                    return Found.NONE;
                }
                // A copyright year leaves the year open: a story of "December 30" on a page of the new year's copyright
                // ("GOLD COAST, December 30: ... on Sunday") is of the year whose day agrees with the lead's weekdays.
                LocalDate before = latest.minusYears(1);
                List<java.time.DayOfWeek> named = WeekdayAgreedDate.weekdaysOfLead(paragraphs);
                LocalDate day = !bound.seen() && !WeekdayAgreedDate.agrees(named, latest) && WeekdayAgreedDate.agrees(named, before)
                        ? before : latest;
                return new Found(day, null, new Candidate(Source.YEARLESS_DATELINE, m.group()));
            }
        }
        return Found.NONE;
    }

    /** The day in the latest of the four years up to the bound in which it exists and is not after it; {@code null} if none. */
    private static LocalDate latestUpTo(MonthDay day, LocalDate bound) {
        for (int year = bound.getYear(); year > bound.getYear() - 4; year--) {
            if (day.isValidYear(year) && !day.atYear(year).isAfter(bound)) {
                return day.atYear(year);
            }
        }
        return null;
    }

    /**
     * The last day the page can have been published: its capture; else the latest day it writes in full, as a page
     * shows the day it was served and its neighbours' days (a copyright line may be a year behind or ahead of that
     * day), when that day is of the copyright year or the one before; else its latest copyright year's end. Never after
     * today; {@code null} when the page gives none of these.
     */
    private static Bound bound(Document doc) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Optional<LocalDate> captured = ArchivedCopy.capturedDay(doc);
        if (captured.isPresent()) {
            return new Bound(notAfter(captured.get(), today), true);
        }
        String text = doc.body() == null ? "" : doc.body().text();
        Integer latest = CopyrightYear.latest(text).orElse(null);
        Optional<LocalDate> written = PublicationDates.allIn(text).stream().map(PublicationDates::parse).flatMap(Optional::stream)
                .filter(PublishedDate::isPast).max(LocalDate::compareTo);
        if (written.isPresent() && (latest == null || written.get().getYear() >= latest - 1)) {
            return new Bound(notAfter(written.get(), today), true);
        }
        if (latest == null) {
            return null;
        }
        return new Bound(notAfter(LocalDate.of(latest, 12, 31), today), false);
    }

    private static LocalDate notAfter(LocalDate day, LocalDate today) {
        return day.isAfter(today) ? today : day;
    }

    /** The last day the page can have been published, and whether it is a day seen on the page, not a year's end. */
    private record Bound(LocalDate day, boolean seen) {
    }
}
