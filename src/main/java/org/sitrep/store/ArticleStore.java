package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.core.Article;
import org.sitrep.core.ArticleSummary;
import org.sitrep.core.Entity;
import org.sitrep.core.EntitySummary;
import org.sitrep.core.EntityType;
import org.sitrep.core.LanguageTag;
import org.sitrep.core.PageRequest;
import org.sitrep.core.Processed;
import org.sitrep.core.ResultPage;
import org.sitrep.core.SourceField;
import org.sitrep.core.StorageException;
import org.sitrep.core.StoredArticle;

/** Articles and their facts in the database. Thread-safe. */
public final class ArticleStore {
    /**
     * Newest publication day first, undated last. Written NULLS LAST rather than "published IS NULL" first, so that SQLite
     * walks the index on published and stops after the page (the expression made it sort every article: 0.4 s a home
     * page at 18,000 articles, in 'bench pages').
     */
    private static final String NEWEST_FIRST = " ORDER BY a.published DESC NULLS LAST, a.ingested_at DESC, a.id";

    private final Database db;
    private final EventStore events;
    private final StatementSearch statementSearch;
    private final EntityReads entities;
    /** Aggregates that every search page asks for and that change only with the articles. */
    private final SequenceMemo<List<OutletCount>> outlets = new SequenceMemo<>(1);
    private final SequenceMemo<List<LanguageCount>> languages = new SequenceMemo<>(1);

    public ArticleStore(Database db) {
        this.db = db;
        this.events = new EventStore(db);
        this.statementSearch = new StatementSearch(db);
        this.entities = new EntityReads(db);
    }

    /** The events the stored articles report, and their incidents. */
    public EventStore events() {
        return events;
    }

    /**
     * Stores an article and its facts in one transaction, under the next number of the article sequence, once:
     * <ul>
     * <li>An article found at the same address (compared as {@link UrlKey}s: without tracking parameters, fragment,
     * AMP variant), or else with the same text, is replaced and keeps its id; when both exist as two articles, the
     * second is removed (and recorded as removed under the same number) and its addresses go to the first.</li>
     * <li>A page with an address that holds a stored article's body word for word (whitespace and case aside) under
     * another address, a wire story that several outlets published, is not stored again: its address and outlet are
     * added to that article's copies ({@link #copies}), and the result's outcome is {@code COPY}.</li>
     * <li>A new article whose body is a near-duplicate of a stored one's (one paragraph changed) is stored, and linked
     * with it as a version of one story ({@link #versions}).</li>
     * </ul>
     * Its events replace the ones it had, each joining the incident it reports (see {@link EventStore}).
     */
    public SaveResult save(Processed processed) {
        return save(PendingArticle.of(processed));
    }

    /**
     * Saves an article as {@link #save(Processed)} does, with what it computes from the text worked out already (by
     * the caller's thread, outside the one write transaction at a time).
     */
    public SaveResult save(PendingArticle pending) {
        return db.write(c -> ArticleSaving.save(c, pending));
    }

    /**
     * Saves the articles in order, each as {@link #save} does, in one transaction: a batch costs one commit rather than
     * one per article, which is most of what a small save costs. An article whose save fails is undone alone (back to
     * a savepoint taken before it) and its failure returned in its place; the others are saved. When the transaction
     * itself fails (the database is gone), nothing of the batch is saved and the failure is thrown.
     *
     * <p>On PostgreSQL the batch holds the article sequence's row until it commits, so other processes' saves wait
     * for the whole batch: keep batches to what takes a fraction of a second.
     *
     * @return one attempt per article, in the order given
     * @throws org.sitrep.core.StorageException when the transaction cannot be run or committed
     */
    public List<SaveAttempt> saveAll(List<PendingArticle> articles) {
        return db.write(c -> {
            List<SaveAttempt> attempts = new ArrayList<>(articles.size());
            for (PendingArticle article : articles) {
                Savepoint before = c.setSavepoint();
                try {
                    attempts.add(SaveAttempt.saved(article, ArticleSaving.save(c, article)));
                    c.releaseSavepoint(before);
                } catch (SQLException e) {
                    if (db.dialect().mayRetry(e)) {
                        // A deadlock lost to another process: the whole batch is run again.
                        throw e;
                    }
                    c.rollback(before);
                    attempts.add(SaveAttempt.failed(article, new StorageException("the database refused it: " + reason(e), e)));
                } catch (RuntimeException e) {
                    c.rollback(before);
                    attempts.add(SaveAttempt.failed(article, e));
                }
            }
            return attempts;
        });
    }

