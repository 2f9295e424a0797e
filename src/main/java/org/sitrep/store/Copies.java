package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The addresses where each article was found, by {@link UrlKey}, in {@code article_copies}. */
final class Copies {
    private Copies() {
    }

    /** The article found at the address with that key, empty when none was. */
    static Optional<String> articleAt(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT article_id FROM article_copies WHERE url_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Records that the article was found at {@code url} (whose key is {@code key}); does nothing when that is known. */
    static void add(Connection c, String key, String articleId, String url, String outlet) throws SQLException {
        if (articleAt(c, key).isPresent()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO article_copies (url_key, article_id, url, outlet, seen_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, key);
            s.setString(2, articleId);
            s.setString(3, url);
            s.setString(4, outlet);
            s.setString(5, Instant.now().toString());
            s.executeUpdate();
        }
    }

    /** Records {@code url} as the article's own address: added when new, else brought up to date (a re-fetch may tidy it). */
    static void putOwn(Connection c, String key, String articleId, String url, String outlet) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE article_copies SET article_id = ?, url = ?, outlet = ? WHERE url_key = ?")) {
            s.setString(1, articleId);
            s.setString(2, url);
            s.setString(3, outlet);
            s.setString(4, key);
            if (s.executeUpdate() > 0) {
                return;
            }
        }
        add(c, key, articleId, url, outlet);
    }

    static void remove(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM article_copies WHERE url_key = ?")) {
            s.setString(1, key);
            s.executeUpdate();
        }
    }

    /** Gives the addresses of an article merged into another to the one that stays. */
    static void move(Connection c, String from, String to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE article_copies SET article_id = ? WHERE article_id = ?")) {
            s.setString(1, to);
            s.setString(2, from);
            s.executeUpdate();
        }
    }

    /** Every address the article was found at, first found first; empty for an article stored before addresses were kept. */
    static List<ArticleCopy> of(Connection c, String articleId) throws SQLException {
        return Rows.list(c,
                "SELECT url, outlet, seen_at FROM article_copies WHERE article_id = ? ORDER BY seen_at, url",
                rs -> new ArticleCopy(rs.getString(1), rs.getString(2), rs.getString(3)), articleId);
    }
}
