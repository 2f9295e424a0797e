package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.EntityType;
import org.sitrep.core.ResultPage;

/**
 * Finds a page of statements for a {@link QuoteQuery}, newest article first, and counts them all.
 *
 * <p>Two plans, chosen by how many statements hold the words (issue 19). Few: read every match through the word index
 * and sort them, as any search does. Many (words found in most statements, "the said"): sorting tens of thousands of
 * rows took 0.3-0.7 s for a page of 20, so the search walks the articles newest first instead, keeps the statements
 * among the matches and stops at the page's end, and counts the matches in the word index alone.
 */
final class StatementSearch {
    /**
     * Matches from which walking the articles beats sorting the matches. Measured on 200,000 generated statements
     * ({@code sitrep bench statements}): at about 400 matches the two take the same 30 ms; at 3,000 the walk takes
     * 4-30 ms against 90-150 ms, at 29,000 about 30 ms against 460; at 20 matches the walk would read every article.
     */
    static final int WALK_FROM_MATCHES = 800;
    private static final String FROM = " FROM quotes q JOIN articles a ON a.id = q.article_id"
            + " LEFT JOIN entities e ON e.id = q.speaker_entity_id";
    /** The walk: articles in {@code NEWEST_FIRST} order drive it (CROSS JOIN fixes SQLite's join order). */
    private static final String WALK_FROM = " FROM articles a CROSS JOIN quotes q ON q.article_id = a.id"
            + " CROSS JOIN quote_keys k ON k.article_id = q.article_id AND k.position = q.position"
            + " LEFT JOIN entities e ON e.id = q.speaker_entity_id";
    /**
     * The unary {@code +} keeps SQLite from reading the match list as values of k's key to look up one by one for each
     * statement (seconds for a common word); it tests membership in the list built once instead.
     */
    private static final String WALK_WORDS = "+k.id IN (SELECT rowid FROM quote_words WHERE quote_words MATCH ?)";
    private static final String NEWEST_FIRST = " ORDER BY a.published DESC NULLS LAST, a.ingested_at DESC, a.id, q.position";
    private static final String COLUMNS = "SELECT " + QuoteRows.COLUMNS + ", " + ArticleSummaryRows.COLUMNS;

    private final Database db;

    StatementSearch(Database db) {
        this.db = db;
    }

    /**
     * The page of statements {@code query} asks for with the total of all of them; {@code substrings} finds the words
     * as {@code LIKE} substrings instead of through the word index (kept to measure the two).
     */
    ResultPage<StatementHit> find(QuoteQuery query, boolean substrings) {
        return db.read(c -> {
            PlaceQuery.Conditions filters = filters(query);
            if (query.words() == null) {
                return sorted(c, query, FROM, filters);
            }
            StatementWords words = StatementWords.of(query.wordList());
            if (substrings) {
                for (String w : query.wordList()) {
                    filters.add("lower(q.text) LIKE lower(?) ESCAPE '\\'", SqlArguments.containing(w));
                }
                return sorted(c, query, FROM, filters);
            }
            if (words.isEmpty()) {
                return new ResultPage<>(List.of(), 0, query.page().page(), query.page().size());
            }
            String argument = db.dialect().statementWordsArgument(words);
            long matches = walkable(query) ? wordMatches(c, argument) : -1;
            if (matches >= WALK_FROM_MATCHES) {
                return walked(c, query, filters, argument, matches);
            }
            filters.add(db.dialect().statementWordsCondition(), argument);
            return sorted(c, query, FROM + db.dialect().statementWordsJoin(), filters);
        });
    }

    /** Conditions other than the words. */
    private static PlaceQuery.Conditions filters(QuoteQuery query) {
        PlaceQuery.Conditions c = new PlaceQuery.Conditions();
        if (EntityType.isEntityId(query.speaker())) {
            c.add("q.speaker_entity_id = ? AND " + QuoteRows.CREDITED, query.speaker());
        } else if (query.speaker() != null) {
            String like = SqlArguments.containing(query.speaker());
            c.add("(q.speaker_entity_id = ? OR lower(e.name) LIKE lower(?) ESCAPE '\\' "
                    + "OR lower(q.speaker_named_text) LIKE lower(?) ESCAPE '\\' "
                    + "OR (q.speaker_entity_id IS NULL AND lower(q.speaker_text) LIKE lower(?) ESCAPE '\\')) AND "
                    + QuoteRows.CREDITED, query.speaker(), like, like, like);
        }
        if (query.outlet() != null) {
            c.add("lower(a.outlet) = lower(?)", query.outlet());
        }
        if (query.from() != null) {
            c.add("a.published >= ?", query.from().toString());
        }
        if (query.to() != null) {
            c.add("a.published <= ?", query.to().toString());
        }
        if (query.kind() != null) {
            c.add("q.kind = ?", query.kind().label());
        }
        return c;
    }

    /**
     * Whether the walk may serve the query: only on SQLite, whose word index counts its matches cheaply, and only
     * when no speaker or outlet narrows the matches, since a walk past articles of other speakers or outlets could
     * read every article for a page that a sort finds at once.
     */
    private boolean walkable(QuoteQuery query) {
        return db.dialect() == SqlDialect.SQLITE && query.speaker() == null && query.outlet() == null;
    }

    private static long wordMatches(Connection c, String argument) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM quote_words WHERE quote_words MATCH ?")) {
            s.setString(1, argument);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Every match sorted newest first; the count rides along with the page (one scan of the matches, not two). */
    private static ResultPage<StatementHit> sorted(Connection c, QuoteQuery query, String from, PlaceQuery.Conditions filters)
            throws SQLException {
        String tail = from + filters.where();
        List<StatementHit> items = new ArrayList<>();
        long total = -1;
        try (PreparedStatement s = c.prepareStatement(COLUMNS + ", COUNT(*) OVER ()" + tail + NEWEST_FIRST + " LIMIT ? OFFSET ?")) {
            SqlArguments.bind(s, SqlArguments.with(filters.args, query.page().size(), query.page().offset()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(hit(rs));
                    total = rs.getLong(QuoteRows.COLUMN_COUNT + 6);
                }
            }
        }
        if (total < 0 && query.page().offset() > 0) {
            // A page past the last has no row to carry the count.
            total = count(c, tail, filters.args);
        }
        return new ResultPage<>(items, Math.max(total, 0), query.page().page(), query.page().size());
    }

    /** The page read by walking the articles newest first; {@code matches} is the word index's count of them. */
    private static ResultPage<StatementHit> walked(Connection c, QuoteQuery query, PlaceQuery.Conditions filters,
                                                   String argument, long matches) throws SQLException {
        boolean filtered = !filters.args.isEmpty();
        filters.add(WALK_WORDS, argument);
        String tail = WALK_FROM + filters.where();
        List<StatementHit> items = Rows.list(c, COLUMNS + tail + NEWEST_FIRST + " LIMIT ? OFFSET ?",
                SqlArguments.with(filters.args, query.page().size(), query.page().offset()), rs -> hit(rs));
        long total = filtered ? count(c, tail, filters.args) : matches;
        return new ResultPage<>(items, total, query.page().page(), query.page().size());
    }

    private static long count(Connection c, String tail, List<Object> args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*)" + tail)) {
            SqlArguments.bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static StatementHit hit(ResultSet rs) throws SQLException {
        return new StatementHit(ArticleSummaryRows.read(rs, QuoteRows.COLUMN_COUNT + 1), QuoteRows.read(rs, 1));
    }
}
