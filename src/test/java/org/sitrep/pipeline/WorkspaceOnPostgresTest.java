package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.PostgresServer;
import org.sitrep.core.Hints;
import org.sitrep.store.PostgresAddress;

/** A data directory whose database moves from its SQLite file to PostgreSQL (issue 19). */
class WorkspaceOnPostgresTest {
    @TempDir
    Path dir;

    private final Pipeline pipeline = BreakingAnnotator.pipeline("\u0000never", a -> { });

    private Path folder(String name, String... markers) throws IOException {
        return MarkedReports.folder(dir, name, markers);
    }

    private static long hits(Workspace w, String word) {
        return MarkedReports.hits(w, word);
    }

    @Test
    void anIndexBuiltFromTheSqliteFileIsRebuiltFromPostgresqlNotCaughtUpByItsNumbers() throws IOException {
        PostgresAddress db = PostgresServer.newDatabase();
        try (Workspace team = Workspace.open(dir.resolve("team"), db)) {
            new Ingestion(pipeline, team, 1).run(List.of(folder("shared", "teamone", "teamtwo")), Hints.NONE, IngestListener.NONE);
        }
        Path mine = dir.resolve("mine");
        try (Workspace alone = Workspace.open(mine)) {
            new Ingestion(pipeline, alone, 1).run(List.of(folder("own", "lonely")), Hints.NONE, IngestListener.NONE);
        }

        try (Workspace moved = Workspace.open(mine, db)) {
            assertThat(hits(moved, "lonely")).isZero();
            assertThat(hits(moved, "teamone")).isEqualTo(1);
            assertThat(hits(moved, "teamtwo")).isEqualTo(1);
        }
        try (Workspace back = Workspace.open(mine)) {
            assertThat(hits(back, "lonely")).isEqualTo(1);
            assertThat(hits(back, "teamone")).isZero();
        }
    }
}
