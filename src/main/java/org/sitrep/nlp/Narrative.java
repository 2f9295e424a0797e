package org.sitrep.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * The story's own time while an article is read in order: the last date it named, from which "the next day" and
 * "nine days later" count. Dates the text only partly gives ("XXXX-11-12") and {@code null} values move nothing.
 */
final class Narrative {
    private final LocalDate published;
    private String lastValue;
    private LocalDate lastDay;
    private LocalDate lastCalendarDay;
    /** The month of the last date named that gave one ("December 2002", "Dec. 5"); a year named after it keeps it. */
    private YearMonth lastMonth;
    /** The last quarter named ("the third quarter"), from which "the quarter" and "the year-ago quarter" count. */
    private String lastQuarter;

    Narrative(LocalDate published) {
        this.published = published;
    }

    LocalDate published() {
        return published;
    }

    /** Whether the story has named a date it is told from, or been told from a day counted from writing. */
    boolean namedAny() {
        return lastValue != null;
    }

    /** The year of the last date the text named, {@code null} when it named none. */
    Integer year() {
        return lastValue == null ? null : Integer.valueOf(lastValue.substring(0, 4));
    }

    /** Records a date the text named; {@code calendar} when it was written as a calendar date ("October 2"). */
    void named(String value, boolean calendar) {
        if (value == null || value.startsWith("X") || value.length() < 4 || !Character.isDigit(value.charAt(3))) {
            return;
        }
        lastValue = value;
        if (RelativeDates.isQuarter(value)) {
            lastQuarter = value;
        }
        YearMonth month = monthOf(value);
        lastMonth = month != null ? month : lastMonth;
        LocalDate day = RelativeDates.dayOf(value);
        if (day == null && isMonth(value)) {
            // The story has moved to a month ("in March last year ... two weeks later"): a day named before it is no
            // longer the story's, and counting days from it would date what follows near that older day.
            lastDay = null;
        }
        if (day != null) {
            lastDay = day;
            if (calendar) {
                lastCalendarDay = day;
            }
        }
    }

    /**
     * Records a day counted from the day of writing ("Sunday", "yesterday"): once the story has come back to the days
     * around its writing, a later weekday is no longer the one of the calendar date named before it ("Prosecutors got a
     * search warrant Aug. 30 ... arrested them Sunday ... On Friday, viewers watched" is the Friday before writing).
     * Before the story names a date of its own, the day is the story's day, from which "24 hours earlier" counts.
     */
    void countedFromWriting(String value) {
        LocalDate day = value == null ? null : RelativeDates.dayOf(value);
        if (day != null && lastValue == null) {
            // Until the story names a date, it is told from the days around its writing: "accused of a cover-up
            // yesterday ... Just 24 hours earlier, the government had ..." counts from yesterday.
            lastValue = value;
            lastDay = day;
        }
        if (day != null && !day.equals(lastCalendarDay)) {
            lastCalendarDay = null;
        }
    }

    /**
     * The last calendar date named when it falls on {@code weekday}: "On Tuesday, October 2 ... Early Tuesday morning a
     * court had handed down" tells of the same Tuesday. {@code null} when none does, it is after the publication day,
     * or it is more than a week before it and the weekday's clause is not told in the past perfect ({@code
     * storyTense}): news names a day by its weekday alone only within the week before it runs (AP style), so "Iraq
     * invaded Kuwait on Aug. 2 ... read on television Thursday" is this week's Thursday, while the past perfect tells
     * the story at its own time.
     */
    LocalDate explicitDayNamed(DayOfWeek weekday, boolean storyTense) {
        if (lastCalendarDay == null || lastCalendarDay.getDayOfWeek() != weekday) {
            return null;
        }
        boolean inTheWeekOfWriting = published == null || !lastCalendarDay.isAfter(published)
                && !lastCalendarDay.plusDays(MAX_DAYS_BACK_OF_A_WEEKDAY).isBefore(published);
        return inTheWeekOfWriting || storyTense && !lastCalendarDay.isAfter(published) ? lastCalendarDay : null;
    }

    private static final int MAX_DAYS_BACK_OF_A_WEEKDAY = 7;

    /** Whether the value is a month ("2007-03"), not a day, a week, a season or a year. */
    private static boolean isMonth(String value) {
        return value.length() == 7 && monthOf(value) != null;
    }

