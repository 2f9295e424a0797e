package org.sitrep.store;

import java.time.LocalDate;

/** A count for one publication day. */
public record DayCount(LocalDate day, long count) {
}
