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
 * @param share    the subject's articles beside every article per period, or {@code null} when not measured
 */
public record Timeline(String id, String subject, TimelinePeriod period, List<LocalDate> starts, List<Series> series,
                       DayRange selected, String formId, String note, String dated, Share share) {

    /**
     * The share of attention: per period, the articles about the subject and every stored article, so that a rise that
     * is only more articles overall shows as none.
     *
     * @param articles the articles about the subject per period, as long as {@code starts}
     * @param all      every stored article per period, as long as {@code starts}
     */
    public record Share(List<Long> articles, List<Long> all) {
        public Share {
            articles = List.copyOf(articles);
            all = List.copyOf(all);
        }

        /** The subject's articles per 100 articles of period {@code i}, one decimal; 0 for a period without articles. */
        public double percent(int i) {
            long n = all.get(i);
            return n == 0 ? 0 : Math.round(1000.0 * articles.get(i) / n) / 10.0;
        }
    }

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
            return new Timeline(id, subject, null, List.of(), none, selected, formId, null, "of publication", null);
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
        return new Timeline(id, subject, period, List.copyOf(index.keySet()), series, selected, formId, null, "of publication", null);
    }

    public Timeline withNote(String value) {
        return new Timeline(id, subject, period, starts, series, selected, formId, value, dated, share);
    }

    /**
     * The timeline with the share of attention: the subject's articles per day and every article per day, counted in
     * its periods (empty periods as zeros); the same timeline when it has no periods.
     */
    Timeline withShare(List<DayCount> articles, List<DayCount> all) {
        if (isEmpty()) {
            return this;
        }
        return new Timeline(id, subject, period, starts, series, selected, formId, note, dated,
                new Share(binned(articles), binned(all)));
    }

    private List<Long> binned(List<DayCount> days) {
        long[] counts = new long[starts.size()];
        LocalDate first = starts.get(0);
        LocalDate end = period.next(starts.get(starts.size() - 1));
        for (DayCount c : days) {
            if (!c.day().isBefore(first) && c.day().isBefore(end)) {
                counts[java.util.Collections.binarySearch(starts, period.start(c.day()))] += c.count();
            }
        }
        return java.util.Arrays.stream(counts).boxed().toList();
    }

    /** The timeline with the caption saying which day counts ("of the event"). */
    public Timeline withDated(String value) {
        return new Timeline(id, subject, period, starts, series, selected, formId, note, value, share);
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
        if (share != null) {
            m.put("share", share);
        }
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
