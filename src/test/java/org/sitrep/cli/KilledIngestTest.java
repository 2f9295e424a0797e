package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.PageRequest;
import org.sitrep.core.StoredArticle;
import org.sitrep.index.SearchHit;
import org.sitrep.index.SearchIndex;
import org.sitrep.index.SearchQuery;
import org.sitrep.pipeline.Workspace;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.Database;

/**
 * Issue 14, finding 5: after {@code kill -9} mid-ingest, articles stored in the database but not yet committed to
 * the search index were never searchable. A real {@code sitrep ingest} process (with CoreNLP: the test takes its
 * 20-40 s start) is killed while its index lags its database, and opening the data directory must catch up.
 */
class KilledIngestTest {
    private static final int FILES = 300;
    private static final Duration PATIENCE = Duration.ofSeconds(150);

    @TempDir
    Path dir;

    /** A word that only the {@code n}th generated article holds. */
    private static String marker(int n) {
        return String.format("sitrepmark%04d", n);
    }

    private Path writeArticles() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int n = 0; n < FILES; n++) {
            Files.writeString(in.resolve("article-" + n + ".txt"), "Shelling reported near checkpoint " + marker(n) + "\n\n"
                    + "Residents said shelling hit the area near checkpoint " + marker(n) + " on Monday. "
                    + "Officials in Aleppo said two people were wounded. \"We heard the blasts all night,\" said Rania Haddad, a teacher.\n");
        }
        return in;
    }

    private Process startIngest(Path data, Path in, Path log) throws IOException {
        return SitrepProcess.start("2g", log, "ingest", "--data", data.toString(), in.toString());
    }

    /**
     * Waits until the ingest has committed the index at least once and has stored articles since its last commit,
     * so that a kill now leaves the index behind the database.
     */
    private void awaitIndexLagging(Process ingest, Path data, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!Files.exists(data.resolve("sitrep.db"))) {
            assertThat(ingest.isAlive()).as("ingest running; its output:%n%s", Files.readString(log)).isTrue();
            Thread.sleep(100);
        }
        try (Database db = Database.open(data)) {
            ArticleStore store = new ArticleStore(db);
            while (true) {
                assertThat(ingest.isAlive()).as("ingest still running; its output:%n%s", Files.readString(log)).isTrue();
                assertThat(System.nanoTime()).as("the index lagging within %s", PATIENCE).isLessThan(deadline);
                long committed = SearchIndex.committedThrough(data);
                if (committed > 0 && store.sequence() > committed) {
                    return;
                }
                Thread.sleep(20);
            }
        }
    }

    private static List<String> found(Workspace w, String word) {
        return w.index().search(new SearchQuery(word, null, null, null, new PageRequest(1, 10))).hits().items().stream()
                .map(SearchHit::id).toList();
    }

    @Test
    @Timeout(240)
    void everyArticleStoredBeforeAnIngestIsKilledIsSearchableOnceTheDataIsOpenedAgain() throws Exception {
        Path in = writeArticles();
        Path data = dir.resolve("data");
        Path log = dir.resolve("ingest.log");
        Process ingest = startIngest(data, in, log);
        try {
            awaitIndexLagging(ingest, data, log);
        } finally {
            ingest.destroyForcibly();
            assertThat(ingest.waitFor(30, TimeUnit.SECONDS)).as("killed ingest exits").isTrue();
        }
        try (Database db = Database.open(data)) {
            // A commit can slip in between the last look and the kill; rare, and then there is nothing to catch up.
            assumeThat(SearchIndex.committedThrough(data)).as("index lagging when killed").isLessThan(new ArticleStore(db).sequence());
        }

        try (Workspace w = Workspace.open(data)) {
            long stored = w.store().count();
            assertThat(stored).isBetween(1L, (long) FILES - 1);
            assertThat(w.index().search(new SearchQuery("", null, null, null, new PageRequest(1, 1))).hits().total()).isEqualTo(stored);
            List<String> missing = new ArrayList<>();
            w.store().forEach((StoredArticle a) -> {
                String word = a.article().title().substring(a.article().title().lastIndexOf(' ') + 1);
                if (!found(w, word).equals(List.of(a.id()))) {
                    missing.add(word);
                }
            });
            assertThat(missing).as("stored articles their own word does not find").isEmpty();
        }
    }
}
