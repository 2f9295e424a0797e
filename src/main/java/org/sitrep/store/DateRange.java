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
     * month, "2014-Q3" the calendar quarter (July to September), "2014-SU" the northern season as the date finder writes
     * them (spring March–May, summer June–August, autumn September–November, winter December to the end of February of
     * the next year), "2014" the year, "197X" the decade. Empty when the value is {@code null}, no date, or its year is unknown ("XXXX-11-12").
     */
    static Optional<DateRange> of(String value) {
        if (value == null || value.startsWith("XXXX") || DatePrecision.find(value).isEmpty()) {
            return Optional.empty();
        }
        if (DatePrecision.of(value) == DatePrecision.DECADE) {
            int decade = Integer.parseInt(value.substring(0, 3)) * 10;
            return Optional.of(new DateRange(LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31)));
        }
        int year = Integer.parseInt(value.substring(0, 4));
        return Optional.of(switch (DatePrecision.of(value)) {
            case DAY -> day(LocalDate.parse(value));
            case WEEK -> week(year, Integer.parseInt(value.substring(6)));
            case MONTH -> month(YearMonth.of(year, Integer.parseInt(value.substring(5))));
            case QUARTER -> quarter(year, value.charAt(6) - '0');
            case SEASON -> season(year, value.substring(5));
            case YEAR, DECADE -> new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
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

    private static DateRange quarter(int year, int quarter) {
        LocalDate first = LocalDate.of(year, (quarter - 1) * MONTHS_A_QUARTER + 1, 1);
        return new DateRange(first, first.plusMonths(MONTHS_A_QUARTER).minusDays(1));
    }

    private static final int MONTHS_A_QUARTER = 3;

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
