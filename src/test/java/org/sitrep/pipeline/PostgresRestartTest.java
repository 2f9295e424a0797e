package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Hints;
import org.sitrep.store.PostgresAddress;

/**
 * Issue 19: a long-running process keeps working across a restart of its PostgreSQL server. The test runs a server
 * of its own (not the shared one of {@link org.sitrep.PostgresServer}), stops it and starts it again on the same
 * port and data, as a database restart or failover does.
 */
class PostgresRestartTest {
    @TempDir
    Path dir;

    private final Pipeline pipeline = BreakingAnnotator.pipeline("\u0000never", a -> { });
    private EmbeddedPostgres server;
    private int port;

    private EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1").setServerConfig("fsync", "off").start();
    }

    private PostgresAddress startWithDatabase() throws IOException, SQLException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE sitrep_restart");
        }
        return PostgresAddress.parse("postgresql://postgres@127.0.0.1:" + port + "/sitrep_restart");
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private Path folder(String name, String... markers) throws IOException {
        return MarkedReports.folder(dir, name, markers);
    }

    private static long hits(Workspace w, String word) {
        return MarkedReports.hits(w, word);
    }

    private IngestSummary ingest(Workspace w, Path folder) {
        return new Ingestion(pipeline, w, 1).run(List.of(folder), Hints.NONE, IngestListener.NONE);
    }

    @Test
    void anIngestAfterTheDatabaseRestartedReconnectsAndStoresEveryArticle() throws Exception {
        PostgresAddress db = startWithDatabase();
        try (Workspace w = Workspace.open(dir.resolve("data"), db)) {
            assertThat(ingest(w, folder("before", "beforeone")).created()).isEqualTo(1);
            server.close();
            server = start();

            IngestSummary after = ingest(w, folder("after", "afterone", "aftertwo"));

            assertThat(after.created()).as("stored after the restart").isEqualTo(2);
            assertThat(after.failed()).isZero();
            assertThat(w.store().count()).as("read after the restart").isEqualTo(3);
            w.commit();
            assertThat(hits(w, "aftertwo")).isEqualTo(1);
        }
    }

    @Test
    void articlesFailOneByOneWhileTheDatabaseIsDownAndTheNextRunStoresThem() throws Exception {
        PostgresAddress db = startWithDatabase();
        try (Workspace w = Workspace.open(dir.resolve("data"), db)) {
            server.close();
            server = null;
            Path down = folder("down", "downone", "downtwo");

            IngestSummary whileDown = ingest(w, down);
            assertThat(whileDown.failed()).as("each article fails, the run goes on").isEqualTo(2);

            server = start();
            IngestSummary again = ingest(w, down);
            assertThat(again.created()).isEqualTo(2);
            assertThat(w.store().count()).isEqualTo(2);
        }
    }
}
