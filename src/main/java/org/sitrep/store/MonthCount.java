package org.sitrep.store;

/** A count for one month, "YYYY-MM". */
public record MonthCount(String month, long count) {
}
