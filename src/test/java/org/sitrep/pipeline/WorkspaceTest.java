package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.PageRequest;
import org.sitrep.core.Processed;
import org.sitrep.core.Sentence;
import org.sitrep.core.Span;
import org.sitrep.index.SearchHit;
import org.sitrep.index.SearchQuery;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.Database;

/**
 * The search index kept in step with the database: articles stored but not committed to the index (a crash
 * mid-ingest, issue 14 finding 5) become searchable when the data directory is opened again.
 */
class WorkspaceTest {
    @TempDir
    Path dir;

    /** An article at {@code url} whose text holds {@code word} and mentions Aleppo (entity {@code location-aleppo}). */
    private static Processed article(String url, String word) {
        Article a = new Article(url, "Report " + word, List.of(), null, "Outlet", null, List.of(),
                List.of("Shelling in Aleppo, says " + word + "."), "en");
        String text = a.text();
        int at = text.indexOf("Aleppo");
        Mention m = new Mention(new Span(at, at + 6), "Aleppo", EntityType.LOCATION);
        Entity e = new Entity("location-aleppo", "Aleppo", EntityType.LOCATION, null);
        Annotated ann = new Annotated(a, List.of(new Sentence(new Span(0, text.length()), 0, 1)), List.of(), List.of(m), List.of());
        return new Processed("test", ann, List.of(new LinkedMention(m, e)), List.of());
    }

    private static List<String> found(Workspace w, String text) {
        return w.index().search(new SearchQuery(text, null, null, null, new PageRequest(1, 100))).hits().items().stream()
                .map(SearchHit::id).toList();
    }

    private static long searchable(Workspace w) {
        return w.index().search(new SearchQuery("", null, null, null, new PageRequest(1, 1))).hits().total();
    }

    /** Saves into the database alone, as a process killed before its index commit leaves it. */
    private List<String> saveWithoutIndexing(Path data, Processed... articles) {
        List<String> ids = new ArrayList<>();
        try (Database db = Database.open(data)) {
            ArticleStore store = new ArticleStore(db);
            for (Processed p : articles) {
                ids.add(store.save(p).id());
            }
        }
        return ids;
    }

    @Test
    void articlesStoredButNeverIndexedAreSearchableOnceTheDataDirectoryIsOpened() {
        Path data = dir.resolve("data");
        String indexed;
        try (Workspace w = Workspace.open(data)) {
            indexed = w.save(article("https://a.example/0", "zebulon")).id();
        }
        List<String> behind = saveWithoutIndexing(data, article("https://a.example/1", "quillon"),
                article("https://a.example/2", "tamarind"), article("https://a.example/3", "vellum"));

        try (Workspace w = Workspace.open(data)) {
            assertThat(searchable(w)).isEqualTo(w.store().count()).isEqualTo(4);
            assertThat(found(w, "zebulon")).containsExactly(indexed);
            assertThat(found(w, "quillon")).containsExactly(behind.get(0));
            assertThat(found(w, "tamarind")).containsExactly(behind.get(1));
            assertThat(found(w, "vellum")).containsExactly(behind.get(2));
            assertThat(w.index().heldThrough()).isEqualTo(w.store().sequence());
        }
    }

