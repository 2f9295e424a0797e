package org.sitrep.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.ReentrantLock;
import org.sitrep.core.DatabaseUnavailableException;
import org.sitrep.core.StorageException;

/**
 * The database of record: the SQLite file of a data directory (the default), or a PostgreSQL database that several
 * Sitrep processes share. Writes go through one connection per process, one transaction at a time; reads open their
 * own connections, so pages can be served while an ingest writes (WAL mode in SQLite).
 *
 * <p>Between processes, SQLite lets one writer in at a time. PostgreSQL lets writers run together, and the store
 * keeps their work apart: every change to an article first takes the next number of the article sequence, whose
 * one row stays locked until the change commits, so changes to articles commit one after another in the order of
 * their numbers, and each sees the articles committed before it (see {@link ArticleStore#save}).
 */
public final class Database implements AutoCloseable {
    /** Held while a data directory is opened in this process; the lock file keeps out other processes. */
    private static final Object OPENING = new Object();
    /** The PostgreSQL advisory lock that lets one process at a time migrate a database (any number, the same in all). */
    private static final long MIGRATING = 0x5173_7265_7000_0001L;
    /** How often a PostgreSQL write that lost a deadlock is tried, at most; the winner commits, so a retry succeeds. */
    private static final int WRITE_ATTEMPTS = 3;

    private final SqlDialect dialect;
    private final String url;
    private final Properties credentials;
    /** The connection writes go through; replaced when PostgreSQL drops it (see {@link #write}). Guarded by writeLock. */
    private Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    /**
     * Read connections kept between reads: opening one costs about 0.5 ms, a page makes several reads, and in WAL mode
     * a kept connection sees every write committed before each of its statements, as a fresh one would.
     */
    private final ConcurrentLinkedDeque<Connection> idleReaders = new ConcurrentLinkedDeque<>();
    private static final int KEPT_READERS = 8;
    private volatile boolean closed;

    private Database(SqlDialect dialect, String url, Properties credentials, Connection writer) {
        this.dialect = dialect;
        this.url = url;
        this.credentials = credentials;
        this.writer = writer;
    }

    /** The dialect the database speaks. */
    SqlDialect dialect() {
        return dialect;
    }

