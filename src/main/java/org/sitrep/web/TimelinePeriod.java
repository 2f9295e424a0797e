package org.sitrep.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** The length of a timeline's bars: a day, an ISO week (from Monday) or a calendar month. */
public enum TimelinePeriod {
    DAY, WEEK, MONTH;

    /** Spans up to this many days are drawn by day: at most about four months of bars. */
    static final long MAX_DAYS_BY_DAY = 120;
    /** Spans up to this many days are drawn by week: at most about three years of bars. */
    static final long MAX_DAYS_BY_WEEK = 3 * 366;

    /** The period that draws the days from {@code first} to {@code last} in at most about 160 bars. */
    static TimelinePeriod forSpan(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        return days <= MAX_DAYS_BY_DAY ? DAY : days <= MAX_DAYS_BY_WEEK ? WEEK : MONTH;
    }

    /** The first day of the period that holds the day. */
    LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The first day of the next period, given the first day of one. */
    LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** How a table names the period that starts on the day: "2014-11-12", "week of 2014-11-10", "2014-11". */
    String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> "week of " + start;
            case MONTH -> start.toString().substring(0, 7);
        };
    }

    /** "day", "week", "month". */
    public String noun() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