    /**
     * The first line of the database's message, without PostgreSQL's "ERROR: " (its further lines, "Where: ...",
     * name the statement's parameters, of no use to whoever fixes the input).
     */
    private static String reason(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.lines().findFirst().orElse("").replaceFirst("^ERROR:\\s*", "");
    }

    /**
     * The stored article that holds this one as it is: found at the same address (its own or a copy's, compared as
     * {@link UrlKey}s) with the same text, or for a copy the same body. Empty when none does, or the article has no
     * address. Lets a second run over a web archive pass over what the first stored without processing it again.
     */
    public Optional<SaveResult> holding(Article a) {
        Optional<String> key = UrlKey.of(a.url());
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String hash = ArticleIds.hash(a.text());
        BodySketch body = BodySketch.of(a.paragraphs());
        return db.read(c -> {
            Optional<String> id = Copies.articleAt(c, key.get());
            if (id.isEmpty()) {
                id = ArticleSaving.withUrl(c, UrlKey.withoutTracking(a.url()));
            }
            if (id.isEmpty()) {
                return Optional.empty();
            }
            boolean same = id.equals(ArticleSaving.withText(c, hash)) || body.distinctive() && id.equals(StoryVersions.withBody(c, body.hash()));
            return same ? Optional.of(new SaveResult(id.get(), SaveResult.Outcome.UNCHANGED, ArticleSequence.last(c), List.of()))
                    : Optional.empty();
        });
    }

    /**
     * Whether a stored article was found at {@code url}, as its own address or a copy's (compared as {@link UrlKey}s):
     * lets a poll that takes again an item whose reading was cut short pass over it when it was stored before the cut.
     * False for null or no http(s) address.
     */
    public boolean holdsAddress(String url) {
        Optional<String> key = UrlKey.of(url);
        if (key.isEmpty()) {
            return false;
        }
        return db.read(c -> Copies.articleAt(c, key.get()).isPresent() || ArticleSaving.withUrl(c, UrlKey.withoutTracking(url)).isPresent());
    }

    /** The article with that id, empty if there is none. */
    public Optional<StoredArticle> find(String id) {
        return db.read(c -> Optional.ofNullable(ArticleRows.load(c, id)));
    }

    /**
     * Every address the article was found at, first found first: its own, then those of outlets that published it word
     * for word. Empty for an article stored before Sitrep kept addresses (it has only its own {@code url}).
     */
    public List<ArticleCopy> copies(String id) {
        return db.read(c -> Copies.of(c, id));
    }

    /** The other versions of the article's story (near-duplicates: one paragraph changed), first stored first; empty if none. */
    public List<ArticleSummary> versions(String id) {
        return db.read(c -> summaries(c, "SELECT " + ArticleSummaryRows.COLUMNS + " FROM story_versions v JOIN articles a ON a.id = v.article_id "
                + "WHERE v.story_id = (SELECT story_id FROM story_versions WHERE article_id = ?) AND v.article_id <> ? ORDER BY a.seq", id, id));
    }

    public long count() {
        return db.read(c -> Scalars.count(c, "SELECT COUNT(*) FROM articles", List.of()));
    }

    /** Articles, newest publication day first (undated last). */
    public ResultPage<ArticleSummary> latest(PageRequest request) {
        return db.read(c -> {
            List<ArticleSummary> items = summaries(c, "SELECT " + ArticleSummaryRows.COLUMNS + " FROM articles a" + NEWEST_FIRST
                    + " LIMIT ? OFFSET ?", request.size(), request.offset());
            return new ResultPage<>(items, Scalars.count(c, "SELECT COUNT(*) FROM articles", List.of()), request.page(), request.size());
        });
    }

    /** Articles that mention the entity, newest first. */
    public ResultPage<ArticleSummary> mentioning(String entityId, PageRequest request) {
        return mentioning(entityId, org.sitrep.core.DayRange.ALL, request);
    }

