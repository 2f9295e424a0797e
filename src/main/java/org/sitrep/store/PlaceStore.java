package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.core.DayRange;
import org.sitrep.core.GreatCircle;
import org.sitrep.core.PageRequest;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.ResultPage;
import org.sitrep.geo.OutletRegions;

/**
 * The stored places: how often the articles name them, and where. Names of a place given as an analogy ("another
 * Srebrenica") or as an affiliation ("Russian forces", "a Chechen fighter") do not count on the map, since nothing need have happened there;
 * the place's own page lists them, marked.
 * Thread-safe.
 */
public final class PlaceStore {
    /** The most places {@link #mapped} returns: more points than a map shows legibly, and a bound on the answer. */
    public static final int MAX_MAPPED = 10_000;
    /** How many of an outlet's newest articles tell its home regions: enough to see a habit, few enough to read fast. */
    static final int OUTLET_ARTICLES = 100;
    private static final String COUNTED = "SELECT " + PlaceRows.PLACE_COLUMNS + ", COUNT(*), COUNT(DISTINCT m.article_id), "
            + "(SELECT s.text FROM place_mentions s WHERE s.place_id = p.id GROUP BY s.text ORDER BY COUNT(*) DESC, s.text LIMIT 1) "
            + "FROM place_mentions m JOIN places p ON p.id = m.place_id JOIN articles a ON a.id = m.article_id";
    private static final String MOST_NAMED = " GROUP BY p.id ORDER BY COUNT(*) DESC, COUNT(DISTINCT m.article_id) DESC, p.name, p.id";
    private static final String NEWEST_FIRST = " ORDER BY a.published IS NULL, a.published DESC, a.ingested_at DESC, a.id";
    /** The strongest role first: 'setting' > 'origin' > 'analogy' > 'affiliation' as text, so MAX picks it. */
    private static final String STRONGEST_ROLE = "MAX(m.role)";

    private final Database db;
    /**
     * Answers kept until the articles change: the map asks the same counts on every visit, and they read every place
     * name of the articles counted. Queries restricted to a search's hits are not kept; they vary with every search.
     */
    private final SequenceMemo<ResultPage<PlaceCount>> pages = new SequenceMemo<>(64);
    private final SequenceMemo<Mapped> maps = new SequenceMemo<>(64);

    public PlaceStore(Database db) {
        this.db = db;
    }

