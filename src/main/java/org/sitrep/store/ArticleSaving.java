package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.core.Article;
import org.sitrep.core.Entity;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Processed;
import org.sitrep.core.Span;

/**
 * The save of one article inside a transaction: whether the page is a copy of a stored article, which stored articles
 * it replaces, and the writing of its rows (see {@link ArticleStore#save}).
 */
final class ArticleSaving {
    private ArticleSaving() {
    }

    /** Saves the article as {@link ArticleStore#save} describes, on the caller's transaction. */
    static SaveResult save(Connection c, PendingArticle pending) throws SQLException {
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
        ArticleRows.insert(c, id, url, hash, seq, corrected);
        if (key.isPresent()) {
            Copies.putOwn(c, key.get(), id, url, a.outlet());
        }
        StoryVersions.record(c, id, body);
        QuoteRows.insert(c, id, corrected.quotes());
        PlaceRows.insert(c, id, corrected.places());
        EventRows.insert(c, id, corrected.article(), corrected.events(), earlierIncidents);
        return new SaveResult(id, existing.isEmpty() ? SaveResult.Outcome.CREATED : SaveResult.Outcome.UPDATED, seq, removed);
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

    static Optional<String> withText(Connection c, String hash) throws SQLException {
        return firstId(c, "SELECT id FROM articles WHERE text_hash = ?", hash);
    }

    static Optional<String> withUrl(Connection c, String url) throws SQLException {
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
            // A caption's speaker stands in the caption, where no mention of the text is.
            boolean inText = named != null && !q.quote().inCaption();
            quotes.add(new org.sitrep.core.AttributedQuote(q.quote(), inText ? bySpan.getOrDefault(named.span(), q.speaker()) : q.speaker()));
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

    private static int update(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            return s.executeUpdate();
        }
    }
}
