package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.core.Event;
import org.sitrep.core.EventActor;
import org.sitrep.core.EventType;

/**
 * Which incident an event being saved reports: one already stored that a stored event of the same incident agrees
 * with ({@link IncidentReport#sameIncidentAs}), else a new one.
 *
 * <p>The choice depends only on what is stored: among the incidents the event agrees with, the one with the nearest
 * place, then the lowest id. Saving an article again first deletes its events, so its events rejoin the incidents
 * other articles still hold; an event that starts an incident takes back the id its article's event of the same
 * position had, when no other event holds that id now, so saving the same article again keeps its incident ids.
 */
final class Incidents {
    /** Kilometres per degree of latitude, rounded down so the box around a place is never too narrow. */
    private static final double KM_PER_DEGREE = 110.5;
    /** The longest date a report may give is a year: a date that overlaps another begins at most this much earlier. */
    private static final int LONGEST_DATE_DAYS = 366;

    private Incidents() {
    }

    /**
     * The id of the incident the event reports.
     *
     * @param published the publication day of the reporting article, {@code null} when unknown
     * @param earlier   the incident id the article's event at this position held before this save, {@code null} if none
     */
    static long incidentOf(Connection c, Event event, LocalDate published, Long earlier) throws SQLException {
        IncidentReport report = report(event, published);
        Optional<Long> joined = nearestAgreeing(c, report);
        if (joined.isPresent()) {
            return joined.get();
        }
        return earlier != null && !held(c, earlier) ? earlier : next(c);
    }

    private static IncidentReport report(Event e, LocalDate published) {
        var place = e.place() == null ? null : e.place().place();
        return new IncidentReport(e.type(), place == null ? null : place.id(), place == null ? 0 : place.lat(),
                place == null ? 0 : place.lon(), e.date(), published, e.actor1(), e.actor2());
    }

    private static Optional<Long> nearestAgreeing(Connection c, IncidentReport report) throws SQLException {
        Long best = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (Candidate candidate : candidates(c, report)) {
            double km = report.kilometresTo(candidate.report());
            boolean nearer = best == null || km < bestKm || (km == bestKm && candidate.incident() < best);
            if (nearer && report.sameIncidentAs(candidate.report())) {
                best = candidate.incident();
                bestKm = km;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A stored event that may report the same incident, and the incident it reports. */
    private record Candidate(long incident, IncidentReport report) {
    }

    /**
     * Stored events of the same type whose place lies in a box around the event's (or is the same place), dated so
     * that they may overlap it or published within the days that let undated reports join; the rule decides.
     */
    private static List<Candidate> candidates(Connection c, IncidentReport report) throws SQLException {
        Optional<DateRange> days = DateRange.of(report.date());
        if (report.placeId() == null || (days.isEmpty() && report.published() == null)) {
            return List.of();
        }
        List<String> when = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        double dLat = IncidentReport.MAX_KILOMETRES / KM_PER_DEGREE;
        args.addAll(List.of(report.type().label(), report.placeId(), report.lat() - dLat, report.lat() + dLat));
        if (days.isPresent()) {
            when.add("(e.date_first BETWEEN ? AND ? AND e.date_last >= ?)");
            args.addAll(List.of(days.get().first().minusDays(LONGEST_DATE_DAYS).toString(), days.get().last().toString(),
                    days.get().first().toString()));
        }
        if (report.published() != null) {
            when.add("a.published BETWEEN ? AND ?");
            args.add(report.published().minusDays(IncidentReport.MAX_PUBLICATION_DAYS).toString());
            args.add(report.published().plusDays(IncidentReport.MAX_PUBLICATION_DAYS).toString());
        }
        String sql = "SELECT e.incident_id, e.event_type, e.place_id, p.lat, p.lon, e.date, a.published, e.actor1, "
                + "e.actor1_entity, e.actor2, e.actor2_entity FROM events e JOIN places p ON p.id = e.place_id "
                + "JOIN articles a ON a.id = e.article_id WHERE e.event_type = ? AND (e.place_id = ? OR p.lat BETWEEN ? AND ?) "
                + "AND (" + String.join(" OR ", when) + ") ORDER BY e.incident_id, e.article_id, e.ordinal";
        List<Candidate> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Candidate(rs.getLong(1), candidate(rs)));
                }
            }
        }
        return out;
    }

    private static IncidentReport candidate(ResultSet rs) throws SQLException {
        String published = rs.getString(7);
        String actor2 = rs.getString(10);
        return new IncidentReport(EventType.ofLabel(rs.getString(2)).orElseThrow(), rs.getLong(3), rs.getDouble(4),
                rs.getDouble(5), rs.getString(6), published == null ? null : LocalDate.parse(published),
                new EventActor(rs.getString(8), rs.getString(9)), actor2 == null ? null : new EventActor(actor2, rs.getString(11)));
    }

    private static boolean held(Connection c, long incident) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM events WHERE incident_id = ? LIMIT 1")) {
            s.setLong(1, incident);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static long next(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE incident_sequence SET last_value = last_value + 1")) {
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT last_value FROM incident_sequence"); ResultSet rs = s.executeQuery()) {
            return rs.getLong(1);
        }
    }
}
