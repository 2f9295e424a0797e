package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.InputException;
import org.sitrep.core.Source;

/** The feeds and sitemaps to poll, and which of their items were already taken and finished. Thread-safe. */
public final class SourceStore {
    /** How often an item is taken, by polls that each stopped while reading it, before it is given up. */
    public static final int MAX_ATTEMPTS = 2;

    private final Database db;

    public SourceStore(Database db) {
        this.db = db;
    }

    /**
     * Adds a source; the same URL twice is refused.
     *
     * @throws InputException when the URL is already a source
     */
    public Source add(String url, String name, Duration every) {
        return db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM sources WHERE url = ?")) {
                s.setString(1, url);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        throw new InputException(url, "already a source (id " + rs.getLong(1) + ")");
                    }
                }
            }
            // DO NOTHING: another process that shares the database (PostgreSQL) may add the same URL meanwhile.
            try (PreparedStatement s = c.prepareStatement("INSERT INTO sources (url, name, every_seconds, created_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING", Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, url);
                s.setString(2, name);
                s.setLong(3, every.toSeconds());
                s.setString(4, Instant.now().toString());
                if (s.executeUpdate() == 0) {
                    throw new InputException(url, "already a source");
                }
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return new Source(keys.getLong(1), url, name, every, null, null);
                }
            }
        });
    }

    public List<Source> list() {
        return db.read(c -> {
            List<Source> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, url, name, every_seconds, last_polled_at, last_status FROM sources ORDER BY id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String polled = rs.getString(5);
                    out.add(new Source(rs.getLong(1), rs.getString(2), rs.getString(3), Duration.ofSeconds(rs.getLong(4)),
                            polled == null ? null : Instant.parse(polled), rs.getString(6)));
                }
            }
            return out;
        });
    }

    /** Removes a source and what was recorded of its items; false when there is no such source. */
    public boolean remove(long id) {
        return db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM sources WHERE id = ?")) {
                s.setLong(1, id);
                return s.executeUpdate() > 0;
            }
        });
    }

    public void polled(long id, Instant at, String status) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE sources SET last_polled_at = ?, last_status = ? WHERE id = ?")) {
                s.setString(1, at.toString());
                s.setString(2, status);
                s.setLong(3, id);
                return s.executeUpdate();
            }
        });
    }

    public boolean seen(long sourceId, String itemUrl) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM source_items WHERE source_id = ? AND url = ?")) {
                s.setLong(1, sourceId);
                s.setString(2, itemUrl);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * Takes an item for reading, once per item across polls and processes: {@link ItemTurn#FIRST} for one never taken,
     * {@link ItemTurn#AGAIN} for one taken but never finished (and fewer than {@link #MAX_ATTEMPTS} times),
     * {@link ItemTurn#GIVEN_UP} (once) for one taken that often, {@link ItemTurn#DONE} otherwise. Two polls asking at
     * once get one {@code FIRST} or {@code AGAIN} between them.
     */
    public ItemTurn take(long sourceId, String itemUrl) {
        return db.write(c -> takenFirst(c, sourceId, itemUrl) ? ItemTurn.FIRST : takeAgain(c, sourceId, itemUrl));
    }

    /** Records the item as taken once and not finished; false when it was taken before. */
    private static boolean takenFirst(Connection c, long sourceId, String itemUrl) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO source_items (source_id, url, seen_at, attempts, finished) "
                + "VALUES (?, ?, ?, 1, 0) ON CONFLICT DO NOTHING")) {
            s.setLong(1, sourceId);
            s.setString(2, itemUrl);
            s.setString(3, Instant.now().toString());
            return s.executeUpdate() == 1;
        }
    }

    /** For an item taken before: counts one more attempt, gives it up, or passes over it when it is finished. */
    private static ItemTurn takeAgain(Connection c, long sourceId, String itemUrl) throws SQLException {
        int attempts;
        try (PreparedStatement s = c.prepareStatement("SELECT attempts, finished FROM source_items WHERE source_id = ? AND url = ?")) {
            s.setLong(1, sourceId);
            s.setString(2, itemUrl);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next() || rs.getInt(2) != 0) {
                    return ItemTurn.DONE;
                }
                attempts = rs.getInt(1);
            }
        }
        boolean giveUp = attempts >= MAX_ATTEMPTS;
        // The attempts read must still be there: of two polls counting the same attempt, one wins.
        try (PreparedStatement s = c.prepareStatement("UPDATE source_items SET attempts = attempts + ?, finished = ? "
                + "WHERE source_id = ? AND url = ? AND attempts = ? AND finished = 0")) {
            s.setInt(1, giveUp ? 0 : 1);
            s.setInt(2, giveUp ? 1 : 0);
            s.setLong(3, sourceId);
            s.setString(4, itemUrl);
            s.setInt(5, attempts);
            if (s.executeUpdate() == 0) {
                return ItemTurn.DONE;
            }
        }
        return giveUp ? ItemTurn.GIVEN_UP : ItemTurn.AGAIN;
    }

    /** Notes that a taken item was read to the end: stored, or reported as failed. */
    public void finish(long sourceId, String itemUrl) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE source_items SET finished = 1 WHERE source_id = ? AND url = ?")) {
                s.setLong(1, sourceId);
                s.setString(2, itemUrl);
                return s.executeUpdate();
            }
        });
    }
}
