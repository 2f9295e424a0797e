package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.sitrep.core.Article;
import org.sitrep.core.BlockQuote;
import org.sitrep.core.DateExpression;
import org.sitrep.core.Entity;
import org.sitrep.core.LeadImage;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Processed;
import org.sitrep.core.Span;
import org.sitrep.core.StoredArticle;

/** The rows of an article itself: its columns, parts, sentences, entity mentions and dates, written and read back. */
final class ArticleRows {
    private ArticleRows() {
    }

    /**
     * Writes the article's row, its parts, sentences, entity mentions and dates.
     *
     * @param url the article's address as stored (see {@link UrlKey#withoutTracking})
     */
    static void insert(Connection c, String id, String url, String hash, long seq, Processed p) throws SQLException {
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
        try (PreparedStatement s = c.prepareStatement("INSERT INTO block_quotes VALUES (?, ?, ?)")) {
            for (BlockQuote q : a.blockQuotes()) {
                s.setString(1, id);
                s.setInt(2, q.first());
                s.setInt(3, q.last());
                s.addBatch();
            }
            s.executeBatch();
        }
        insertFacts(c, id, p);
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

    /** The article with that id and its facts, null when there is none (it may have been deleted meanwhile). */
    static StoredArticle load(Connection c, String id) throws SQLException {
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
                        rs.getString(11) == null ? null : OffsetDateTime.parse(rs.getString(11)))
                        .withBlockQuotes(blockQuotes(c, id));
                return new StoredArticle(id, rs.getString(2), Instant.parse(rs.getString(8)), article, sentences(c, id),
                        linkedMentions(c, id), dates(c, id), QuoteRows.ofArticle(c, id), PlaceRows.ofArticle(c, id),
                        EventRows.ofArticle(c, id));
            }
        }
    }

    private static List<String> parts(Connection c, String id, String kind) throws SQLException {
        return Rows.list(c, "SELECT text FROM article_parts WHERE article_id = ? AND kind = ? ORDER BY position",
                rs -> rs.getString(1), id, kind);
    }

    private static List<BlockQuote> blockQuotes(Connection c, String id) throws SQLException {
        return Rows.list(c, "SELECT first_paragraph, last_paragraph FROM block_quotes WHERE article_id = ? ORDER BY first_paragraph",
                rs -> new BlockQuote(rs.getInt(1), rs.getInt(2)), id);
    }

    private static List<Span> sentences(Connection c, String id) throws SQLException {
        return Rows.list(c, "SELECT begin_at, end_at FROM sentences WHERE article_id = ? ORDER BY position",
                rs -> new Span(rs.getInt(1), rs.getInt(2)), id);
    }

    private static List<LinkedMention> linkedMentions(Connection c, String id) throws SQLException {
        return Rows.list(c, "SELECT m.begin_at, m.end_at, m.text, e.id, e.name, e.type, e.kind "
                + "FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.begin_at",
                rs -> {
                    Entity entity = EntityReads.entity(rs, 4);
                    return new LinkedMention(new Mention(new Span(rs.getInt(1), rs.getInt(2)), rs.getString(3), entity.type()), entity);
                }, id);
    }

    /** The article's dates: those of its text in text order, then those of its captions. */
    private static List<DateExpression> dates(Connection c, String id) throws SQLException {
        return Rows.list(c, "SELECT caption, begin_at, end_at, text, value FROM dates WHERE article_id = ? "
                + "ORDER BY caption, begin_at",
                rs -> new DateExpression(new Span(rs.getInt(2), rs.getInt(3)), rs.getString(4), rs.getString(5),
                        rs.getInt(1) < 0 ? null : rs.getInt(1)), id);
    }

    private static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
