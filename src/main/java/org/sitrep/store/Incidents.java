package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.sitrep.core.DatePrecision;
import org.sitrep.core.Event;
import org.sitrep.core.EventActor;
import org.sitrep.core.EventType;

/**
 * Which incident an event being saved reports: a stored incident whose every report agrees with it on what, where and
 * when, and one of whose reports agrees with it on the actors ({@link IncidentReport}); else a new one. Agreeing
 * with every report on place and date keeps a vague report ("Aleppo, November") from chaining precise reports of
 * different days into one incident; one report sharing an actor is enough, since reports name different sides.
 *
 * <p>The choice depends only on what is stored: among the incidents the event may join, the one with the nearest
 * report, then the lowest id. Incidents already stored are never merged or split. Saving an article again first
 * deletes its events, so its events rejoin the incidents other articles still hold; an event that starts an incident
 * takes back the id its article's event of the same position had, when no other event holds that id now, so saving
 * the same article again keeps its incident ids.
 */
final class Incidents {
    /** Kilometres per degree of latitude, rounded down so the box around a place is never too narrow. */
    private static final double KM_PER_DEGREE = 110.5;
    /** How many days a date of each precision may run past its first day, at most (a season of 92 days, leap years). */
    private static final Map<DatePrecision, Integer> LONGEST_DAYS = Map.of(DatePrecision.DAY, 0, DatePrecision.WEEK, 6,
            DatePrecision.MONTH, 30, DatePrecision.QUARTER, 91, DatePrecision.SEASON, 91, DatePrecision.YEAR, 365, DatePrecision.DECADE, 3652);

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
        // In increasing order of id, so that of two incidents as near, the lower id wins.
        for (long incident : candidateIncidents(c, report)) {
            List<IncidentReport> reports = reportsOf(c, incident);
            double km = reports.stream().mapToDouble(report::kilometresTo).min().orElse(Double.POSITIVE_INFINITY);
            if (km < bestKm && joins(report, reports)) {
                best = incident;
                bestKm = km;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean joins(IncidentReport report, List<IncidentReport> incident) {
        return incident.stream().allMatch(report::agreesOnWhatWhereAndWhen) && incident.stream().anyMatch(report::agreesOnActors);
    }

    /**
     * The incidents with a stored event of the same type whose place lies in a band of latitude around the event's
     * (or is the same place), dated so that it may overlap the event's date, or in an article published within the
     * days that let undated reports join; the rule then decides on all their reports. One indexed range per date
     * precision: a stored date of that precision that overlaps the event's begins at most its length before it, so
     * no range reaches further back than it must.
     */
    private static List<Long> candidateIncidents(Connection c, IncidentReport report) throws SQLException {
        if (report.placeId() == null) {
            return List.of();
        }
        double dLat = IncidentReport.MAX_KILOMETRES / KM_PER_DEGREE;
        String near = " AND (e.place_id = ? OR p.lat BETWEEN ? AND ?)";
        List<Object> nearArgs = List.of(report.placeId(), report.lat() - dLat, report.lat() + dLat);
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        Optional<DateRange> days = DateRange.of(report.date());
        if (days.isPresent()) {
            for (DatePrecision precision : DatePrecision.values()) {
                parts.add("SELECT e.incident_id FROM events e JOIN places p ON p.id = e.place_id WHERE e.event_type = ? "
                        + "AND e.date_precision = ? AND e.date_first BETWEEN ? AND ? AND e.date_last >= ?" + near);
                args.addAll(List.of(report.type().label(), precision.name().toLowerCase(Locale.ROOT),
                        days.get().first().minusDays(LONGEST_DAYS.get(precision)).toString(), days.get().last().toString(),
                        days.get().first().toString()));
                args.addAll(nearArgs);
            }
        }
        if (report.published() != null) {
            // CROSS JOIN keeps SQLite to this order: the days' few articles first, not every event of the type.
            // The join's condition is in WHERE, since PostgreSQL takes no ON after CROSS JOIN.
            parts.add("SELECT e.incident_id FROM articles a CROSS JOIN events e JOIN places p ON p.id = e.place_id "
                    + "WHERE e.article_id = a.id AND a.published BETWEEN ? AND ? AND e.event_type = ?" + near);
            args.addAll(List.of(report.published().minusDays(IncidentReport.MAX_PUBLICATION_DAYS).toString(),
                    report.published().plusDays(IncidentReport.MAX_PUBLICATION_DAYS).toString(), report.type().label()));
            args.addAll(nearArgs);
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        List<Long> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(String.join(" UNION ", parts) + " ORDER BY 1")) {
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static List<IncidentReport> reportsOf(Connection c, long incident) throws SQLException {
        return Rows.list(c, "SELECT e.event_type, e.place_id, p.lat, p.lon, e.date, a.published, "
                + "e.actor1, e.actor1_entity, e.actor2, e.actor2_entity FROM events e LEFT JOIN places p ON p.id = e.place_id "
                + "JOIN articles a ON a.id = e.article_id WHERE e.incident_id = ?",
                rs -> report(rs), incident);
    }

    /** The report in the columns of {@link #reportsOf}'s query. */
    private static IncidentReport report(ResultSet rs) throws SQLException {
        String published = rs.getString(6);
        String actor2 = rs.getString(9);
        long place = rs.getLong(2);
        Long placeId = rs.wasNull() ? null : place;
        return new IncidentReport(EventType.ofLabel(rs.getString(1)).orElseThrow(), placeId, rs.getDouble(3),
                rs.getDouble(4), rs.getString(5), published == null ? null : LocalDate.parse(published),
                new EventActor(rs.getString(7), rs.getString(8)), actor2 == null ? null : new EventActor(actor2, rs.getString(10)));
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
            rs.next();
            return rs.getLong(1);
        }
    }
}
