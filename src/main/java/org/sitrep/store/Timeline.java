package org.sitrep.store;

import java.util.List;

/**
 * Events counted by period, oldest period first.
 *
 * @param periods the periods that hold at least one event; periods without events are left out
 * @param coarser events the query matched whose date is coarser than a period ("2014-11" on a timeline of days),
 *                counted nowhere else
 * @param undated events the query matched whose date (or year) is unknown
 */
public record Timeline(Period period, List<PeriodCount> periods, long coarser, long undated) {
    public Timeline {
        periods = List.copyOf(periods);
    }
}
