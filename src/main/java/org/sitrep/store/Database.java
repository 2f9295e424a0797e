package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.ReentrantLock;
import org.sitrep.core.StorageException;

/**
 * The SQLite database of a data directory. Writes go through one connection, one transaction at a time; reads
 * open their own connection, so pages can be served while an ingest writes (WAL mode).
 */
public final class Database implements AutoCloseable {
    /** Migrations in the order they apply; a migration, once released, is never edited: add the next one. */
    private static final List<String> MIGRATIONS = List.of("001_articles.sql", "002_quotes.sql", "003_sources.sql",
            "004_corrections.sql", "005_lead_image_and_time.sql", "006_article_sequence.sql", "007_places.sql",
            "008_caption_dates.sql", "009_events.sql", "010_copies_and_versions.sql");

    /** Held while a data directory is opened in this process; the lock file keeps out other processes. */
    private static final Object OPENING = new Object();

    private final String url;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    /**
     * Read connections kept between reads: opening one costs about 0.5 ms, a page makes several reads, and in WAL mode
     * a kept connection sees every write committed before each of its statements, as a fresh one would.
     */
    private final ConcurrentLinkedDeque<Connection> idleReaders = new ConcurrentLinkedDeque<>();
    private static final int KEPT_READERS = 8;
    private volatile boolean closed;

    private Database(String url, Connection writer) {
        this.url = url;
        this.writer = writer;
    }

    /** Opens (creating if needed) {@code sitrep.db} in {@code dataDir} and applies pending migrations. */
    public static Database open(Path dataDir) {
        Path file = dataDir.resolve("sitrep.db");
        try {
            Files.createDirectories(dataDir);
            String url = "jdbc:sqlite:" + file.toAbsolutePath();
            Connection writer = connect(url);
            try {
                initialise(dataDir, writer);
            } catch (SQLException | IOException | RuntimeException e) {
                writer.close();
                throw e;
            }
            return new Database(url, writer);
        } catch (SQLException | IOException e) {
            throw new StorageException("cannot open database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Sets the journal and applies pending migrations, one opener at a time: SQLite answers "busy" at once, without
     * waiting, to a connection that switches to WAL while another opens the same new file, so openers in this process
     * take a lock and other processes (a server and an ingest started together) a lock file.
     */
    private static void initialise(Path dataDir, Connection writer) throws SQLException, IOException {
        synchronized (OPENING) {
            try (FileChannel channel = FileChannel.open(dataDir.resolve("sitrep.db.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                try (Statement s = writer.createStatement()) {
                    s.execute("PRAGMA journal_mode=WAL");
                    s.execute("PRAGMA synchronous=NORMAL");
                }
                migrate(writer);
            }
        }
    }

    private static Connection connect(String url) throws SQLException {
        Connection c = DriverManager.getConnection(url);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys=ON");
            s.execute("PRAGMA busy_timeout=10000");
        }
        return c;
    }

    /**
     * Applies the migrations not yet applied, each in a transaction that takes the write lock first and looks again
     * at what is applied: two processes opening a new data directory at once (a server and an ingest) would otherwise
     * both run the first migration, and one of them fail.
     */
    private static void migrate(Connection c) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        for (int version = applied(c) + 1; version <= MIGRATIONS.size(); version++) {
            String name = MIGRATIONS.get(version - 1);
            apply(c, version, name, script(name));
        }
    }

    private static int applied(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) {
            return rs.getInt(1);
        }
    }

    private static void apply(Connection c, int version, String name, String script) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                if (applied(c) < version) {
                    for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
                        if (!statement.isBlank()) {
                            s.execute(statement);
                        }
                    }
                    s.execute("INSERT INTO schema_migrations VALUES (" + version + ", '" + name + "', datetime('now'))");
                }
                s.execute("COMMIT");
            } catch (SQLException e) {
                s.execute("ROLLBACK");
                throw new SQLException("migration " + name + " failed: " + e.getMessage(), e);
            }
        }
    }

    private static String script(String name) throws IOException {
        try (InputStream in = Database.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IOException("migration script missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Work on a connection that may throw SQL errors. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction on the writer connection; rolls back if it throws. */
    <T> T write(Work<T> work) {
        writeLock.lock();
        try {
            writer.setAutoCommit(false);
            try {
                T result = work.run(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                writer.rollback();
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException("database write failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} on a read connection of its own (kept from an earlier read, or new). */
    <T> T read(Work<T> work) {
        Connection c = idleReaders.pollFirst();
        try {
            if (c == null) {
                c = connect(url);
            }
            T result = work.run(c);
            keepOrClose(c);
            return result;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StorageException("database read failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Work that failed may have left its connection in any state: it is not kept.
            closeQuietly(c);
            throw e;
        }
    }

    private void keepOrClose(Connection c) throws SQLException {
        if (!closed && c.getAutoCommit() && idleReaders.size() < KEPT_READERS) {
            idleReaders.addFirst(c);
            if (closed && idleReaders.remove(c)) {
                c.close();
            }
        } else {
            c.close();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // Closing a connection that already failed; the failure that matters is being reported.
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Connection c = idleReaders.pollFirst(); c != null; c = idleReaders.pollFirst()) {
            closeQuietly(c);
        }
        writeLock.lock();
        try {
            writer.close();
        } catch (SQLException e) {
            throw new StorageException("cannot close database: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }
}
