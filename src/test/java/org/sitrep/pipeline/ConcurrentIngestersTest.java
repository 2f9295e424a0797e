package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.PostgresServer;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.PageRequest;
import org.sitrep.index.SearchQuery;
import org.sitrep.store.PostgresAddress;

/**
 * Issue 19's measure for PostgreSQL: three ingesters, each with its own data directory (its search index) and its
 * own connection to one PostgreSQL database, as three processes would be, ingest overlapping folders at once and
 * end with exactly the distinct articles, each created once, and no errors. The pipeline is the standard one but
 * for an annotator that finds nothing, so the test loads no CoreNLP.
 */
class ConcurrentIngestersTest {
    private static final int DISTINCT = 8;
    private static final int INGESTERS = 3;

    @TempDir
    Path dir;

    private static String article(int n) {
        return "Talks in Geneva, round " + n + "\n\nDelegations met in Geneva for round " + n + " of the talks, the envoy said. "
                + "Both sides brought proposals on prisoners and aid convoys, marker genevaround" + n + ".\n";
    }

    /** Ingester i reads articles i, i+1, ... i+5 (mod 8): every article is in two or three folders, some under two names. */
    private Path folder(int ingester) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in-" + ingester));
        for (int k = 0; k < 6; k++) {
            int n = (ingester * 3 + k) % DISTINCT;
            Files.writeString(in.resolve("article-" + n + ".txt"), article(n));
        }
        // The same text under another name: stored once, as the same article.
        int n = (ingester * 3) % DISTINCT;
        Files.writeString(in.resolve("copy-of-" + n + ".txt"), article(n));
        return in;
    }

    @Test
    void threeIngestersOverOverlappingFoldersEndWithExactlyTheDistinctArticles() throws Exception {
        PostgresAddress db = PostgresServer.newDatabase();
        Pipeline pipeline = BreakingAnnotator.pipeline("\u0000never", a -> { });
        List<InputException> problems = new CopyOnWriteArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void problem(InputException problem) {
                problems.add(problem);
            }
        };
        CyclicBarrier start = new CyclicBarrier(INGESTERS);
        ExecutorService pool = Executors.newFixedThreadPool(INGESTERS);
        List<Future<IngestSummary>> runs = new ArrayList<>();
        for (int i = 0; i < INGESTERS; i++) {
            Path in = folder(i);
            Path data = dir.resolve("data-" + i);
            runs.add(pool.submit(() -> {
                try (Workspace w = Workspace.open(data, db)) {
                    start.await();
                    return new Ingestion(pipeline, w, 2).run(List.of(in), Hints.NONE, listener);
                }
            }));
        }
        List<IngestSummary> summaries = new ArrayList<>();
        for (Future<IngestSummary> run : runs) {
            summaries.add(run.get());
        }
        pool.shutdown();

        assertThat(problems).isEmpty();
        assertThat(summaries).allSatisfy(s -> assertThat(s.failed()).isZero())
                .allSatisfy(s -> assertThat(s.stored()).isEqualTo(7));
        assertThat(summaries.stream().mapToInt(IngestSummary::created).sum()).isEqualTo(DISTINCT);
        try (Workspace reader = Workspace.open(dir.resolve("data-reader"), db)) {
            assertThat(reader.store().count()).isEqualTo(DISTINCT);
            for (int n = 0; n < DISTINCT; n++) {
                assertThat(reader.index().search(new SearchQuery("genevaround" + n, null, null, null, new PageRequest(1, 10)))
                        .hits().total()).as("articles holding genevaround%d", n).isEqualTo(1);
            }
        }
    }

    @Test
    void anIngesterCatchesUpWithArticlesAnotherStored() throws IOException {
        PostgresAddress db = PostgresServer.newDatabase();
        Pipeline pipeline = BreakingAnnotator.pipeline("\u0000never", a -> { });
        try (Workspace server = Workspace.open(dir.resolve("data-server"), db);
             Workspace ingester = Workspace.open(dir.resolve("data-ingester"), db)) {
            new Ingestion(pipeline, ingester, 1).run(List.of(folder(0)), Hints.NONE, IngestListener.NONE);

            assertThat(server.catchUp()).isEqualTo(6);
            assertThat(server.index().search(new SearchQuery("genevaround0", null, null, null, new PageRequest(1, 10)))
                    .hits().total()).isEqualTo(1);
            assertThat(server.catchUp()).isZero();
        }
    }
}
