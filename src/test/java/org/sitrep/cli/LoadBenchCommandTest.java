package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Seed;
import org.sitrep.pipeline.IngestProgress;
import org.sitrep.pipeline.Workspace;
import org.sitrep.web.WebServer;

class LoadBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void reportsPercentilesAndStatusesWhileTheExpensiveSearchesAreRefused() {
        String data = dir.resolve("data").toString();
        StringWriter ignored = new StringWriter();
        Main.run(new String[] {"ingest", "--data", data, "--published", "2014-12-01", Seed.copyTo(dir).toString()},
                new PrintWriter(ignored), new PrintWriter(ignored));
        try (Workspace w = Workspace.open(Path.of(data)); WebServer web = new WebServer(w, new IngestProgress())) {
            int port = web.start("127.0.0.1", 0);
            StringWriter out = new StringWriter();
            int code = Main.run(new String[] {"bench", "load", "--url", "http://127.0.0.1:" + port, "--requests", "45",
                    "--concurrency", "3", "--expensive", "1", "--fuzzy-terms", "64", "--warmup", "0"}, new PrintWriter(out), new PrintWriter(ignored));
            assertThat(code).isZero();
            assertThat(out.toString()).contains("all requests: 45", "all errors: 0", "ordinary searches p99 ms: ",
                    "search statuses: 200×5", "expensive fuzzy (64 terms) statuses: 400×");
        }
    }
}