    @Test
    void everyCommitWhileThreadsSaveHoldsEveryArticleThroughTheNumberItRecords() throws Exception {
        int threads = 4;
        int each = 25;
        try (Workspace w = Workspace.open(dir.resolve("data"))) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> savers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                savers.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        w.save(article("https://a.example/" + thread + "/" + i, "word" + thread + "x" + i));
                    }
                }));
            }
            while (savers.stream().anyMatch(f -> !f.isDone())) {
                w.commit();
                long recorded = w.index().heldThrough();
                assertThat(searchable(w)).isGreaterThanOrEqualTo(recorded);
            }
            for (Future<?> saver : savers) {
                saver.get();
            }
            pool.shutdown();
            w.commit();
            assertThat(w.index().heldThrough()).isEqualTo(w.store().sequence()).isEqualTo(threads * each);
            assertThat(searchable(w)).isEqualTo(threads * each);
        }
    }

    @Test
    void anIndexUpToDateIsLeftAsItIsOnOpening() {
        Path data = dir.resolve("data");
        try (Workspace w = Workspace.open(data)) {
            w.save(article("https://a.example/1", "quillon"));
        }
        try (Workspace w = Workspace.open(data)) {
            assertThat(w.index().heldThrough()).isEqualTo(1);
            assertThat(found(w, "quillon")).hasSize(1);
        }
    }

    @Test
    void anArticleReplacedUnderAnotherIdLeavesTheIndexAtOnce() {
        try (Workspace w = Workspace.open(dir.resolve("data"))) {
            String first = w.save(article("https://a.example/1", "quillon")).id();
            w.save(article("https://a.example/2", "tamarind"));

            w.save(article("https://a.example/1", "tamarind"));
            w.commit();

            assertThat(w.store().count()).isEqualTo(1);
            assertThat(searchable(w)).isEqualTo(1);
            assertThat(found(w, "tamarind")).containsExactly(first);
        }
    }

    @Test
    void anArticleReplacedUnderAnotherIdBeforeACrashLeavesTheIndexOnOpening() {
        Path data = dir.resolve("data");
        String first;
        try (Workspace w = Workspace.open(data)) {
            first = w.save(article("https://a.example/1", "quillon")).id();
            w.save(article("https://a.example/2", "tamarind"));
        }
        saveWithoutIndexing(data, article("https://a.example/1", "tamarind"));

        try (Workspace w = Workspace.open(data)) {
            assertThat(searchable(w)).isEqualTo(w.store().count()).isEqualTo(1);
            assertThat(found(w, "tamarind")).containsExactly(first);
            assertThat(found(w, "quillon")).isEmpty();
        }
    }

    @Test
    void aCorrectionIsSearchableAtOnce() {
        try (Workspace w = Workspace.open(dir.resolve("data"))) {
            String id = w.save(article("https://a.example/1", "quillon")).id();
            w.commit();
            assertThat(found(w, "Halab")).isEmpty();

            w.correct(c -> c.rename("location-aleppo", "Halab"));

            assertThat(found(w, "Halab")).containsExactly(id);
        }
    }

    @Test
    void aCorrectionMadeStraightOnTheStoreReachesTheIndexWithTheNextSave() {
        try (Workspace w = Workspace.open(dir.resolve("data"))) {
            String id = w.save(article("https://a.example/1", "quillon")).id();
            w.corrections().rename("location-aleppo", "Halab");

            w.save(article("https://a.example/2", "tamarind"));
            w.commit();

            assertThat(found(w, "Halab")).contains(id);
        }
    }

    @Test
    void aCorrectionMadeStraightOnTheStoreReachesTheIndexOnOpening() {
        Path data = dir.resolve("data");
        String id;
        try (Workspace w = Workspace.open(data)) {
            id = w.save(article("https://a.example/1", "quillon")).id();
            w.corrections().rename("location-aleppo", "Halab");
        }
        try (Workspace w = Workspace.open(data)) {
            assertThat(found(w, "Halab")).containsExactly(id);
        }
    }

    @Test
    void anIndexAheadOfItsDatabaseIsRebuiltFromIt() throws IOException {
        Path data = dir.resolve("data");
        Path copy = Files.createDirectories(dir.resolve("copy"));
        try (Workspace w = Workspace.open(data)) {
            w.save(article("https://a.example/1", "quillon"));
        }
        Files.copy(data.resolve("sitrep.db"), copy.resolve("sitrep.db"));
        try (Workspace w = Workspace.open(data)) {
            w.save(article("https://a.example/2", "tamarind"));
        }
        Files.copy(copy.resolve("sitrep.db"), data.resolve("sitrep.db"), StandardCopyOption.REPLACE_EXISTING);

        try (Workspace w = Workspace.open(data)) {
            assertThat(searchable(w)).isEqualTo(w.store().count()).isEqualTo(1);
            assertThat(found(w, "tamarind")).isEmpty();
        }
    }
}