    /**
     * Articles published in the range that mention the entity, newest first. Read from the mentions' index of days:
     * the page's articles are those of the days from the day of its last article on, so an entity named in tens of
     * thousands of articles costs a page of them, not a sort of them all.
     */
    public ResultPage<ArticleSummary> mentioning(String entityId, org.sitrep.core.DayRange published, PageRequest request) {
        String named = "SELECT DISTINCT m.published, m.article_id FROM mentions m WHERE m.entity_id = ?" + PublishedBetween.sql(published, "m");
        List<Object> args = PublishedBetween.args(published, new ArrayList<>(List.of(entityId)));
        return db.read(c -> {
            long total = Scalars.count(c, "SELECT COUNT(*) FROM (" + named + ") t", args);
            List<Object> last = new ArrayList<>(args);
            last.add(request.offset() + request.size() - 1);
            // NULL when the page reaches undated articles, and no row when it reaches the end: no bound either way.
            String lastDay = Scalars.text(c, "SELECT t.published FROM (" + named + ") t ORDER BY t.published DESC NULLS LAST, "
                    + "t.article_id DESC LIMIT 1 OFFSET ?", last);
            List<Object> paged = new ArrayList<>(List.of(entityId));
            if (lastDay != null) {
                paged.add(lastDay);
            }
            PublishedBetween.args(published, paged);
            paged.add(request.size());
            paged.add(request.offset());
            List<ArticleSummary> items = summaries(c, "SELECT " + ArticleSummaryRows.COLUMNS + " FROM articles a WHERE a.id IN (SELECT m.article_id "
                    + "FROM mentions m WHERE m.entity_id = ?" + (lastDay == null ? "" : " AND m.published >= ?") + ")"
                    + PublishedBetween.sql(published) + NEWEST_FIRST + " LIMIT ? OFFSET ?", paged.toArray());
            return new ResultPage<>(items, total, request.page(), request.size());
        });
    }

    private static List<ArticleSummary> summaries(Connection c, String sql, Object... args) throws SQLException {
        return Rows.list(c, sql, Arrays.asList(args), rs -> ArticleSummaryRows.read(rs, 1));
    }

    /** Calls {@code each} with every stored article, in id order, reading one at a time. */
    public void forEach(Consumer<StoredArticle> each) {
        forEachOf(ids("SELECT id FROM articles ORDER BY id"), each);
    }

    /**
     * The number of the latest change to the stored articles (a save, a removal, a correction of their entities),
     * 0 when nothing was ever stored. Numbers only go up; every article holds the number of its latest change.
     */
    public long sequence() {
        return db.read(ArticleSequence::last);
    }

    /**
     * Calls {@code each} with every article whose latest change is numbered above {@code after} and at most
     * {@code through}, in the order of their numbers, reading one at a time.
     */
    public void forEachChanged(long after, long through, Consumer<StoredArticle> each) {
        forEachOf(ids("SELECT id FROM articles WHERE seq > ? AND seq <= ? ORDER BY seq, id", after, through), each);
    }

    /**
     * The ids of articles removed by a save numbered above {@code after} and at most {@code through} (replaced by an
     * article with the same text under another address, see {@link SaveResult#removed()}), empty if none; an id
     * stored again since is not among them.
     */
    public List<String> removed(long after, long through) {
        return ids("SELECT id FROM removed_articles WHERE seq > ? AND seq <= ? ORDER BY seq, id", after, through);
    }

    private List<String> ids(String sql, Object... args) {
        return db.read(c -> {
            return Rows.list(c, sql, Arrays.asList(args), rs -> rs.getString(1));
        });
    }

    /** Reads the articles on one connection, one at a time; an article deleted meanwhile is skipped. */
    private void forEachOf(List<String> ids, Consumer<StoredArticle> each) {
        db.read(c -> {
            for (String id : ids) {
                StoredArticle a = ArticleRows.load(c, id);
                if (a != null) {
                    each.accept(a);
                }
            }
            return null;
        });
    }

    /** The entity with that id, empty if there is none. */
    public Optional<Entity> entity(String id) {
        return entities.entity(id);
    }

    /** The distinct spellings an entity was mentioned by, most frequent first; pronouns ("she") are no spellings. */
    public List<String> spellings(String entityId) {
        return entities.spellings(entityId);
    }

    /**
     * The mentioned entity, other than a location, whose name is {@code name} ignoring case, the most mentioned when
     * several are; empty if none.
     */
    public Optional<Entity> entityNamed(String name) {
        return entities.entityNamed(name);
    }

    /**
     * Entities that have mentions, most widely mentioned first.
     *
     * @param type only this type, or all when {@code null}
     * @param nameContains only names containing this (case-insensitive), or all when {@code null} or blank
     */
    public ResultPage<EntitySummary> entities(EntityType type, String nameContains, PageRequest request) {
        return entities.entities(type, null, nameContains, request);
    }