    /**
     * The month a value gives, a month's ("2007-03") or a day's ("2007-03-05"); {@code null} for a year, a season
     * ("2007-SU") or a week ("2007-W05"), which name no one month.
     */
    private static YearMonth monthOf(String value) {
        boolean month = value.length() >= 7 && value.charAt(4) == '-' && Character.isDigit(value.charAt(5))
                && Character.isDigit(value.charAt(6));
        return month ? YearMonth.parse(value.substring(0, 7)) : null;
    }

    /**
     * The quarter {@code shift} quarters from the last one the story named ("the quarter" 0, "the year-ago quarter" -4);
     * {@code null} when it named none.
     */
    String quarter(int shift) {
        return RelativeDates.quarterFrom(lastQuarter, shift);
    }

    /**
     * "on the 15th": that day of the month of the last day named ("notify Congress on January 14 ... in Saudi Arabia on
     * the 15th"), or of the last month named ("in March ... on the 15th"); {@code null} when neither was named or the
     * month has no such day.
     */
    String dayOfMonth(int day) {
        YearMonth month = lastDay != null ? YearMonth.from(lastDay) : lastValue != null && isMonth(lastValue) ? monthOf(lastValue) : null;
        return month == null || day > month.lengthOfMonth() ? null : month.atDay(day).toString();
    }

    /**
     * "the following Monday" ({@code before} false), "the previous Friday" (true): the first such weekday after, or the
     * last before, the last day named; {@code null} when none was.
     */
    String weekdayAround(DayOfWeek weekday, boolean before) {
        return lastDay == null ? null
                : lastDay.with(before ? TemporalAdjusters.previous(weekday) : TemporalAdjusters.next(weekday)).toString();
    }

    /**
     * "the next day", "that evening", "earlier in the day", "that week", "the same day" from the last day named; "later
     * that month", "earlier in the year", "the same year" from the last date named at that unit; {@code null} when none
     * was.
     */
    String anchored(String words) {
        if (words.endsWith(" year") || words.endsWith(" month")) {
            return period(words);
        }
        if (lastDay == null) {
            return null;
        }
        if (words.endsWith(" week")) {
            int shift = words.contains("following") ? 1 : words.contains("previous") ? -1 : 0;
            return RelativeDates.week(lastDay.plusWeeks(shift));
        }
        if (words.contains("that ") || words.contains("same ") || words.endsWith(" in the day")) {
            return lastDay.toString();
        }
        boolean before = words.contains("previous") || words.endsWith("before");
        return (before ? lastDay.minusDays(1) : lastDay.plusDays(1)).toString();
    }

    /**
     * "that year", "the previous year" from the last date named; "later that month", "the following month" from the last
     * month named, though a bare year came after it ("in December 2002 ... frozen under the 1994 agreement. Later that
     * month"): a year names no month the words could point back to. {@code null} when none was named.
     */
    private String period(String words) {
        int shift = words.contains("following") ? 1 : words.contains("previous") ? -1 : 0;
        if (words.endsWith(" month")) {
            return lastMonth == null ? null : lastMonth.plusMonths(shift).toString();
        }
        return lastValue == null ? null : Integer.toString(Integer.parseInt(lastValue.substring(0, 4)) + shift);
    }

    /**
     * "nine days later", "four years later" from the last date named, at its precision, and "two years earlier" with a
     * negative count; {@code null} when it cannot.
     */
    String later(Integer count, String unit) {
        if (count == null || lastValue == null) {
            return null;
        }
        return switch (unit) {
            case "hour" -> lastDay == null || count % RelativeDates.HOURS_A_DAY != 0 ? null
                    : lastDay.plusDays(count / RelativeDates.HOURS_A_DAY).toString();
            case "day" -> lastDay == null ? null : lastDay.plusDays(count).toString();
            case "week" -> lastDay == null ? null : RelativeDates.week(lastDay.plusWeeks(count));
            case "month" -> {
                YearMonth month = monthOf(lastValue);
                yield month == null ? null : month.plusMonths(count).toString();
            }
            // "a year earlier" after "the third quarter" is that quarter a year back, as results are compared.
            default -> lastValue.equals(lastQuarter) ? RelativeDates.quarterFrom(lastQuarter, count * RelativeDates.QUARTERS_A_YEAR)
                    : Integer.toString(Integer.parseInt(lastValue.substring(0, 4)) + count);
        };
    }

}
