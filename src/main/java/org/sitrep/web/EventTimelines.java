package org.sitrep.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.sitrep.store.DayCount;
import org.sitrep.store.Timeline;

/** The store's event counts per period ("2014-11-12", "2014-W46", "2014-11") as counts on each period's first day. */
final class EventTimelines {
    private EventTimelines() {
    }

    /** The first day of the period the label names. */
    static LocalDate start(String label) {
        if (label.contains("-W")) {
            int year = Integer.parseInt(label.substring(0, 4));
            int week = Integer.parseInt(label.substring(6));
            return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        return label.length() == 7 ? YearMonth.parse(label).atDay(1) : LocalDate.parse(label);
    }

    static List<DayCount> incidents(Timeline t) {
        return t.periods().stream().map(p -> new DayCount(start(p.period()), p.incidents())).toList();
    }

    static List<DayCount> reports(Timeline t) {
        return t.periods().stream().map(p -> new DayCount(start(p.period()), p.events())).toList();
    }

    /** What the chart leaves out, or {@code null} when it leaves out nothing. */
    static String leftOut(Timeline t) {
        if (t.coarser() == 0 && t.undated() == 0) {
            return null;
        }
        String coarser = t.coarser() == 0 ? "" : plural(t.coarser(), "report") + " dated less precisely than a "
                + t.period().name().toLowerCase(java.util.Locale.ROOT);
        String undated = t.undated() == 0 ? "" : plural(t.undated(), "report") + " without a known date";
        String both = coarser.isEmpty() ? undated : undated.isEmpty() ? coarser : coarser + " and " + undated;
        return "Not on the chart: " + both + " (they are in the list).";
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
