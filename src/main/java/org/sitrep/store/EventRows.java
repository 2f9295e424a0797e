package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.core.Article;
import org.sitrep.core.Event;
import org.sitrep.core.EventActor;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Span;
import org.sitrep.core.SubEventType;

/** Events as rows of the {@code events} table. */
final class EventRows {
    /** The columns {@link #read} expects, in order, from {@code events e}, {@code articles a} and {@code places p}. */
    static final String COLUMNS = "e.ordinal, e.incident_id, e.sub_type, e.actor1, e.actor1_entity, e.actor2, "
            + "e.actor2_entity, e.place_caption, e.place_begin, e.place_end, e.place_text, e.place_role, e.place_confidence, "
            + "e.geo_precision, e.date, e.fatalities, e.evidence_caption, e.evidence_begin, e.evidence_end, e.evidence_text, "
            + "e.hedged, e.claimed_by, e.confidence, " + ArticleSummaryRows.COLUMNS + ", " + PlaceRows.PLACE_COLUMNS;
    /** The tables {@link #COLUMNS} come from. */
    static final String FROM = " FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN places p ON p.id = e.place_id";

    private EventRows() {
    }

    /**
     * Inserts the article's events in order, each joining the incident it reports (see {@link Incidents}).
     *
     * @param earlier the incident ids the article's events held before it was saved again, by ordinal; empty if none
     */
    static void insert(Connection c, String articleId, Article article, List<Event> events, List<Long> earlier)
            throws SQLException {
        PlaceRows.upsertPlaces(c, events.stream().map(Event::place).filter(p -> p != null).map(PlaceMention::place).toList());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO events VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                long incident = Incidents.incidentOf(c, e, article.published(), i < earlier.size() ? earlier.get(i) : null);
                bind(s, articleId, i, e, e.evidenceIn(article), incident, article.published());
                // One at a time: the next event may report the same incident as this one.
                s.executeUpdate();
            }
        }
    }

    /** @param published the article's publication day, which orders an event without a date of its own; may be null */
    private static void bind(PreparedStatement s, String articleId, int ordinal, Event e, String evidenceText, long incident,
                             java.time.LocalDate published) throws SQLException {
        PlaceMention pm = e.place();
        Optional<DateRange> days = DateRange.of(e.date());
        String first = days.map(d -> d.first().toString()).orElse(null);
        String last = days.map(d -> d.last().toString()).orElse(null);
        String day = published == null ? null : published.toString();
        Object[] values = {articleId, ordinal, e.type().label(), e.subType().label(), e.actor1().name(), e.actor1().entity(),
                e.actor2() == null ? null : e.actor2().name(), e.actor2() == null ? null : e.actor2().entity(),
                pm == null ? null : pm.place().id(), pm == null ? null : captionNumber(pm.caption()),
                pm == null ? null : pm.span().begin(), pm == null ? null : pm.span().end(), pm == null ? null : pm.text(),
                pm == null ? null : pm.role().label(), pm == null ? null : pm.confidence(), e.geoPrecision(), e.date(),
                e.datePrecision() == null ? null : e.datePrecision().name().toLowerCase(Locale.ROOT),
                first, last,
                e.fatalities(), captionNumber(e.caption()), e.evidence().begin(), e.evidence().end(), evidenceText,
                e.hedged() ? 1 : 0, e.claimedBy(), e.confidence(), incident,
                first == null ? day : first, last == null ? day : last};
        for (int k = 0; k < values.length; k++) {
            if (values[k] == null) {
                s.setNull(k + 1, Types.NULL);
            } else {
                s.setObject(k + 1, values[k]);
            }
        }
    }

    private static int captionNumber(Integer caption) {
        return caption == null ? -1 : caption;
    }

    /** The article's events in the order they were saved; empty if none. */
    static List<Event> ofArticle(Connection c, String articleId) throws SQLException {
        return Rows.list(c, "SELECT " + COLUMNS + FROM + " WHERE e.article_id = ? ORDER BY e.ordinal",
                rs -> read(rs).event(), articleId);
    }

    /** The incident ids of the article's events, by ordinal; empty if none. */
    static List<Long> incidents(Connection c, String articleId) throws SQLException {
        return Rows.list(c, "SELECT incident_id FROM events WHERE article_id = ? ORDER BY ordinal",
                rs -> rs.getLong(1), articleId);
    }

    /** The event in the row's {@link #COLUMNS}. */
    static EventRow read(ResultSet rs) throws SQLException {
        String label = rs.getString(3);
        SubEventType subType = SubEventType.ofLabel(label).orElseThrow(
                () -> new IllegalStateException("events.sub_type must be an ACLED sub-event type; got: " + label));
        Event event = new Event(subType, actor(rs, 4), actor(rs, 6), place(rs), rs.getInt(14), rs.getString(15),
                integer(rs, 16), new Span(rs.getInt(18), rs.getInt(19)), caption(rs, 17), rs.getInt(21) != 0,
                rs.getString(22), rs.getDouble(23));
        return new EventRow(ArticleSummaryRows.read(rs, 24), rs.getInt(1), rs.getLong(2), event, rs.getString(20));
    }

    private static EventActor actor(ResultSet rs, int column) throws SQLException {
        String name = rs.getString(column);
        return name == null ? null : new EventActor(name, rs.getString(column + 1));
    }

    private static PlaceMention place(ResultSet rs) throws SQLException {
        if (rs.getString(12) == null) {
            return null;
        }
        return new PlaceMention(new Span(rs.getInt(9), rs.getInt(10)), rs.getString(11), PlaceRows.place(rs, 29),
                PlaceRole.valueOf(rs.getString(12).toUpperCase(Locale.ROOT)), rs.getDouble(13), caption(rs, 8));
    }

    private static Integer caption(ResultSet rs, int column) throws SQLException {
        int caption = rs.getInt(column);
        return caption < 0 ? null : caption;
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
