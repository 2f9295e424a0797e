package org.sitrep.nlp;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Dates counted from the publication day: "yesterday", "last week" (an ISO week, "2012-W43"), "ten years ago". */
final class RelativeDates {
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");

    private RelativeDates() {
    }

    /**
     * "yesterday", "this morning", "last night", "the day after tomorrow": a day; {@code null} without a publication
     * day.
     */
    static String day(String words, LocalDate published) {
        if (published == null) {
            return null;
        }
        if (words.endsWith("after tomorrow") || words.endsWith("before yesterday")) {
            return published.plusDays(words.endsWith("tomorrow") ? 2 : -2).toString();
        }
        return switch (words) {
            case "yesterday", "last night" -> published.minusDays(1).toString();
            case "tomorrow" -> published.plusDays(1).toString();
            default -> published.toString();
        };
    }

    /** "last week", "this month", "next year"; {@code null} without a publication day. */
    static String period(String which, String unit, LocalDate published) {
        if (published == null) {
            return null;
        }
        int shift = switch (which) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return switch (unit) {
            case "week" -> week(published.plusWeeks(shift));
            case "month" -> YearMonth.from(published).plusMonths(shift).toString();
            default -> Integer.toString(published.getYear() + shift);
        };
    }

    /**
     * "three days ago" and "two weeks ago" are a day (the weeks counted back to the same weekday, as TimeML and the
     * field guide value them), "a month ago" a month, "a year ago" a year, "a decade ago" ten years back, "48 hours ago"
     * two days; a negative count looks ahead ("a year from now"). {@code null} without a publication day, and for hours
     * that are no whole number of days ("three hours ago" may be the day before or the same day).
     */
    static String ago(Integer count, String unit, LocalDate published) {
        if (published == null || count == null) {
            return null;
        }
        return switch (unit) {
            case "hour" -> count % HOURS_A_DAY != 0 ? null : published.minusDays(count / HOURS_A_DAY).toString();
            case "day" -> published.minusDays(count).toString();
            case "week" -> published.minusWeeks(count).toString();
            case "month" -> YearMonth.from(published).minusMonths(count).toString();
            // "a year ago" is the same time a year back, told to its month; "three years ago" only to its year.
            case "year" -> Math.abs(count) == 1 ? YearMonth.from(published).minusYears(count).toString()
                    : Integer.toString(published.getYear() - count);
            default -> Integer.toString(published.getYear() - 10 * count);
        };
    }

    static final int HOURS_A_DAY = 24;

    /** "9", "nine", "a", "thirty-five": the number; {@code null} for words that give none. */
    static Integer count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("a") || w.equals("an")) {
            return 1;
        }
        if (Character.isDigit(w.charAt(0))) {
            return Integer.parseInt(w);
        }
        String[] parts = w.split("[- ]");
        int tens = TENS.indexOf(parts[0]);
        if (tens >= 0) {
            int units = parts.length > 1 ? NUMBERS.indexOf(parts[1]) : 0;
            return units < 0 ? null : 20 + 10 * tens + units;
        }
        int i = NUMBERS.indexOf(w);
        return i < 0 ? null : i;
    }

    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

    static String week(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * The quarter {@code shift} quarters from the one a value gives ("2014-Q3" and -4 give "2013-Q3"); {@code null} when
     * the value is no quarter's.
     */
    static String quarterFrom(String quarter, int shift) {
        if (quarter == null || !isQuarter(quarter)) {
            return null;
        }
        int index = Integer.parseInt(quarter.substring(0, 4)) * QUARTERS_A_YEAR + quarter.charAt(6) - '1' + shift;
        return Math.floorDiv(index, QUARTERS_A_YEAR) + "-Q" + (Math.floorMod(index, QUARTERS_A_YEAR) + 1);
    }

    /** The quarter of a day, as "2014-Q3". */
    static String quarterOf(LocalDate day) {
        return day.getYear() + "-Q" + YearlessDates.quarterOf(day);
    }

    /** Whether a value is a quarter's, as "2014-Q3". */
    static boolean isQuarter(String value) {
        return QUARTER.matcher(value).matches();
    }

    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");
    static final int QUARTERS_A_YEAR = 4;

    /** The day of a full ISO value ("2012-10-02"); {@code null} for a partial one. */
    static LocalDate dayOf(String value) {
        if (value.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