    /**
     * The regions {@code outlet} writes about, learned from the places named (as settings or origins, not analogies
     * nor affiliations)
     * in its {@value #OUTLET_ARTICLES} newest articles other than the one at {@code exceptUrl}: a local paper's
     * "Springfield" is the one near home. {@link OutletRegions#NONE} when the outlet is null or has no such article.
     */
    public OutletRegions outletRegions(String outlet, String exceptUrl) {
        if (outlet == null || outlet.isBlank()) {
            return OutletRegions.NONE;
        }
        return db.read(c -> {
            java.util.Map<String, List<Place>> byArticle = new java.util.LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT m.article_id, " + PlaceRows.PLACE_COLUMNS
                    + " FROM place_mentions m JOIN places p ON p.id = m.place_id WHERE " + PlaceRows.COUNTED_ROLE + " AND m.article_id IN"
                    + " (SELECT a.id FROM articles a WHERE a.outlet = ? AND (a.url IS NULL OR a.url <> ?)"
                    + " ORDER BY a.published IS NULL, a.published DESC LIMIT ?)")) {
                s.setString(1, outlet);
                s.setString(2, exceptUrl == null ? "" : exceptUrl);
                s.setInt(3, OUTLET_ARTICLES);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        byArticle.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(PlaceRows.place(rs, 2));
                    }
                }
            }
            return OutletRegions.learn(List.copyOf(byArticle.values()));
        });
    }

    /** The places the query's articles name, most named first; a page of them and how many there are in all. */
    public ResultPage<PlaceCount> places(PlaceQuery query, PageRequest page) {
        PlaceQuery.Conditions where = query.conditions(db.dialect());
        return db.read(c -> remembered(pages, c, query, page.page() + "/" + page.size(), () -> {
            List<PlaceCount> items = counts(c, COUNTED + where.where() + MOST_NAMED + " LIMIT ? OFFSET ?",
                    SqlArguments.with(where.args, page.size(), page.offset()));
            return new ResultPage<>(items, total(c, where), page.page(), page.size());
        }));
    }

    private static <V> V remembered(SequenceMemo<V> memo, Connection c, PlaceQuery query, String part, SequenceMemo.Query<V, SQLException> run)
            throws SQLException {
        if (query.articles() != null) {
            return run.run();
        }
        String key = query.from() + "\u0000" + query.to() + "\u0000" + query.entity() + "\u0000"
                + (query.outlet() == null ? null : query.outlet().toLowerCase(Locale.ROOT)) + "\u0000" + part;
        return memo.get(key, ArticleSequence.last(c), run);
    }

    /**
     * The places the query's articles name, most named first, at most {@code limit} of them (up to
     * {@link #MAX_MAPPED}), and how many there are in all.
     */
    public Mapped mapped(PlaceQuery query, int limit) {
        if (limit < 1 || limit > MAX_MAPPED) {
            throw new org.sitrep.core.InputException("limit", "must be between 1 and " + MAX_MAPPED + "; got: " + limit);
        }
        PlaceQuery.Conditions where = query.conditions(db.dialect());
        return db.read(c -> remembered(maps, c, query, Integer.toString(limit), () -> {
            List<PlaceCount> places = counts(c, COUNTED + where.where() + MOST_NAMED + " LIMIT ?", SqlArguments.with(where.args, limit));
            // The count is a second statement: articles saved in between may change it, so it never shows fewer.
            long total = places.size() < limit ? places.size() : Math.max(limit, total(c, where));
            return new Mapped(places, total);
        }));
    }

    /** Calls {@code each} with every place the query's articles name, most named first, reading them as it goes. */
    public void forEach(PlaceQuery query, Consumer<PlaceCount> each) {
        PlaceQuery.Conditions where = query.conditions(db.dialect());
        db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(COUNTED + where.where() + MOST_NAMED)) {
                SqlArguments.bind(s, where.args);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        each.accept(new PlaceCount(PlaceRows.place(rs, 1), rs.getString(13), rs.getLong(11), rs.getLong(12)));
                    }
                }
            }
            return null;
        });
    }

    /** Places on a map: the most named of them, and how many the query matched in all. */
    public record Mapped(List<PlaceCount> places, long total) {
        public Mapped {
            places = List.copyOf(places);
        }

        /** Whether the query matched more places than given. */
        public boolean truncated() {
            return total > places.size();
        }
    }

    /** The stored place with that id (GeoNames id, or negative for Sitrep's supplement), empty if none. */
    public Optional<Place> place(long id) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + PlaceRows.PLACE_COLUMNS + " FROM places p WHERE p.id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(PlaceRows.place(rs, 1)) : Optional.empty();
                }
            }
        });
    }

    /** How the articles spell the place, most used first; empty when no article names it. */
    public List<String> spellings(long placeId) {
        return db.read(c -> {
            return Rows.list(c, "SELECT text FROM place_mentions WHERE place_id = ? GROUP BY text "
                    + "ORDER BY COUNT(*) DESC, text",
                    rs -> rs.getString(1), placeId);
        });
    }

    /** The articles that name the place, in any role, newest first. */
    public ResultPage<PlaceArticle> articles(long placeId, PageRequest page) {
        return articles(placeId, DayRange.ALL, page);
    }

    /** The articles published in the range that name the place, in any role, newest first. */
    public ResultPage<PlaceArticle> articles(long placeId, DayRange published, PageRequest page) {
        String naming = " FROM place_mentions m JOIN articles a ON a.id = m.article_id WHERE m.place_id = ?"
                + PublishedBetween.sql(published);
        List<Object> args = PublishedBetween.args(published, new ArrayList<>(List.of(placeId)));
        return db.read(c -> {
            List<PlaceArticle> items = Rows.list(c, "SELECT " + ArticleSummaryRows.COLUMNS + ", COUNT(*), " + STRONGEST_ROLE
                    + naming + " GROUP BY a.id" + NEWEST_FIRST + " LIMIT ? OFFSET ?",
                    SqlArguments.with(args, page.size(), page.offset()),
                    rs -> new PlaceArticle(ArticleSummaryRows.read(rs, 1), rs.getLong(6), role(rs.getString(7))));
            long total = Scalars.count(c, "SELECT COUNT(DISTINCT m.article_id)" + naming, args);
            return new ResultPage<>(items, total, page.page(), page.size());
        });
    }

    /** The statements whose words name the place, newest article first, in text order within an article. */
    public ResultPage<PlaceStatement> statements(long placeId, PageRequest page) {
        return statements(placeId, DayRange.ALL, page);
    }

    /**
     * The statements of articles published in the range whose words name the place, newest article first, in text
     * order within an article.
     */
    public ResultPage<PlaceStatement> statements(long placeId, DayRange published, PageRequest page) {
        String naming = " FROM quotes q JOIN place_mentions m ON m.article_id = q.article_id AND m.caption = q.caption "
                + "AND m.begin_at >= q.begin_at AND m.end_at <= q.end_at AND m.place_id = ? "
                + "JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_entity_id WHERE 1 = 1"
                + PublishedBetween.sql(published);
        List<Object> args = PublishedBetween.args(published, new ArrayList<>(List.of(placeId)));
        return db.read(c -> {
            List<PlaceStatement> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + QuoteRows.COLUMNS + ", " + ArticleSummaryRows.COLUMNS + ", "
                    + STRONGEST_ROLE + naming + " GROUP BY q.article_id, q.position, a.id, e.id" + NEWEST_FIRST + ", q.position LIMIT ? OFFSET ?")) {
                SqlArguments.bind(s, SqlArguments.with(args, page.size(), page.offset()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        int k = QuoteRows.COLUMN_COUNT + 1;
                        StatementHit hit = new StatementHit(ArticleSummaryRows.read(rs, k), QuoteRows.read(rs, 1));
                        items.add(new PlaceStatement(hit, role(rs.getString(k + 5))));
                    }
                }
            }
            long total = Scalars.count(c, "SELECT COUNT(*) FROM (SELECT 1" + naming + " GROUP BY q.article_id, q.position) AS statements", args);
            return new ResultPage<>(items, total, page.page(), page.size());
        });
    }

    /**
     * The stored places named in some article within {@code kilometres} of the place, nearest first, at most
     * {@code limit}; the place itself is not among them.
     */
    public List<NearbyPlace> nearby(Place place, double kilometres, int limit) {
        // A box around the place narrows the rows in SQL; the distance then decides. Near the poles or the
        // antimeridian the box is wider than needed, never narrower.
        double dLat = kilometres / 111.0;
        double cos = Math.cos(Math.toRadians(place.lat()));
        double dLon = cos < 0.01 || kilometres / (111.0 * cos) >= 180 ? 180 : kilometres / (111.0 * cos);
        boolean wraps = place.lon() - dLon < -180 || place.lon() + dLon > 180;
        String lon = dLon >= 180 || wraps ? "" : " AND p.lon BETWEEN ? AND ?";
        List<Object> args = new ArrayList<>(List.of(place.id(), place.lat() - dLat, place.lat() + dLat));
        if (!lon.isEmpty()) {
            args.add(place.lon() - dLon);
            args.add(place.lon() + dLon);
        }
        return db.read(c -> {
            List<NearbyPlace> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + PlaceRows.PLACE_COLUMNS + ", COUNT(*) FROM places p "
                    + "JOIN place_mentions m ON m.place_id = p.id WHERE p.id <> ? AND p.lat BETWEEN ? AND ?" + lon + " GROUP BY p.id")) {
                SqlArguments.bind(s, args);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Place p = PlaceRows.place(rs, 1);
                        double km = GreatCircle.kilometres(place.lat(), place.lon(), p.lat(), p.lon());
                        if (km <= kilometres) {
                            out.add(new NearbyPlace(p, km, rs.getLong(11)));
                        }
                    }
                }
            }
            out.sort(Comparator.comparingDouble(NearbyPlace::kilometres).thenComparing(n -> n.place().id()));
            return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
        });
    }

    private static List<PlaceCount> counts(Connection c, String sql, List<Object> args) throws SQLException {
        return Rows.list(c, sql, args,
                rs -> new PlaceCount(PlaceRows.place(rs, 1), rs.getString(13), rs.getLong(11), rs.getLong(12)));
    }

    private static long total(Connection c, PlaceQuery.Conditions where) throws SQLException {
        return Scalars.count(c, "SELECT COUNT(DISTINCT m.place_id) FROM place_mentions m JOIN articles a ON a.id = m.article_id"
                + where.where(), where.args);
    }

    private static PlaceRole role(String label) {
        return PlaceRole.valueOf(label.toUpperCase(Locale.ROOT));
    }

}
