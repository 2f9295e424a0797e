package org.sitrep.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sitrep.core.InputException;
import org.sitrep.core.Json;
import org.sitrep.core.Processed;
import org.sitrep.core.StorageException;
import org.sitrep.core.StoredArticle;
import org.sitrep.geo.GeoNamesGazetteer;
import org.sitrep.store.ArticleIds;
import org.sitrep.store.ExportedArticle;
import org.sitrep.store.ExportedArticleReader;
import org.sitrep.store.PendingArticle;
import org.sitrep.store.SaveAttempt;

/**
 * Loads export lines ({@code sitrep export}, or the Spark job's {@code month=YYYY-MM/part-*.jsonl}) into a workspace
 * to serve, without running the pipeline: each article is stored and indexed with the facts the line gives. An
 * article already stored with the same facts is left as it is, so importing the same folder again changes nothing;
 * one with other facts is updated. Incident ids are the store's own: it groups the events as it saves them.
 *
 * <p>Lines are read into articles on several threads, and one thread saves them, in the order of the lines, in
 * batches of {@link #BATCH} per transaction, the batch's articles indexed after it commits: a transaction per article
 * cost most of the time. A run that is killed loses at most the batch in flight, none of which was reported; running
 * it again adds what is missing and finds the rest stored alike.
 */
public final class ExportImport {
    /** What an import did: articles added, updated, found already stored with the same facts, and lines that failed. */
    public record Summary(int added, int updated, int unchanged, int failed) {
    }

    /**
     * Articles per transaction: enough that the commit's cost is spread thin, few enough that a batch takes well under
     * a second, since on PostgreSQL other processes' saves wait for it.
     */
    static final int BATCH = 100;

    /** What one line came to, on the way from the reading threads to the writer. */
    private sealed interface Line {
    }

    /** An article to save, with the hash of its line, to tell a line repeated in the same run from an update. */
    private record ToSave(String origin, String id, String lineHash, PendingArticle article) implements Line {
    }

    private record AlreadyStored() implements Line {
    }

    private record Problem(InputException problem) implements Line {
    }

    private record End() implements Line {
    }

    private final Workspace workspace;
    private final int readers;
    private final ExportedArticleReader reader = new ExportedArticleReader(id -> GeoNamesGazetteer.shared().byId(id));

    /** An import that reads lines on as many threads as there are processors. */
    public ExportImport(Workspace workspace) {
        this(workspace, Runtime.getRuntime().availableProcessors());
    }

    /** @param readers threads that read lines into articles, at least 1 */
    public ExportImport(Workspace workspace, int readers) {
        if (readers < 1) {
            throw new IllegalArgumentException("readers must be at least 1; got: " + readers);
        }
        this.workspace = workspace;
        this.readers = readers;
    }

