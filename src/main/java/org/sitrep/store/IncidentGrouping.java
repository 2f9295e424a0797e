package org.sitrep.store;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.Event;
import org.sitrep.core.EventActor;
import org.sitrep.core.EventType;

/**
 * The store's incident rule ({@link Incidents}) in memory, for a run that has every report at hand rather than a
 * database (the Spark job groups the reports of each event type and passes them here). Given the reports in the order
 * the store would save them, it makes the incidents the store would: a report joins the incident, among those whose
 * every report agrees with it on what, where and when and one of whose reports agrees on the actors, with the nearest
 * report, then the one started first; else it starts one. Not thread-safe.
 */
public final class IncidentGrouping {
    /** Latitude bands a little wider than {@link IncidentReport#MAX_KILOMETRES}, so a report's neighbours lie in its band or the two beside it. */
    private static final double BAND_DEGREES = 0.1;

    /**
     * One event as the incident rule sees it; plain values so that it crosses a cluster.
     *
     * @param type      ACLED's event type label
     * @param placeId   the place's id, {@code null} when the event has no place
     * @param date      ISO-8601, possibly partial, {@code null} when unknown
     * @param published the reporting article's publication day, ISO-8601, {@code null} when unknown
     */
    public record Report(String type, Long placeId, double lat, double lon, String date, String published,
                         String actor1, String actor1Entity, String actor2, String actor2Entity) implements Serializable {
        /** The report of an event of an article published on {@code published} ({@code null} when unknown). */
        public static Report of(Event e, LocalDate published) {
            var place = e.place() == null ? null : e.place().place();
            return new Report(e.type().label(), place == null ? null : place.id(), place == null ? 0 : place.lat(),
                    place == null ? 0 : place.lon(), e.date(), published == null ? null : published.toString(),
                    e.actor1().name(), e.actor1().entity(), e.actor2() == null ? null : e.actor2().name(),
                    e.actor2() == null ? null : e.actor2().entity());
        }

        IncidentReport rule() {
            EventType t = EventType.ofLabel(type).orElseThrow(() ->
                    new IllegalArgumentException("type must be an ACLED event type label; got: " + type));
            return new IncidentReport(t, placeId, lat, lon, date, published == null ? null : LocalDate.parse(published),
                    new EventActor(actor1, actor1Entity), actor2 == null ? null : new EventActor(actor2, actor2Entity));
        }
    }

    private final List<List<IncidentReport>> incidents = new ArrayList<>();
    private final Map<Long, Set<Integer>> byBand = new HashMap<>();

    /**
     * Adds the next report and returns the number of its incident: 0 for the first incident started, 1 for the
     * second, and so on.
     */
    public int add(Report report) {
        IncidentReport r = report.rule();
        Integer best = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (int incident : candidates(r)) {
            List<IncidentReport> reports = incidents.get(incident);
            double km = reports.stream().mapToDouble(r::kilometresTo).min().orElse(Double.POSITIVE_INFINITY);
            if (km < bestKm && reports.stream().allMatch(r::agreesOnWhatWhereAndWhen)
                    && reports.stream().anyMatch(r::agreesOnActors)) {
                best = incident;
                bestKm = km;
            }
        }
        if (best == null) {
            best = incidents.size();
            incidents.add(new ArrayList<>());
        }
        incidents.get(best).add(r);
        if (r.placeId() != null) {
            byBand.computeIfAbsent(band(r.lat()), k -> new LinkedHashSet<>()).add(best);
        }
        return best;
    }

    /** The incidents with a report in the report's latitude band or the two beside it, first started first. */
    private List<Integer> candidates(IncidentReport r) {
        if (r.placeId() == null) {
            return List.of();
        }
        long band = band(r.lat());
        Set<Integer> out = new java.util.TreeSet<>();
        for (long b = band - 1; b <= band + 1; b++) {
            out.addAll(byBand.getOrDefault(b, Set.of()));
        }
        return List.copyOf(out);
    }

    private static long band(double lat) {
        return (long) Math.floor(lat / BAND_DEGREES);
    }
}
