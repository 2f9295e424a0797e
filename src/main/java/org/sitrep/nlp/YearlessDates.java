package org.sitrep.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.function.IntFunction;

/**
 * Dates the text gives without a year, placed by the publication day and the sentence's tense: in the past the last
 * occurrence up to the publication day ("was killed on May 30" in December is this year's May), in the future the
 * next one, and without a cue the last one unless the next is near and nearer ("talks on January 5" written on 20
 * December are next month's; "from May through this month" written in December is this year's May, not next year's).
 */
final class YearlessDates {
    private YearlessDates() {
    }

    static LocalDate day(MonthDay day, Tense tense, LocalDate published) {
        LocalDate before = null;
        LocalDate after = null;
        for (int y = published.getYear() - 4; y <= published.getYear() + 4; y++) {
            if (!day.isValidYear(y)) {
                continue;
            }
            LocalDate d = day.atYear(y);
            if (!d.isAfter(published)) {
                before = d;
            } else if (after == null) {
                after = d;
            }
        }
        return switch (tense) {
            case PAST -> isDeadlineSoon(before, after, published) ? after : before;
            case FUTURE -> after == null || before != null && before.equals(published) ? published
                    : isScheduleJustPast(before, after, published) ? before : after;
            default -> nearer(before, after, published);
        };
    }

    /**
     * A feast whose calendar day moves from year to year ("Easter Sunday", given as its day in each year): in the past
     * the last one up to the publication day, in the future the next one from it, without a cue the nearer as for a
     * day without a year.
     */
    static LocalDate movingDay(IntFunction<LocalDate> dayIn, Tense tense, LocalDate published) {
        int y = published.getYear();
        LocalDate before = dayIn.apply(y).isAfter(published) ? dayIn.apply(y - 1) : dayIn.apply(y);
        LocalDate after = dayIn.apply(y).isAfter(published) ? dayIn.apply(y) : dayIn.apply(y + 1);
        return switch (tense) {
            case PAST -> before;
            case FUTURE -> before.equals(published) ? published : after;
            default -> nearer(before, after, published);
        };
    }

    /** The last occurrence of the day up to the publication day, for a day that is known to have passed. */
    static LocalDate pastDay(MonthDay day, LocalDate published) {
        for (int y = published.getYear(); ; y--) {
            if (day.isValidYear(y) && !day.atYear(y).isAfter(published)) {
                return day.atYear(y);
            }
        }
    }

    /**
     * Whether a day read in a past clause is rather the one a few weeks ahead: news writes the year of a day almost a
     * year back (AP style leaves it out only in the current year), while a deadline a few weeks off often sits beside a
     * past verb ("the offer was extended to Nov. 20"). The tense cue is a guess; the calendar outweighs it here.
     */
    private static boolean isDeadlineSoon(LocalDate before, LocalDate after, LocalDate published) {
        return before != null && after != null && published.toEpochDay() - before.toEpochDay() >= MIN_DAYS_BACK_WITHOUT_YEAR
                && after.toEpochDay() - published.toEpochDay() <= MAX_DAYS_AHEAD_OF_A_PAST_CUE;
    }

    /**
     * Whether a day read in a clause that looks ahead is rather the one a few weeks back: news writes the year of a day
     * almost a year ahead, while a schedule or deadline just passed keeps the words of the future ("scheduled for Aug.
     * 13", "to repatriate the child by Jan. 14" written on 15 January).
     */
    private static boolean isScheduleJustPast(LocalDate before, LocalDate after, LocalDate published) {
        return before != null && after.toEpochDay() - published.toEpochDay() >= MIN_DAYS_BACK_WITHOUT_YEAR
                && published.toEpochDay() - before.toEpochDay() <= MAX_DAYS_BACK_OF_A_FUTURE_CUE;
    }

    private static final int MAX_DAYS_BACK_OF_A_FUTURE_CUE = 31;

    /** A day this far back or farther, with a day at most {@link #MAX_DAYS_AHEAD_OF_A_PAST_CUE} ahead, is the one ahead. */
    private static final int MIN_DAYS_BACK_WITHOUT_YEAR = 330;
    private static final int MAX_DAYS_AHEAD_OF_A_PAST_CUE = 21;

    static YearMonth month(Month month, Tense tense, LocalDate published) {
        YearMonth now = YearMonth.from(published);
        YearMonth thisYear = YearMonth.of(published.getYear(), month);
        YearMonth before = thisYear.isAfter(now) ? thisYear.minusYears(1) : thisYear;
        YearMonth after = thisYear.isBefore(now) ? thisYear.plusYears(1) : thisYear;
        return switch (tense) {
            case PAST -> before;
            case FUTURE -> isMonthJustPast(before, after, now) ? before : after;
            default -> YearMonth.from(nearer(before.atDay(15), after.atDay(15), published));
        };
    }

