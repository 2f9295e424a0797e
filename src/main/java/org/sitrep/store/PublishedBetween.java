package org.sitrep.store;

import java.util.List;
import org.sitrep.core.DayRange;

/** The SQL condition that keeps articles ({@code a}) published in a range of days, and its arguments. */
final class PublishedBetween {
    private PublishedBetween() {
    }

    /** " AND ..." conditions on {@code a.published}, empty for {@link DayRange#ALL}. */
    static String sql(DayRange range) {
        return sql(range, "a");
    }

    /** As {@link #sql(DayRange)}, on the {@code published} column of the table or alias {@code table}. */
    static String sql(DayRange range, String table) {
        return (range.from() == null ? "" : " AND " + table + ".published >= ?") + (range.to() == null ? "" : " AND " + table + ".published <= ?");
    }

    /** The arguments of {@link #sql}, in order, added to {@code args}. */
    static List<Object> args(DayRange range, List<Object> args) {
        if (range.from() != null) {
            args.add(range.from().toString());
        }
        if (range.to() != null) {
            args.add(range.to().toString());
        }
        return args;
    }
}
