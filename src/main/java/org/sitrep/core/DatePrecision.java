package org.sitrep.core;

import java.util.Optional;
import java.util.regex.Pattern;

/** How precisely a date is known, finest first. */
public enum DatePrecision {
    DAY, WEEK, MONTH, QUARTER, SEASON, YEAR, DECADE;

    /** A year, or "XXXX" when the text does not give it. */
    private static final String ANY_YEAR = "(\\d{4}|XXXX)";
    private static final Pattern DAY_VALUE = Pattern.compile(ANY_YEAR + "-\\d{2}-\\d{2}");
    private static final Pattern WEEK_VALUE = Pattern.compile(ANY_YEAR + "-W\\d{2}");
    private static final Pattern MONTH_VALUE = Pattern.compile(ANY_YEAR + "-\\d{2}");
    private static final Pattern QUARTER_VALUE = Pattern.compile(ANY_YEAR + "-Q[1-4]");
    private static final Pattern SEASON_VALUE = Pattern.compile(ANY_YEAR + "-(SP|SU|FA|WI)");
    private static final Pattern YEAR_VALUE = Pattern.compile("\\d{4}");
    private static final Pattern DECADE_VALUE = Pattern.compile("\\d{3}X");

    /**
     * The precision of a (possibly partial) ISO-8601 value as {@link DateExpression} writes them: "2014-11-12" is a
     * day, "2014-W46" a week, "2014-11" a month, "2014-Q3" a calendar quarter (TimeML's form), "2014-SU" a season,
     * "2014" a year, "197X" a decade (the 1970s); "XXXX" stands for a year the text does not give.
     *
     * @throws IllegalArgumentException when {@code value} is none of these forms
     */
    public static DatePrecision of(String value) {
        return find(value).orElseThrow(() -> new IllegalArgumentException(
                "date value must be YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn, YYYY-SU, YYYY or YYYX; got: " + value));
    }

    /** As {@link #of}, empty when {@code value} is none of its forms, for values made from text that may be odd. */
    public static Optional<DatePrecision> find(String value) {
        if (DAY_VALUE.matcher(value).matches()) {
            return Optional.of(DAY);
        }
        if (WEEK_VALUE.matcher(value).matches()) {
            return Optional.of(WEEK);
        }
        if (MONTH_VALUE.matcher(value).matches()) {
            return Optional.of(MONTH);
        }
        if (QUARTER_VALUE.matcher(value).matches()) {
            return Optional.of(QUARTER);
        }
        if (SEASON_VALUE.matcher(value).matches()) {
            return Optional.of(SEASON);
        }
        if (YEAR_VALUE.matcher(value).matches()) {
            return Optional.of(YEAR);
        }
        if (DECADE_VALUE.matcher(value).matches()) {
            return Optional.of(DECADE);
        }
        return Optional.empty();
    }
}
