package org.sitrep.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.sitrep.core.DatePrecision;

/**
 * The days a (possibly partial) ISO-8601 date may stand for, {@code first} to {@code last} inclusive.
 */
record DateRange(LocalDate first, LocalDate last) {

    /**
     * The days {@code value} may be: "2014-11-12" that day, "2014-W46" its ISO week (Monday to Sunday), "2014-11" the
     * month, "2014-SU" the northern season as the date finder writes them (spring March–May, summer June–August,
     * autumn September–November, winter December to the end of February of the next year), "2014" the year. Empty
     * when the value is {@code null} or its year is unknown ("XXXX-11-12").
     */
    static Optional<DateRange> of(String value) {
        if (value == null || value.startsWith("XXXX")) {
            return Optional.empty();
        }
        int year = Integer.parseInt(value.substring(0, 4));
        return Optional.of(switch (DatePrecision.of(value)) {
            case DAY -> day(LocalDate.parse(value));
            case WEEK -> week(year, Integer.parseInt(value.substring(6)));
            case MONTH -> month(YearMonth.of(year, Integer.parseInt(value.substring(5))));
            case SEASON -> season(year, value.substring(5));
            case YEAR -> new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        });
    }

    static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    private static DateRange week(int weekBasedYear, int week) {
        LocalDate monday = LocalDate.of(weekBasedYear, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DateRange(monday, monday.plusDays(6));
    }

    private static DateRange month(YearMonth month) {
        return new DateRange(month.atDay(1), month.atEndOfMonth());
    }

    private static DateRange season(int year, String code) {
        int startMonth = switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        LocalDate first = LocalDate.of(year, startMonth, 1);
        return new DateRange(first, first.plusMonths(3).minusDays(1));
    }

    boolean overlaps(DateRange other) {
        return !first.isAfter(other.last) && !other.first.isAfter(last);
    }
}
