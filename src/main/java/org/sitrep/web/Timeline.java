package org.sitrep.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.DayRange;
import org.sitrep.core.Json;
import org.sitrep.store.DayCount;

/**
 * Counts over time for a page's timeline: every period from the first counted day to the last, empty periods as
 * zeros, with the period chosen by the span ({@link TimelinePeriod#forSpan}). Dates are publication days.
 *
 * @param id       the id of the page element, unique on the page
 * @param subject  what is counted, for the caption ("Islamic State", "Aleppo", "the search")
 * @param period   the length of each bar, {@code null} when nothing is dated
 * @param starts   the first day of each period, oldest first
 * @param series   the counts, each as long as {@code starts}
 * @param selected the range the page's lists show
 * @param formId   the id of the form whose {@code from} and {@code to} fields the range selector sets
 * @param note     what the reader should know about the counts, or {@code null}
 * @param dated    which day counts, for the caption: "of publication", "of the event"
 */
public record Timeline(String id, String subject, TimelinePeriod period, List<LocalDate> starts, List<Series> series,
                       DayRange selected, String formId, String note, String dated) {

    /**
     * One line or row of bars.
     *
     * @param key the series' kind as a CSS class and legend key: "mentions", "statements", "articles", "events"
     */
    public record Series(String name, String key, List<Long> counts) {
        public Series {
            counts = List.copyOf(counts);
        }

        public long total() {
            return counts.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Daily counts of one series, as a store gives them. */
    public record Daily(String name, String key, List<DayCount> days) {
    }

    public Timeline {
        starts = List.copyOf(starts);
        series = List.copyOf(series);
    }

    /** The timeline of these daily counts, its period chosen by their span; without any count it has no periods. */
    static Timeline of(String id, String subject, DayRange selected, String formId, List<Daily> daily) {
        return of(id, subject, selected, formId, null, daily);
    }

    /**
     * The timeline of these counts per period {@code forced}, or per the period their span calls for when it is
     * {@code null}; without any count it has no periods.
     */
    static Timeline of(String id, String subject, DayRange selected, String formId, TimelinePeriod forced, List<Daily> daily) {
        LocalDate first = null;
        LocalDate last = null;
        for (Daily d : daily) {
            for (DayCount c : d.days()) {
                first = first == null || c.day().isBefore(first) ? c.day() : first;
                last = last == null || c.day().isAfter(last) ? c.day() : last;
            }
        }
        if (first == null) {
            List<Series> none = daily.stream().map(d -> new Series(d.name(), d.key(), List.of())).toList();
            return new Timeline(id, subject, null, List.of(), none, selected, formId, null, "of publication");
        }
        TimelinePeriod period = forced != null ? forced : TimelinePeriod.forSpan(first, last);
        Map<LocalDate, Integer> index = new LinkedHashMap<>();
        for (LocalDate s = period.start(first); !s.isAfter(last); s = period.next(s)) {
            index.put(s, index.size());
        }
        List<Series> series = new ArrayList<>();
        for (Daily d : daily) {
            long[] counts = new long[index.size()];
            d.days().forEach(c -> counts[index.get(period.start(c.day()))] += c.count());
            series.add(new Series(d.name(), d.key(), java.util.Arrays.stream(counts).boxed().toList()));
        }
        return new Timeline(id, subject, period, List.copyOf(index.keySet()), series, selected, formId, null, "of publication");
    }

    public Timeline withNote(String value) {
        return new Timeline(id, subject, period, starts, series, selected, formId, value, dated);
    }

    /** The timeline with the caption saying which day counts ("of the event"). */
    public Timeline withDated(String value) {
        return new Timeline(id, subject, period, starts, series, selected, formId, note, value);
    }

    public boolean isEmpty() {
        return period == null;
    }

    /** How the legend names a series: its name, total, and how the chart draws it. */
    public String legend(Series s) {
        String drawn = series.size() < 2 ? "" : series.indexOf(s) == 0 ? ", bars, left scale" : ", line, right scale";
        return s.name() + " (" + s.total() + drawn + ")";
    }

    /** The table's name for the period starting on the day. */
    public String label(LocalDate start) {
        return period.label(start);
    }

    /** The last day of the period that starts on the day. */
    public LocalDate end(LocalDate start) {
        return period.next(start).minusDays(1);
    }

    /** The counts of every series in period {@code i}. */
    public List<Long> row(int i) {
        return series.stream().map(s -> s.counts().get(i)).toList();
    }

    /** What the chart's script reads: periods as Unix seconds of their first day (UTC), and the series. */
    public String json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", period == null ? null : period.noun());
        m.put("x", starts.stream().map(d -> d.atStartOfDay(ZoneOffset.UTC).toEpochSecond()).toList());
        m.put("series", series);
        return Json.write(m);
    }

    /** The caption: what is counted per what, over which days. */
    public String caption() {
        String names = String.join(" and ", series.stream().map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).toList());
        if (isEmpty()) {
            return "No dated " + names + " for " + subject + ".";
        }
        return capitalised(names) + " for " + subject + " per " + period.noun() + " " + dated + ", " + starts.get(0)
                + " to " + end(starts.get(starts.size() - 1)) + ".";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public String fromText() {
        return selected.from() == null ? "" : selected.from().toString();
    }

    public String toText() {
        return selected.to() == null ? "" : selected.to().toString();
    }
}
