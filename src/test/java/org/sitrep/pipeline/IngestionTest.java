package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Seed;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.PageRequest;
import org.sitrep.core.SitrepException;
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

    private static String article(int i, String extra) {
        return "Talks in Geneva, day " + i + "\n\nDelegations met in Geneva on day " + i + " for a new round of talks, the envoy said."
                + " Both sides brought new proposals on prisoners and on aid convoys." + extra + "\n";
    }

    /** Issue 14: a worker that met an Error died with it; now the article is reported and the rest of the batch stored. */
    @Test
    void anArticleThatOverflowsTheStackIsReportedAndTheRestOfTheBatchIsStored() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(in.resolve("a" + i + ".txt"), article(i, i == 2 ? " RECURSE" : ""));
        }
        List<InputException> problems = new CopyOnWriteArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void problem(InputException problem) {
                problems.add(problem);
            }
        };
        try (Workspace w = Workspace.open(dir.resolve("data"))) {
            IngestSummary summary = new Ingestion(BreakingAnnotator.pipeline("RECURSE", a -> { }), w, 2).run(List.of(in), Hints.NONE, listener);
            assertThat(summary).isEqualTo(new IngestSummary(5, 0, 1));
            assertThat(w.store().count()).isEqualTo(5);
        }
        assertThat(problems).extracting(InputException::getMessage)
                .containsExactly(in.resolve("a2.txt") + ": processing failed: java.lang.StackOverflowError: deep in RECURSE");
    }

    /** Workers end only when the listener throws; when none is left, the reader stops with an error instead of waiting on a full queue. */
    @Test
    void theReaderStopsWithAnErrorWhenNoWorkerIsLeft() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        StringBuilder csv = new StringBuilder("title,text\n");
        for (int i = 0; i < 200; i++) {
            csv.append("Talks ").append(i).append(",\"").append(article(i, "")).append("\"\n");
        }
        Files.writeString(in.resolve("many.csv"), csv);
        IngestListener broken = new IngestListener() {
            @Override
            public void saved(String origin, org.sitrep.store.SaveResult result) {
                throw new IllegalStateException("listener broke");
            }

            @Override
            public void problem(InputException problem) {
                throw new IllegalStateException("listener broke");
            }
        };
        try (Workspace w = Workspace.open(dir.resolve("data"))) {
            Ingestion ingestion = new Ingestion(BreakingAnnotator.pipeline("RECURSE", a -> { }), w, 2);
            assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofMinutes(2), () -> ingestion.run(List.of(in), Hints.NONE, broken)))
                    .isInstanceOf(SitrepException.class)
                    .hasMessageStartingWith("ingest stopped at " + in.resolve("many.csv") + " line ")
                    .hasMessageEndingWith(": no worker is left of 2; the first ended with: java.lang.IllegalStateException: listener broke");
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
