package org.sitrep.core;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The English names of the days and months. Several stages must tell them from names ("said Friday", "May" before a
 * surname); they take the names from {@link java.time} here rather than each spelling out its own list.
 */
public final class CalendarWords {
    /** "Monday" to "Sunday", in week order. */
    public static final List<String> DAYS = Arrays.stream(DayOfWeek.values())
            .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toList();
    /** "January" to "December", in year order. */
    public static final List<String> MONTHS = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toList();

    private CalendarWords() {
    }

    /** The day and month names, capitalised, together with {@code others}. */
    public static Set<String> namesAnd(String... others) {
        return union(Stream.concat(DAYS.stream(), MONTHS.stream()), others);
    }

    /** The day and month names in lower case, together with {@code others}. */
    public static Set<String> lowerCaseNamesAnd(String... others) {
        return union(Stream.concat(DAYS.stream(), MONTHS.stream()).map(w -> w.toLowerCase(Locale.ROOT)), others);
    }

    /** The day names in lower case, together with {@code others}. */
    public static Set<String> lowerCaseDaysAnd(String... others) {
        return union(DAYS.stream().map(w -> w.toLowerCase(Locale.ROOT)), others);
    }

    /**
     * The month a name or its abbreviation of three letters or more names, case aside ("Sept", "mar", "December").
     *
     * @throws IllegalArgumentException when {@code name} begins no month's name
     */
    public static Month month(String name) {
        for (Month month : Month.values()) {
            if (name.length() >= 3 && month.name().startsWith(name.substring(0, 3).toUpperCase(Locale.ROOT))) {
                return month;
            }
        }
        throw new IllegalArgumentException("name must begin a month's name; got: " + name);
    }

    /**
     * The weekday a name or its abbreviation of three letters or more names, case aside ("Thurs", "mon", "Sunday").
     *
     * @throws IllegalArgumentException when {@code name} begins no weekday's name
     */
    public static DayOfWeek weekday(String name) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (name.length() >= 3 && day.name().startsWith(name.substring(0, 3).toUpperCase(Locale.ROOT))) {
                return day;
            }
        }
        throw new IllegalArgumentException("name must begin a weekday's name; got: " + name);
    }

    private static Set<String> union(Stream<String> names, String... others) {
        Set<String> all = new LinkedHashSet<>();
        names.forEach(all::add);
        all.addAll(List.of(others));
        return Set.copyOf(all);
    }
}
