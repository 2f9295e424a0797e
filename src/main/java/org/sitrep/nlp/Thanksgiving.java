package org.sitrep.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The day of Thanksgiving in the United States: the fourth Thursday of November. */
final class Thanksgiving {
    private Thanksgiving() {
    }

    /** Thanksgiving Day of {@code year}. */
    static LocalDate day(int year) {
        return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    }
}
