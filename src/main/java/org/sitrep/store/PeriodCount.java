package org.sitrep.store;

/**
 * How many events a period holds.
 *
 * @param period    the period's ISO-8601 label ("2014-11-12", "2014-W46", "2014-11")
 * @param events    reports dated in it
 * @param incidents distinct incidents among them (an incident reported by five articles counts once)
 */
public record PeriodCount(String period, long events, long incidents) {
}
