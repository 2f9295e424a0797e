package org.sitrep.core;

import java.time.LocalDate;

/**
 * A range of days, both ends inclusive (ISO-8601 calendar days); either end may be {@code null} for no bound.
 * Undated things fall outside any range with a bound.
 */
public record DayRange(LocalDate from, LocalDate to) {
    /** No bound at either end: every day, and the undated too. */
    public static final DayRange ALL = new DayRange(null, null);

    public DayRange {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InputException("from", "date range starts after it ends; got: " + from + " to " + to);
        }
    }

    /** Whether neither end is bounded. */
    public boolean isAll() {
        return from == null && to == null;
    }

    /** Whether the day lies in the range; a {@code null} day lies only in {@link #ALL}. */
    public boolean contains(LocalDate day) {
        if (day == null) {
            return isAll();
        }
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