    /** Opens (creating if needed) {@code sitrep.db} in {@code dataDir} and applies pending migrations. */
    public static Database open(Path dataDir) {
        Path file = dataDir.resolve("sitrep.db");
        try {
            Files.createDirectories(dataDir);
            String url = "jdbc:sqlite:" + file.toAbsolutePath();
            Connection writer = connect(SqlDialect.SQLITE, url, new Properties());
            try {
                initialise(dataDir, writer);
            } catch (SQLException | IOException | RuntimeException e) {
                writer.close();
                throw e;
            }
            return new Database(SqlDialect.SQLITE, url, new Properties(), KeptStatements.around(writer));
        } catch (SQLException | IOException e) {
            throw new StorageException("cannot open database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the PostgreSQL database at {@code server}, which must exist (an empty one is fine), and applies pending
     * migrations. Any number of processes may hold the same database open.
     *
     * @throws StorageException naming the address (without its password) when the server cannot be reached, refuses
     *                          the login, or a migration fails
     */
    public static Database open(PostgresAddress server) {
        try {
            Connection writer = connect(SqlDialect.POSTGRESQL, server.jdbcUrl(), server.credentials());
            try {
                migrateAlone(writer);
            } catch (SQLException | IOException | RuntimeException e) {
                writer.close();
                throw e;
            }
            return new Database(SqlDialect.POSTGRESQL, server.jdbcUrl(), server.credentials(), writer);
        } catch (SQLException | IOException e) {
            throw new StorageException("cannot open database " + server + ": " + e.getMessage(), e);
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
                Migrations.applyPending(SqlDialect.SQLITE, writer);
            }
        }
    }

    /**
     * Applies pending migrations under a PostgreSQL advisory lock: processes opening a new database together would
     * otherwise race to create the same tables, which PostgreSQL reports as a duplicate rather than waiting.
     */
    private static void migrateAlone(Connection writer) throws SQLException, IOException {
        try (Statement s = writer.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + MIGRATING + ")");
            try {
                Migrations.applyPending(SqlDialect.POSTGRESQL, writer);
            } finally {
                s.execute("SELECT pg_advisory_unlock(" + MIGRATING + ")");
            }
        }
    }

    private static Connection connect(SqlDialect dialect, String url, Properties credentials) throws SQLException {
        Connection c = DriverManager.getConnection(url, credentials);
        if (dialect == SqlDialect.SQLITE) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=10000");
            }
        }
        return c;
    }

    /** Work on a connection that may throw SQL errors. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction on the writer connection; rolls back if it throws. On PostgreSQL, work
     * that lost a deadlock to another process is run again, and so is work whose connection was lost (the server
     * restarted): the writer connects again first. While the server stays away each write fails at once, naming the
     * cause, and the next one tries to connect again.
     */
    <T> T write(Work<T> work) {
        writeLock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return transaction(connectedWriter(), work);
                } catch (SQLException e) {
                    boolean lost = connectionLost(e, writer);
                    if (lost) {
                        dropWriter();
                    }
                    if (lost && attempt >= WRITE_ATTEMPTS) {
                        throw new DatabaseUnavailableException("database write failed: " + e.getMessage(), e);
                    }
                    if (attempt >= WRITE_ATTEMPTS || !(lost || dialect.mayRetry(e))) {
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw new StorageException("database write failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** The writer connection, connecting again if the last one was lost. Caller holds writeLock. */
    private Connection connectedWriter() throws SQLException {
        if (closed) {
            throw new SQLException("the database is closed");
        }
        if (writer == null) {
            writer = connect(dialect, url, credentials);
        }
        return writer;
    }

    private void dropWriter() {
        closeQuietly(writer);
        writer = null;
    }

    /**
     * Whether {@code e} means the connection is gone rather than the statement wrong: PostgreSQL's connection
     * exceptions (class 08), a server shutting down or starting (57P01-57P03), or a connection the driver has closed.
     * A SQLite file does not go away, so it never asks.
     */
    private boolean connectionLost(SQLException e, Connection c) {
        if (dialect != SqlDialect.POSTGRESQL) {
            return false;
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P0")) {
            return true;
        }
        try {
            return c == null || c.isClosed();
        } catch (SQLException closing) {
            return true;
        }
    }

    private static <T> T transaction(Connection writer, Work<T> work) throws SQLException {
        writer.setAutoCommit(false);
        try {
            T result = work.run(writer);
            writer.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                writer.rollback();
            } catch (SQLException rollback) {
                // A lost connection cannot roll back, and needs not: the server dropped the transaction with it.
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            try {
                writer.setAutoCommit(true);
            } catch (SQLException lost) {
                // As above: the connection is gone, and the failure that matters is already on its way.
            }
        }
    }

    /**
     * Runs {@code work} on a read connection of its own (kept from an earlier read, or new). On PostgreSQL, a read
     * whose connection was lost (the server restarted) drops the kept connections, which were lost with it, and runs
     * once more on a new one.
     */
    <T> T read(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            Connection c = idleReaders.pollFirst();
            try {
                if (c == null) {
                    c = connect(dialect, url, credentials);
                }
                T result = work.run(c);
                keepOrClose(c);
                return result;
            } catch (SQLException e) {
                boolean lost = connectionLost(e, c);
                closeQuietly(c);
                if (lost && attempt >= 2) {
                    throw new DatabaseUnavailableException("database read failed: " + e.getMessage(), e);
                }
                if (!lost) {
                    throw new StorageException("database read failed: " + e.getMessage(), e);
                }
                for (Connection idle = idleReaders.pollFirst(); idle != null; idle = idleReaders.pollFirst()) {
                    closeQuietly(idle);
                }
            } catch (RuntimeException e) {
                // Work that failed may have left its connection in any state: it is not kept.
                closeQuietly(c);
                throw e;
            }
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
            if (writer != null) {
                writer.close();
            }
        } catch (SQLException e) {
            throw new StorageException("cannot close database: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }
}