    /**
     * Whether a month read in a clause that looks ahead is rather the one just past: news writes the year of a month
     * almost a year ahead, while a month just gone keeps the words of what was then to come ("once his October
     * election victory is upheld" written in November).
     */
    private static boolean isMonthJustPast(YearMonth before, YearMonth after, YearMonth now) {
        return before.until(now, ChronoUnit.MONTHS) <= MAX_MONTHS_BACK_OF_A_FUTURE_CUE
                && now.until(after, ChronoUnit.MONTHS) >= MIN_MONTHS_AHEAD_WITHOUT_YEAR;
    }

    private static final int MAX_MONTHS_BACK_OF_A_FUTURE_CUE = 1;
    private static final int MIN_MONTHS_AHEAD_WITHOUT_YEAR = 11;

    /**
     * "the third quarter" without its year: in the past the latest such quarter to have begun by the publication day,
     * in the future the next one from it, unless that is almost a year ahead and the quarter named the one just ended
     * (a company "expects to report a third-quarter loss" in November: results come out after their quarter); without
     * a cue the latest begun, since news of a quarter is mostly of results. Returns "2014-Q3".
     */
    static String quarter(int quarter, Tense tense, LocalDate published) {
        int now = quarterOf(published);
        int begun = quarter <= now ? published.getYear() : published.getYear() - 1;
        boolean ahead = tense == Tense.FUTURE && quarter != now && quarter != now - 1 && !(now == 1 && quarter == 4);
        return (ahead ? begun + 1 : begun) + "-Q" + quarter;
    }

    /** The calendar quarter of a day, 1 to 4. */
    static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / MONTHS_A_QUARTER + 1;
    }

    static final int MONTHS_A_QUARTER = 3;

    /** "last October": the latest October before the publication month ("last October" in May 2025 is 2024-10). */
    static YearMonth lastMonth(Month month, LocalDate published) {
        YearMonth thisYear = YearMonth.of(published.getYear(), month);
        return thisYear.isBefore(YearMonth.from(published)) ? thisYear : thisYear.minusYears(1);
    }

    /** "next March": the first March after the publication month. */
    static YearMonth nextMonth(Month month, LocalDate published) {
        YearMonth thisYear = YearMonth.of(published.getYear(), month);
        return thisYear.isAfter(YearMonth.from(published)) ? thisYear : thisYear.plusYears(1);
    }

    /**
     * "last Wednesday" is the one before the publication day, "next Monday" the one after it, never the publication
     * day itself.
     */
    static LocalDate weekday(DayOfWeek day, boolean next, LocalDate published) {
        return published.with(next ? TemporalAdjusters.next(day) : TemporalAdjusters.previous(day));
    }

    /**
     * "Monday, Oct. 26": of the years around the publication day, the nearest one in which the day falls on the weekday
     * the text gives with it; {@code null} when none within a year either side does (the weekday is then a slip).
     */
    static LocalDate dayOnWeekday(MonthDay day, DayOfWeek weekday, LocalDate published) {
        LocalDate best = null;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            LocalDate d = day.isValidYear(y) ? day.atYear(y) : null;
            if (d != null && d.getDayOfWeek() == weekday && (best == null || daysApart(d, published) < daysApart(best, published))) {
                best = d;
            }
        }
        return best;
    }

    private static long daysApart(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    /** A weekday is the last one up to the publication day, or the next one from it when the sentence looks ahead. */
    static LocalDate weekday(DayOfWeek day, Tense tense, LocalDate published) {
        return published.with(tense == Tense.FUTURE ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day));
    }

    /**
     * News reports mostly what happened, at any distance back, and announces what is to come mostly within a season: a
     * date without a tense cue is the next one only when it is at most this many days ahead.
     */
    private static final int MAX_DAYS_AHEAD_WITHOUT_CUE = 92;

    private static LocalDate nearer(LocalDate before, LocalDate after, LocalDate published) {
        if (before == null || after == null) {
            return before == null ? after : before;
        }
        long back = published.toEpochDay() - before.toEpochDay();
        long ahead = after.toEpochDay() - published.toEpochDay();
        return ahead < back && ahead <= MAX_DAYS_AHEAD_WITHOUT_CUE ? after : before;
    }
}