    /**
     * Imports every {@code .jsonl} (or {@code .jsonl.gz}) file under {@code path} (or {@code path} itself), in path
     * order; each bad line or file goes to {@code problems}, in the order of the lines, and the rest go on.
     */
    public Summary run(Path path, Consumer<InputException> problems) {
        ExecutorService pool = Executors.newFixedThreadPool(readers, task -> {
            Thread t = new Thread(task, "import-reader");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<Line>> queue = new ArrayBlockingQueue<>(2 * BATCH);
        Thread lister = new Thread(new ExportLines<>(path, pool, queue, this::read, Problem::new, new End()), "import-lines");
        lister.setDaemon(true);
        lister.start();
        try {
            return new Writer(problems).drain(queue);
        } finally {
            lister.interrupt();
            pool.shutdownNow();
        }
    }

    /** Reads one line, on a reading thread: never throws, a bad line is a {@link Problem}. */
    private Line read(String origin, String line) {
        try {
            Processed article = reader.read(origin, line);
            String id = ArticleIds.newId(article.article().url(), article.article().text());
            boolean same = workspace.store().find(id).map(stored -> facts(stored).equals(facts(storedForm(article))))
                    .orElse(false);
            return same ? new AlreadyStored() : new ToSave(origin, id, ArticleIds.hash(line), PendingArticle.of(article));
        } catch (InputException e) {
            return new Problem(e);
        } catch (RuntimeException e) {
            return new Problem(new InputException(origin, "cannot store: " + e, e));
        }
    }

    /** Saves what the reading threads queue, in batches, and counts what came of each line. */
    private final class Writer {
        private final Consumer<InputException> problems;
        private final List<ToSave> batch = new ArrayList<>(BATCH);
        /** The line's hash of each article saved (or about to be) in this run, by id: a line repeated later is no update. */
        private final Map<String, String> saved = new HashMap<>();
        private int added;
        private int updated;
        private int unchanged;
        private int failed;

        Writer(Consumer<InputException> problems) {
            this.problems = problems;
        }

        Summary drain(BlockingQueue<Future<Line>> queue) {
            for (Line line = take(queue); !(line instanceof End); line = take(queue)) {
                if (line instanceof ToSave s) {
                    if (s.lineHash().equals(saved.get(s.id()))) {
                        unchanged++;
                    } else {
                        add(s);
                    }
                } else if (line instanceof Problem p) {
                    fail(p.problem());
                } else {
                    unchanged++;
                }
            }
            flush();
            workspace.commit();
            return new Summary(added, updated, unchanged, failed);
        }

        private Line take(BlockingQueue<Future<Line>> queue) {
            try {
                return queue.take().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StorageException("import interrupted after " + (added + updated) + " articles", e);
            } catch (ExecutionException e) {
                // read() catches what a line can throw; what is left is an Error, which is not the line's fault.
                throw new IllegalStateException("reading an export line failed: " + e.getCause(), e.getCause());
            }
        }

        private void add(ToSave s) {
            saved.put(s.id(), s.lineHash());
            batch.add(s);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<SaveAttempt> attempts;
            try {
                attempts = workspace.saveAll(batch.stream().map(ToSave::article).toList());
            } catch (StorageException e) {
                attempts = oneByOne();
            }
            for (int i = 0; i < attempts.size(); i++) {
                count(batch.get(i), attempts.get(i));
            }
            batch.clear();
        }

        /**
         * Saves the batch's articles one at a time, after the batch failed as a whole (the database went away): each
         * one tries again, so that once the database is back the rest go on, and each failure names its line.
         */
        private List<SaveAttempt> oneByOne() {
            List<SaveAttempt> attempts = new ArrayList<>();
            for (ToSave s : batch) {
                try {
                    attempts.addAll(workspace.saveAll(List.of(s.article())));
                } catch (StorageException e) {
                    attempts.add(SaveAttempt.failed(s.article(), e));
                }
            }
            return attempts;
        }

        private void count(ToSave s, SaveAttempt attempt) {
            if (attempt.failure().isPresent()) {
                saved.remove(s.id());
                RuntimeException e = attempt.failure().get();
                String reason = e.getMessage() == null ? e.toString() : e.getMessage();
                fail(new InputException(s.origin(), "cannot store: " + reason.lines().findFirst().orElse(""), e));
                return;
            }
            switch (attempt.saved().orElseThrow().outcome()) {
                case CREATED -> added++;
                case UPDATED -> updated++;
                // A wire story stored under another address: the store now lists this address too.
                case COPY, UNCHANGED -> unchanged++;
            }
        }

        private void fail(InputException problem) {
            problems.accept(problem);
            failed++;
        }
    }

    /** The article's facts as the export gives them, but for its id and its events' incident ids, which are the store's. */
    @SuppressWarnings("unchecked")
    private static String facts(StoredArticle article) {
        Map<String, Object> a = (Map<String, Object>) Json.parse(Json.write(ExportedArticle.of(article))).orElseThrow();
        a.remove("id");
        ((List<Map<String, Object>>) a.get("events")).forEach(e -> e.remove("incident"));
        return Json.write(Objects.requireNonNull(a));
    }

    private static StoredArticle storedForm(Processed p) {
        return new StoredArticle("", p.origin(), java.time.Instant.EPOCH, p.article(), List.of(), p.entities(),
                p.annotated().dates(), p.quotes(), p.places(), p.events());
    }
}
