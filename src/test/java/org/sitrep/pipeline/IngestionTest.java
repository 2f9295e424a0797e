package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Seed;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.PageRequest;
import org.sitrep.index.SearchQuery;

class IngestionTest {
    @TempDir
    Path dir;

    private static Pipeline pipeline() {
        return Pipeline.standard();
    }

    @Test
    void ingestsGoodInputsReportsBadOnesAndReingestsWithoutDuplicates() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Seed.copyTo(in);
        Files.writeString(in.resolve("feed.csv"), "title,text,date,source\nStrike on Idlib,An air strike hit Idlib on Monday.,4/3/17,Reuters\nBad,row,with,too,many\n");
        Files.write(in.resolve("broken.html"), new byte[] {0, 1, 2, 3});
        List<InputException> problems = new CopyOnWriteArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void problem(InputException problem) {
                problems.add(problem);
            }
        };
        try (Workspace w = Workspace.open(dir.resolve("data"))) {
            IngestSummary first = new Ingestion(pipeline(), w, 2).run(List.of(in), Hints.NONE, listener);
            assertThat(first).isEqualTo(new IngestSummary(2, 0, 2));
            assertThat(problems).extracting(InputException::input)
                    .containsExactlyInAnyOrder(in.resolve("broken.html").toString(), in.resolve("feed.csv") + " line 3");
            IngestSummary again = new Ingestion(pipeline(), w, 2).run(List.of(in), Hints.NONE, IngestListener.NONE);
            assertThat(again.created()).isZero();
            assertThat(again.updated()).isEqualTo(2);
            assertThat(w.store().count()).isEqualTo(2);
            assertThat(w.index().search(new SearchQuery("Idlib", null, null, null, new PageRequest(1, 10))).hits().total()).isEqualTo(1);
        }
    }

    @Test
    void indexIsRebuiltFromTheStore() throws IOException {
        Path seed = Seed.copyTo(dir);
        Path data = dir.resolve("data");
        try (Workspace w = Workspace.open(data)) {
            new Ingestion(pipeline(), w, 1).run(List.of(seed), DemoCorpus.SEED_HINTS, IngestListener.NONE);
        }
        deleteTree(data.resolve("index"));
        try (Workspace w = Workspace.open(data)) {
            assertThat(w.index().search(new SearchQuery("Gillespie", null, null, null, new PageRequest(1, 10))).hits().total()).isEqualTo(1);
            assertThat(w.reindex()).isEqualTo(1);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (var walk = Files.walk(p)) {
            for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
