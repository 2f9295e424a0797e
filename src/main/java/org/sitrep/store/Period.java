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
        if (days.isEmpty() || DatePrecision.of(date).ordinal() > ordinal()) {
            return Optional.empty();
        }
        LocalDate day = days.get().first();
        return Optional.of(switch (this) {
            case DAY -> day.toString();
            case WEEK -> String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> day.plusDays(DatePrecision.of(date) == DatePrecision.WEEK ? 3 : 0).toString().substring(0, 7);
        });
    }
}