    /**
     * Entities that have mentions, most widely mentioned first.
     *
     * @param kind only this kind ("armed group", "media", ...), or all when {@code null}
     */
    public ResultPage<EntitySummary> entities(EntityType type, String kind, String nameContains, PageRequest request) {
        return entities.entities(type, kind, nameContains, request);
    }

    /**
     * The {@code limit} entities most often named in the same articles as the entity, counted over its newest
     * articles (see {@link CoMentions}); {@link CoMentions#NONE} when none.
     */
    public CoMentions coMentions(String entityId, int limit) {
        return entities.coMentions(entityId, limit);
    }

    /** The entities of {@link #coMentions}: most shared articles first, empty when none. */
    public List<EntitySummary> coMentioned(String entityId, int limit) {
        return entities.coMentions(entityId, limit).entities();
    }

    /** Mentions of the entity per month of publication ("2014-11"), oldest first; undated articles left out. */
    public List<MonthCount> mentionsByMonth(String entityId) {
        return entities.mentionsByMonth(entityId);
    }

    /** The kinds of the stored entities, alphabetically. */
    public List<String> kinds() {
        return entities.kinds();
    }

    /** Every statement by the entity, newest article first. */
    public ResultPage<StatementHit> statementsBy(String entityId, PageRequest request) {
        return statements(new QuoteQuery(entityId, null, null, null, null, null, request));
    }

    /**
     * Statements that match the query, newest article first, in text order within an article. Its words match whole
     * words of a statement, in any case (and on SQLite with or without diacritics); a word with inner punctuation
     * ("rebel-held", "Assad's") matches its parts side by side, a trailing {@code *} makes a prefix of its last part,
     * and a query whose words hold no letter or digit matches nothing.
     */
    public ResultPage<StatementHit> statements(QuoteQuery query) {
        return statementSearch.find(query, false);
    }

    /**
     * As {@link #statements}, but finding the words as {@code LIKE} substrings of every statement, as the search did
     * before the word index (issue 19): "war" finds "software". Kept only to measure the two against each other
     * ({@code sitrep bench statements}).
     */
    public ResultPage<StatementHit> statementsBySubstrings(QuoteQuery query) {
        return statementSearch.find(query, true);
    }

    /** The outlets of stored articles with their article counts, most articles first. */
    public List<OutletCount> outlets() {
        return db.read(c -> outlets.get("", ArticleSequence.last(c), () -> {
            List<OutletCount> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT outlet, COUNT(*) FROM articles WHERE outlet IS NOT NULL "
                    + "GROUP BY outlet ORDER BY COUNT(*) DESC, outlet"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new OutletCount(rs.getString(1), rs.getLong(2)));
                }
            }
            return List.copyOf(out);
        }));
    }

    /**
     * The languages of stored articles without their regions ("en-gb" counts as "en"), with their article counts,
     * most articles first; articles of unknown language are left out.
     */
    public List<LanguageCount> languages() {
        return db.read(c -> languages.get("", ArticleSequence.last(c), () -> {
            Map<String, Long> counts = new java.util.HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT language, COUNT(*) FROM articles WHERE language IS NOT NULL "
                    + "GROUP BY language"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.merge(LanguageTag.primary(rs.getString(1)), rs.getLong(2), Long::sum);
                }
            }
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> new LanguageCount(e.getKey(), e.getValue())).toList();
        }));
    }

    /** Replaces the source file's other columns kept for the article (none when {@code fields} is empty). */
    public void saveSourceFields(String articleId, List<SourceField> fields) {
        db.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM source_fields WHERE article_id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO source_fields (article_id, position, name, value) VALUES (?, ?, ?, ?)")) {
                delete.setString(1, articleId);
                delete.executeUpdate();
                for (int i = 0; i < fields.size(); i++) {
                    insert.setString(1, articleId);
                    insert.setInt(2, i);
                    insert.setString(3, fields.get(i).name());
                    insert.setString(4, fields.get(i).value());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** The source file's other columns kept for the article, in the file's order; empty when none were kept. */
    public List<SourceField> sourceFields(String articleId) {
        return db.read(c -> {
            return Rows.list(c, "SELECT name, value FROM source_fields WHERE article_id = ? ORDER BY position",
                    rs -> new SourceField(rs.getString(1), rs.getString(2)), articleId);
        });
    }
}
