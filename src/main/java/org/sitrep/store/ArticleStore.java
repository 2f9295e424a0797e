package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.core.Article;
import org.sitrep.core.ArticleSummary;
import org.sitrep.core.DateExpression;
import org.sitrep.core.Entity;
import org.sitrep.core.EntitySummary;
import org.sitrep.core.EntityType;
import org.sitrep.core.LanguageTag;
import org.sitrep.core.LeadImage;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.PageRequest;
import org.sitrep.core.Processed;
import org.sitrep.core.ResultPage;
import org.sitrep.core.SourceField;
import org.sitrep.core.StorageException;
import org.sitrep.core.Span;
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
    /** Aggregates that every entity or search page asks for and that change only with the articles. */
    private final SequenceMemo<CoMentions> coMentioned = new SequenceMemo<>(1_000);
    private final SequenceMemo<List<OutletCount>> outlets = new SequenceMemo<>(1);
    private final SequenceMemo<List<LanguageCount>> languages = new SequenceMemo<>(1);
    private final SequenceMemo<Optional<Entity>> named = new SequenceMemo<>(10_000);
    private final SequenceMemo<List<String>> spellingsOf = new SequenceMemo<>(1_000);

    public ArticleStore(Database db) {
        this.db = db;
        this.events = new EventStore(db);
        this.statementSearch = new StatementSearch(db);
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
        PendingArticle pending = PendingArticle.of(processed);
        return db.write(c -> saveIn(c, pending));
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
                    attempts.add(SaveAttempt.saved(article, saveIn(c, article)));
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

    private static SaveResult saveIn(Connection c, PendingArticle pending) throws SQLException {
        Processed processed = pending.processed();
        Article a = processed.article();
        String text = a.text();
        String hash = pending.hash();
        Optional<String> key = pending.key();
        String url = pending.url();
        BodySketch body = pending.body();
        // The number first: on PostgreSQL it locks the sequence's row until this commits, so a save of the same
        // article by another process waits here and then finds this one's row (or its copy), rather than adding a
        // second. A copy leaves its number unused, which readers of the sequence allow.
        long seq = ArticleSequence.next(c);
        Optional<String> original = copyOf(c, url, key, hash, body);
        if (original.isPresent()) {
            Copies.add(c, key.orElseThrow(), original.get(), url, a.outlet());
            return new SaveResult(original.get(), SaveResult.Outcome.COPY, seq, List.of());
        }
        List<String> existing = existingIds(c, url, key, hash);
        String id = existing.isEmpty() ? ArticleIds.newId(url, text) : existing.get(0);
        List<Long> earlierIncidents = existing.isEmpty() ? List.of() : EventRows.incidents(c, id);
        for (String old : existing) {
            update(c, "DELETE FROM articles WHERE id = ?", old);
        }
        List<String> removed = existing.isEmpty() ? List.of() : existing.subList(1, existing.size());
        recordRemoved(c, removed, seq);
        for (String old : removed) {
            Copies.move(c, old, id);
        }
        update(c, "DELETE FROM removed_articles WHERE id = ?", id);
        Processed corrected = corrected(c, processed);
        insertArticle(c, id, url, hash, seq, corrected);
        if (key.isPresent()) {
            Copies.putOwn(c, key.get(), id, url, a.outlet());
        }
        StoryVersions.record(c, id, body);
        insertFacts(c, id, corrected);
        QuoteRows.insert(c, id, corrected.quotes());
        PlaceRows.insert(c, id, corrected.places());
        EventRows.insert(c, id, corrected.article(), corrected.events(), earlierIncidents);
        return new SaveResult(id, existing.isEmpty() ? SaveResult.Outcome.CREATED : SaveResult.Outcome.UPDATED, seq, removed);
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
                id = withUrl(c, UrlKey.withoutTracking(a.url()));
            }
            if (id.isEmpty()) {
                return Optional.empty();
            }
            boolean same = id.equals(withText(c, hash)) || body.distinctive() && id.equals(StoryVersions.withBody(c, body.hash()));
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
        return db.read(c -> Copies.articleAt(c, key.get()).isPresent() || withUrl(c, UrlKey.withoutTracking(url)).isPresent());
    }

    /**
     * The stored article of which a page at {@code url} is a word-for-word copy under another address; empty when it is
     * none: when the page has no address, when the address is the article's own (the page updates it), when no article
     * has its text. A known copy whose outlet has since changed its text is a copy no more, and the address is dropped
     * from the original's copies.
     */
    private static Optional<String> copyOf(Connection c, String url, Optional<String> key, String hash, BodySketch body)
            throws SQLException {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> sameText = withText(c, hash);
        if (sameText.isEmpty() && body.distinctive()) {
            sameText = StoryVersions.withBody(c, body.hash());
        }
        Optional<String> atAddress = Copies.articleAt(c, key.get());
        if (atAddress.isPresent() && !key.equals(ownKey(c, atAddress.get()))) {
            if (sameText.equals(atAddress)) {
                return atAddress;
            }
            Copies.remove(c, key.get());
            atAddress = Optional.empty();
        }
        if (atAddress.isPresent() || withUrl(c, url).isPresent() || sameText.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> originalKey = ownKey(c, sameText.get());
        return originalKey.isPresent() && !originalKey.equals(key) ? sameText : Optional.empty();
    }

    private static Optional<String> ownKey(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT url FROM articles WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? UrlKey.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static Optional<String> withText(Connection c, String hash) throws SQLException {
        return firstId(c, "SELECT id FROM articles WHERE text_hash = ?", hash);
    }

    private static Optional<String> withUrl(Connection c, String url) throws SQLException {
        return firstId(c, "SELECT id FROM articles WHERE url = ?", url);
    }

    private static Optional<String> firstId(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void recordRemoved(Connection c, List<String> removed, long seq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO removed_articles (id, seq) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq")) {
            for (String id : removed) {
                s.setString(1, id);
                s.setLong(2, seq);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The article's facts with the analysts' corrections applied, so re-ingesting keeps them. */
    private static Processed corrected(Connection c, Processed p) throws SQLException {
        var corrections = CorrectionStore.all(c);
        if (corrections.isEmpty()) {
            return p;
        }
        List<LinkedMention> entities = CorrectionStore.apply(corrections, p.entities());
        java.util.Map<Span, Entity> bySpan = new java.util.HashMap<>();
        entities.forEach(m -> bySpan.put(m.mention().span(), m.entity()));
        List<org.sitrep.core.AttributedQuote> quotes = new ArrayList<>();
        for (var q : p.quotes()) {
            var named = q.quote().speaker() == null ? null : q.quote().speaker().named();
            quotes.add(new org.sitrep.core.AttributedQuote(q.quote(), named == null ? q.speaker() : bySpan.getOrDefault(named.span(), q.speaker())));
        }
        return new Processed(p.origin(), p.annotated(), entities, quotes, p.places(), p.events(), p.warnings());
    }

    /** The articles a page replaces: the one at its address (exactly, or by key), then the one with its text. */
    private static List<String> existingIds(Connection c, String url, Optional<String> key, String hash) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM articles WHERE url = ? UNION ALL "
                + "SELECT article_id FROM article_copies WHERE url_key = ? UNION ALL SELECT id FROM articles WHERE text_hash = ?")) {
            s.setString(1, url);
            s.setString(2, key.orElse(null));
            s.setString(3, hash);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (!ids.contains(rs.getString(1))) {
                        ids.add(rs.getString(1));
                    }
                }
            }
        }
        return ids;
    }

    /** @param url the article's address as stored (see {@link UrlKey#withoutTracking}) */
    private static void insertArticle(Connection c, String id, String url, String hash, long seq, Processed p) throws SQLException {
        Article a = p.article();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO articles (id, url, text_hash, origin, title, published, "
                + "outlet, section, language, text, ingested_at, image_url, image_caption, published_at, seq) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setString(2, url);
            s.setString(3, hash);
            s.setString(4, p.origin());
            s.setString(5, a.title());
            s.setString(6, a.published() == null ? null : a.published().toString());
            s.setString(7, a.outlet());
            s.setString(8, a.section());
            s.setString(9, a.language());
            s.setString(10, a.text());
            s.setString(11, Instant.now().toString());
            s.setString(12, a.image() == null ? null : a.image().url());
            s.setString(13, a.image() == null ? null : a.image().caption());
            s.setString(14, a.publishedAt() == null ? null : a.publishedAt().toString());
            s.setLong(15, seq);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO article_parts VALUES (?, ?, ?, ?)")) {
            addParts(s, id, "byline", a.byline());
            addParts(s, id, "caption", a.captions());
            addParts(s, id, "paragraph", a.paragraphs());
            s.executeBatch();
        }
    }

    private static void addParts(PreparedStatement s, String id, String kind, List<String> parts) throws SQLException {
        for (int i = 0; i < parts.size(); i++) {
            s.setString(1, id);
            s.setString(2, kind);
            s.setInt(3, i);
            s.setString(4, parts.get(i));
            s.addBatch();
        }
    }

    private static void insertFacts(Connection c, String id, Processed p) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO sentences VALUES (?, ?, ?, ?)")) {
            var sentences = p.annotated().sentences();
            for (int i = 0; i < sentences.size(); i++) {
                s.setString(1, id);
                s.setInt(2, i);
                s.setInt(3, sentences.get(i).span().begin());
                s.setInt(4, sentences.get(i).span().end());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement e = c.prepareStatement("INSERT INTO entities (id, name, type, kind) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement m = c.prepareStatement("INSERT INTO mentions (article_id, entity_id, begin_at, end_at, text, published) "
                     + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            String published = p.article().published() == null ? null : p.article().published().toString();
            for (LinkedMention lm : p.entities()) {
                Entity entity = lm.entity();
                e.setString(1, entity.id());
                e.setString(2, entity.name());
                e.setString(3, entity.type().name());
                e.setString(4, entity.kind());
                e.addBatch();
                m.setString(1, id);
                m.setString(2, entity.id());
                m.setInt(3, lm.mention().span().begin());
                m.setInt(4, lm.mention().span().end());
                m.setString(5, lm.mention().text());
                m.setString(6, published);
                m.addBatch();
            }
            e.executeBatch();
            m.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dates (article_id, caption, begin_at, end_at, text, value) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (DateExpression d : p.annotated().dates()) {
                s.setString(1, id);
                s.setInt(2, d.caption() == null ? -1 : d.caption());
                s.setInt(3, d.span().begin());
                s.setInt(4, d.span().end());
                s.setString(5, d.text());
                s.setString(6, d.value());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static int update(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            return s.executeUpdate();
        }
    }

    /** The article with that id, empty if there is none. */
    public Optional<StoredArticle> find(String id) {
        return db.read(c -> Optional.ofNullable(load(c, id)));
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
        List<ArticleSummary> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(ArticleSummaryRows.read(rs, 1));
                }
            }
        }
        return out;
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
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
            List<String> all = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, args);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        all.add(rs.getString(1));
                    }
                }
            }
            return all;
        });
    }

    /** Reads the articles on one connection, one at a time; an article deleted meanwhile is skipped. */
    private void forEachOf(List<String> ids, Consumer<StoredArticle> each) {
        db.read(c -> {
            for (String id : ids) {
                StoredArticle a = load(c, id);
                if (a != null) {
                    each.accept(a);
                }
            }
            return null;
        });
    }

    private static StoredArticle load(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT url, origin, title, published, outlet, section, language, "
                + "ingested_at, image_url, image_caption, published_at FROM articles WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Article article = new Article(rs.getString(1), rs.getString(3), parts(c, id, "byline"), day(rs.getString(4)),
                        rs.getString(5), rs.getString(6), parts(c, id, "caption"), parts(c, id, "paragraph"), rs.getString(7),
                        rs.getString(9) == null ? null : new LeadImage(rs.getString(9), rs.getString(10)),
                        rs.getString(11) == null ? null : OffsetDateTime.parse(rs.getString(11)));
                return new StoredArticle(id, rs.getString(2), Instant.parse(rs.getString(8)), article, sentences(c, id),
                        linkedMentions(c, id), dates(c, id), QuoteRows.ofArticle(c, id), PlaceRows.ofArticle(c, id),
                        EventRows.ofArticle(c, id));
            }
        }
    }

    private static List<String> parts(Connection c, String id, String kind) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT text FROM article_parts WHERE article_id = ? AND kind = ? ORDER BY position")) {
            s.setString(1, id);
            s.setString(2, kind);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static List<Span> sentences(Connection c, String id) throws SQLException {
        List<Span> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT begin_at, end_at FROM sentences WHERE article_id = ? ORDER BY position")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Span(rs.getInt(1), rs.getInt(2)));
                }
            }
        }
        return out;
    }

    private static List<LinkedMention> linkedMentions(Connection c, String id) throws SQLException {
        List<LinkedMention> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT m.begin_at, m.end_at, m.text, e.id, e.name, e.type, e.kind "
                + "FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.begin_at")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Entity entity = entity(rs, 4);
                    out.add(new LinkedMention(new Mention(new Span(rs.getInt(1), rs.getInt(2)), rs.getString(3), entity.type()), entity));
                }
            }
        }
        return out;
    }

    private static Entity entity(ResultSet rs, int firstColumn) throws SQLException {
        EntityType type = EntityType.parse(rs.getString(firstColumn + 2)).orElse(EntityType.MISC);
        return new Entity(rs.getString(firstColumn), rs.getString(firstColumn + 1), type, rs.getString(firstColumn + 3));
    }

    /** The article's dates: those of its text in text order, then those of its captions. */
    private static List<DateExpression> dates(Connection c, String id) throws SQLException {
        List<DateExpression> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT caption, begin_at, end_at, text, value FROM dates WHERE article_id = ? "
                + "ORDER BY caption, begin_at")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int caption = rs.getInt(1);
                    out.add(new DateExpression(new Span(rs.getInt(2), rs.getInt(3)), rs.getString(4), rs.getString(5),
                            caption < 0 ? null : caption));
                }
            }
        }
        return out;
    }

    /** The entity with that id, empty if there is none. */
    public Optional<Entity> entity(String id) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, name, type, kind FROM entities WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(entity(rs, 1)) : Optional.empty();
                }
            }
        });
    }

    /** The distinct spellings an entity was mentioned by, most frequent first; pronouns ("she") are no spellings. */
    public List<String> spellings(String entityId) {
        return db.read(c -> spellingsOf.get(entityId, ArticleSequence.last(c), () -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT text FROM mentions WHERE entity_id = ? AND lower(text) NOT IN ('he', 'she') "
                    + "GROUP BY text ORDER BY COUNT(*) DESC, text")) {
                s.setString(1, entityId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return List.copyOf(out);
        }));
    }

    /**
     * The mentioned entity, other than a location, whose name is {@code name} ignoring case, the most mentioned when
     * several are; empty if none. Answers are kept until the articles change, since searches ask for every word typed.
     */
    public Optional<Entity> entityNamed(String name) {
        String key = name.strip();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return db.read(c -> named.get(key.toLowerCase(java.util.Locale.ROOT), ArticleSequence.last(c), () -> {
            try (PreparedStatement s = c.prepareStatement("SELECT e.id, e.name, e.type, e.kind FROM entities e "
                    + "WHERE lower(e.name) = lower(?) AND e.type <> 'LOCATION' "
                    + "AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id) "
                    + "ORDER BY (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id) DESC, e.id LIMIT 1")) {
                s.setString(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(entity(rs, 1)) : Optional.empty();
                }
            }
        }));
    }

    /**
     * Entities that have mentions, most widely mentioned first.
     *
     * @param type only this type, or all when {@code null}
     * @param nameContains only names containing this (case-insensitive), or all when {@code null} or blank
     */
    public ResultPage<EntitySummary> entities(EntityType type, String nameContains, PageRequest request) {
        return entities(type, null, nameContains, request);
    }

    /**
     * Entities that have mentions, most widely mentioned first.
     *
     * @param kind only this kind ("armed group", "media", ...), or all when {@code null}
     */
    public ResultPage<EntitySummary> entities(EntityType type, String kind, String nameContains, PageRequest request) {
        String where = " WHERE (CAST(? AS TEXT) IS NULL OR e.type = ?) AND (CAST(? AS TEXT) IS NULL OR lower(e.name) LIKE lower(?) ESCAPE '\\') "
                + "AND (CAST(? AS TEXT) IS NULL OR e.kind = ?)";
        String typeName = type == null ? null : type.name();
        String like = nameContains == null || nameContains.isBlank() ? null : SqlArguments.containing(nameContains.strip());
        return db.read(c -> {
            List<EntitySummary> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT e.id, e.name, e.type, e.kind, COUNT(DISTINCT m.article_id), COUNT(*) "
                    + "FROM entities e JOIN mentions m ON m.entity_id = e.id" + where
                    + " GROUP BY e.id ORDER BY COUNT(DISTINCT m.article_id) DESC, COUNT(*) DESC, e.name LIMIT ? OFFSET ?")) {
                bind(s, typeName, typeName, like, like, kind, kind, request.size(), request.offset());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        items.add(new EntitySummary(entity(rs, 1), rs.getLong(5), rs.getLong(6)));
                    }
                }
            }
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM entities e" + where
                    + " AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)")) {
                bind(s, typeName, typeName, like, like, kind, kind);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            return new ResultPage<>(items, total, request.page(), request.size());
        });
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

    /**
     * The {@code limit} entities most often named in the same articles as the entity, counted over its newest
     * articles (see {@link CoMentions}); {@link CoMentions#NONE} when none.
     */
    public CoMentions coMentions(String entityId, int limit) {
        return db.read(c -> coMentioned.get(entityId + "\u0000" + limit, ArticleSequence.last(c),
                () -> new CoMentionCounts(db.dialect()).of(c, entityId, limit)));
    }

    /** The entities of {@link #coMentions}: most shared articles first, empty when none. */
    public List<EntitySummary> coMentioned(String entityId, int limit) {
        return coMentions(entityId, limit).entities();
    }

    /** Mentions of the entity per month of publication ("2014-11"), oldest first; undated articles left out. */
    public List<MonthCount> mentionsByMonth(String entityId) {
        return db.read(c -> {
            List<MonthCount> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT substr(m.published, 1, 7), COUNT(*) FROM mentions m "
                    + "WHERE m.entity_id = ? AND m.published IS NOT NULL GROUP BY substr(m.published, 1, 7) ORDER BY 1")) {
                s.setString(1, entityId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new MonthCount(rs.getString(1), rs.getLong(2)));
                    }
                }
            }
            return out;
        });
    }

    /** The kinds of the stored entities, alphabetically. */
    public List<String> kinds() {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT kind FROM entities WHERE kind IS NOT NULL ORDER BY kind");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
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

    private static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
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
            List<SourceField> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT name, value FROM source_fields WHERE article_id = ? ORDER BY position")) {
                s.setString(1, articleId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SourceField(rs.getString(1), rs.getString(2)));
                    }
                }
            }
            return out;
        });
    }
}
