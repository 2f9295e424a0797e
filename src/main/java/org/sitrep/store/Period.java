package org.sitrep.store;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import org.sitrep.core.DatePrecision;

/** The length of a timeline's steps, with the labels the periods get: ISO-8601 days, weeks and months. */
public enum Period {
    /** "2014-11-12". */
    DAY,
    /** ISO weeks, Monday to Sunday: "2014-W46". */
    WEEK,
    /** "2014-11". */
    MONTH;

    /**
     * The period of this length that an event's date falls in, empty when the date is coarser than the period (a month
     * has no day) or unknown. A week falls in the month of its Thursday, as ISO-8601 counts weeks in years.
     */
    Optional<String> of(String date) {
        Optional<DateRange> days = DateRange.of(date);
        return days.isEmpty() ? Optional.empty() : of(DatePrecision.of(date), days.get().first());
    }

    /** The period of this length that a date of that precision, beginning on {@code first}, falls in; as {@link #of(String)}. */
    Optional<String> of(DatePrecision precision, LocalDate first) {
        if (precision.ordinal() > ordinal()) {
            return Optional.empty();
        }
        return Optional.of(switch (this) {
            case DAY -> first.toString();
            case WEEK -> String.format("%d-W%02d", first.get(IsoFields.WEEK_BASED_YEAR), first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> first.plusDays(precision == DatePrecision.WEEK ? 3 : 0).toString().substring(0, 7);
        });
    }
}
