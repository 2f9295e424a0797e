package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The counter that numbers changes to the stored articles (a save, a removal, a correction of their entities). It
 * only goes up, also when the article that took the highest number is deleted, so a number once seen by the search
 * index is never given to a later change.
 */
final class ArticleSequence {
    private ArticleSequence() {
    }

    /** Takes the next number; call inside the write transaction that makes the change, so both commit or neither. */
    static long next(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE article_sequence SET last_value = last_value + 1")) {
            s.executeUpdate();
        }
        return last(c);
    }

    /** The number of the latest change, 0 when nothing was ever stored. */
    static long last(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT last_value FROM article_sequence"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
