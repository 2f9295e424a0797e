package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sitrep.core.Json;

/**
 * How many mentions and statements fall on each publication day, for the timelines of an entity, a place or a set
 * of articles (a search's hits). Every method returns the days that have a count, oldest first, empty when none;
 * undated articles are left out. Thread-safe.
 */
public final class DailyCounts {
    private static final String BY_DAY = " AND a.published IS NOT NULL GROUP BY a.published ORDER BY a.published";

    private final Database db;
    /** Every article per day, asked by each search's timeline: kept until the articles change. */
    private final SequenceMemo<List<DayCount>> everyArticle = new SequenceMemo<>(1);

    public DailyCounts(Database db) {
        this.db = db;
    }

    /** Mentions of the entity per day (read from the mentions' own copy of the day, in their index's order). */
    public List<DayCount> mentionsOf(String entityId) {
        return counts("SELECT m.published, COUNT(*) FROM mentions m WHERE m.entity_id = ? AND m.published IS NOT NULL "
                + "GROUP BY m.published ORDER BY m.published", entityId);
    }

    /** Articles that mention the entity, per day. */
    public List<DayCount> articlesMentioning(String entityId) {
        return counts("SELECT m.published, COUNT(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = ? "
                + "AND m.published IS NOT NULL GROUP BY m.published ORDER BY m.published", entityId);
    }

    /** Articles that name the place as a setting or an origin, per day. */
    public List<DayCount> articlesNaming(long placeId) {
        return counts("SELECT a.published, COUNT(DISTINCT a.id) FROM place_mentions m JOIN articles a ON a.id = m.article_id "
                + "WHERE m.place_id = ? AND " + PlaceRows.COUNTED_ROLE + BY_DAY, placeId);
    }

    /** Every stored article per day: what the share of attention a subject gets is measured against. */
    public List<DayCount> allArticles() {
        return db.read(c -> everyArticle.get("all", ArticleSequence.last(c),
                () -> counts(c, "SELECT a.published, COUNT(*) FROM articles a WHERE a.published IS NOT NULL "
                        + "GROUP BY a.published ORDER BY a.published")));
    }

    /** Statements whose speaker is the entity, per day. */
    public List<DayCount> statementsBy(String entityId) {
        return counts("SELECT a.published, COUNT(*) FROM quotes q JOIN articles a ON a.id = q.article_id "
                + "WHERE q.speaker_entity_id = ? AND " + QuoteRows.CREDITED + BY_DAY, entityId);
    }

    /** Names of the place per day, as a setting or an origin (names as an analogy or an adjective do not count, as on the map). */
    public List<DayCount> mentionsOf(long placeId) {
        return counts("SELECT a.published, COUNT(*) FROM place_mentions m JOIN articles a ON a.id = m.article_id "
                + "WHERE m.place_id = ? AND " + PlaceRows.COUNTED_ROLE + BY_DAY, placeId);
    }

    /** Statements whose words name the place, per day. */
    public List<DayCount> statementsNaming(long placeId) {
        return counts("SELECT a.published, COUNT(DISTINCT q.article_id || '/' || q.position) FROM quotes q "
                + "JOIN place_mentions m ON m.article_id = q.article_id AND m.caption = q.caption AND m.begin_at >= q.begin_at "
                + "AND m.end_at <= q.end_at JOIN articles a ON a.id = q.article_id WHERE m.place_id = ?" + BY_DAY, placeId);
    }

    /** One count per article on its day: how many of these days fall on each, oldest first; nulls (undated) left out. */
    public static List<DayCount> perDay(Collection<LocalDate> days) {
        Map<LocalDate, long[]> n = new TreeMap<>();
        days.stream().filter(Objects::nonNull).forEach(d -> n.computeIfAbsent(d, k -> new long[1])[0]++);
        return listed(n);
    }

    private static List<DayCount> listed(Map<LocalDate, long[]> byDay) {
        List<DayCount> out = new ArrayList<>(byDay.size());
        byDay.forEach((day, c) -> out.add(new DayCount(day, c[0])));
        return out;
    }

    /**
     * Statements in these articles per day of publication, the articles' days given (as the search index holds them):
     * counted per article from the statements' own key, with no join to the articles for their days (10,000 such
     * lookups were half of a search timeline). Ids not stored count nothing.
     *
     * @param days the publication day of each of {@code ids}, in the same order; null for an undated article
     */
    public List<DayCount> statementsIn(List<String> ids, List<LocalDate> days) {
        Map<String, Long> perArticle = db.read(c -> {
            Map<String, Long> out = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT q.article_id, COUNT(*) FROM quotes q WHERE q.article_id" + among()
                    + " GROUP BY q.article_id")) {
                s.setString(1, Json.write(List.copyOf(ids)));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return out;
        });
        Map<LocalDate, long[]> n = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Long statements = perArticle.get(ids.get(i));
            if (statements != null && days.get(i) != null) {
                n.computeIfAbsent(days.get(i), k -> new long[1])[0] += statements;
            }
        }
        return listed(n);
    }

    private String among() {
        return " IN (" + db.dialect().textsIn() + ")";
    }

    private List<DayCount> counts(String sql, Object arg) {
        return db.read(c -> counts(c, sql, arg));
    }

    /** Day counts by a statement with the given parameters (none, or one). */
    private static List<DayCount> counts(java.sql.Connection c, String sql, Object... args) throws java.sql.SQLException {
        List<DayCount> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new DayCount(LocalDate.parse(rs.getString(1)), rs.getLong(2)));
                }
            }
        }
        return out;
    }
}
