package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.sitrep.core.DatePrecision;
import org.sitrep.core.PageRequest;
import org.sitrep.core.ResultPage;

/**
 * The stored events and the incidents they report, for lists, pages, timelines and downloads. Events are saved with
 * their article ({@link ArticleStore#save}). Thread-safe.
 */
public final class EventStore {
    /** Latest first: the event's first possible day, or its article's publication day when its date is unknown. */
    private static final String NEWEST_FIRST = " ORDER BY e.first_day DESC NULLS LAST, e.article_id, e.ordinal";
    /** Incidents in the order their reports were published, so the first report is the first news of it. */
    private static final String OLDEST_ARTICLE_FIRST = " ORDER BY a.published IS NULL, a.published, e.article_id, e.ordinal";

    private final Database db;

    public EventStore(Database db) {
        this.db = db;
    }

    /** The events that match, latest first (see {@link EventQuery}); a page of them and how many there are in all. */
    public ResultPage<EventRow> events(EventQuery query, PageRequest page) {
        PlaceQuery.Conditions where = query.conditions(db.dialect());
        return db.read(c -> {
            List<EventRow> items = rows(c, "SELECT " + EventRows.COLUMNS + EventRows.FROM + where.where() + NEWEST_FIRST
                    + " LIMIT ? OFFSET ?", SqlArguments.with(where.args, page.size(), page.offset()));
            long total = Scalars.count(c, "SELECT COUNT(*)" + query.tables() + where.where(), where.args);
            return new ResultPage<>(items, total, page.page(), page.size());
        });
    }

    /** Calls {@code each} with every event that matches, latest first, reading them as it goes (for downloads). */
    public void forEach(EventQuery query, Consumer<EventRow> each) {
        PlaceQuery.Conditions where = query.conditions(db.dialect());
        db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + EventRows.COLUMNS + EventRows.FROM + where.where() + NEWEST_FIRST)) {
                SqlArguments.bind(s, where.args);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        each.accept(EventRows.read(rs));
                    }
                }
            }
            return null;
        });
    }

    /** The event with that id ({@link EventRow#id()}), empty if there is none. */
    public Optional<EventRow> event(String articleId, int ordinal) {
        return db.read(c -> rows(c, "SELECT " + EventRows.COLUMNS + EventRows.FROM + " WHERE e.article_id = ? AND e.ordinal = ?",
                List.of(articleId, ordinal)).stream().findFirst());
    }

    /** The incident ids of the article's events, in the order of the events; empty if it has none or is not stored. */
    public List<Long> incidentsOf(String articleId) {
        return db.read(c -> EventRows.incidents(c, articleId));
    }

    /**
     * The incidents with at least one report that matches, latest first (by the last day any report's date may be),
     * each with all its reports, matching or not; a page of them and how many there are in all.
     */
    public ResultPage<IncidentRow> incidents(EventQuery query, PageRequest page) {
        PlaceQuery.Conditions where = query.conditions(db.dialect());
        return db.read(c -> {
            // Walked latest first, an incident first shows at its latest report: the walk stops once the page is full.
            Set<Long> ids = new LinkedHashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT e.incident_id" + query.tables() + where.where()
                    + " ORDER BY e.last_day DESC NULLS LAST, e.incident_id DESC")) {
                SqlArguments.bind(s, where.args);
                try (ResultSet rs = s.executeQuery()) {
                    while (ids.size() < page.offset() + page.size() && rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            List<Long> shown = new ArrayList<>(ids).subList(Math.min(ids.size(), page.offset()), ids.size());
            long total = Scalars.count(c, "SELECT COUNT(DISTINCT e.incident_id)" + query.tables() + where.where(), where.args);
            return new ResultPage<>(incidents(c, shown), total, page.page(), page.size());
        });
    }

    /** How many events match. */
    public long count(EventQuery query) {
        PlaceQuery.Conditions where = query.conditions(db.dialect());
        return db.read(c -> Scalars.count(c, "SELECT COUNT(*)" + query.tables() + where.where(), where.args));
    }

    /** The incident with that id and all its reports, empty if no stored event reports it. */
    public Optional<IncidentRow> incident(long id) {
        return db.read(c -> incidents(c, List.of(id)).stream().findFirst());
    }

    private List<IncidentRow> incidents(Connection c, List<Long> ids) throws SQLException {
        Map<Long, List<EventRow>> reports = new LinkedHashMap<>();
        ids.forEach(id -> reports.put(id, new ArrayList<>()));
        List<EventRow> rows = rows(c, "SELECT " + EventRows.COLUMNS + EventRows.FROM
                + " WHERE e.incident_id IN (" + db.dialect().numbersIn() + ")" + OLDEST_ARTICLE_FIRST,
                List.of(org.sitrep.core.Json.write(ids)));
        rows.forEach(r -> reports.get(r.incident()).add(r));
        List<IncidentRow> out = new ArrayList<>();
        reports.forEach((id, of) -> {
            if (!of.isEmpty()) {
                out.add(IncidentRow.of(id, of));
            }
        });
        return out;
    }

    /** The events that match, counted per period of their date (see {@link Period#of}). */
    public Timeline timeline(EventQuery query, Period period) {
        PlaceQuery.Conditions where = query.conditions(db.dialect());
        return db.read(c -> {
            Map<String, PeriodTally> tallies = new TreeMap<>();
            // Events share few distinct dates: each date's period is worked out once (parsing every event's date was
            // a third of an events page at 20,000 events).
            Map<String, Optional<String>> periods = new HashMap<>();
            long coarser = 0;
            long undated = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT e.date_precision, e.incident_id, e.date_first" + query.tables()
                    + where.where())) {
                SqlArguments.bind(s, where.args);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String precision = rs.getString(1);
                        String first = rs.getString(3);
                        if (first == null) {
                            undated++;
                            continue;
                        }
                        Optional<String> in = periods.computeIfAbsent(precision + "/" + first, k -> period.of(
                                DatePrecision.valueOf(precision.toUpperCase(Locale.ROOT)), LocalDate.parse(first)));
                        if (in.isPresent()) {
                            tallies.computeIfAbsent(in.get(), k -> new PeriodTally()).add(rs.getLong(2));
                        } else {
                            coarser++;
                        }
                    }
                }
            }
            List<PeriodCount> counts = new ArrayList<>();
            tallies.forEach((label, t) -> counts.add(new PeriodCount(label, t.events(), t.incidents())));
            return new Timeline(period, counts, coarser, undated);
        });
    }

    /** One period's events and the incidents they report, kept as plain numbers (boxing each id was a quarter of the work). */
    private static final class PeriodTally {
        private long[] incidents = new long[16];
        private int events;

        void add(long incident) {
            if (events == incidents.length) {
                incidents = Arrays.copyOf(incidents, events * 2);
            }
            incidents[events++] = incident;
        }

        long events() {
            return events;
        }

        long incidents() {
            long[] ids = Arrays.copyOf(incidents, events);
            Arrays.sort(ids);
            long distinct = 0;
            for (int i = 0; i < ids.length; i++) {
                if (i == 0 || ids[i] != ids[i - 1]) {
                    distinct++;
                }
            }
            return distinct;
        }
    }

    private static List<EventRow> rows(Connection c, String sql, List<Object> args) throws SQLException {
        return Rows.list(c, sql, args, rs -> EventRows.read(rs));
    }

}
