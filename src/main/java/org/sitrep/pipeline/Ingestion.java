package org.sitrep.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.Processed;
import org.sitrep.core.RawPage;
import org.sitrep.core.SitrepException;
import org.sitrep.ingest.FileSource;
import org.sitrep.ingest.InputSink;
import org.sitrep.ingest.Limits;
import org.sitrep.store.SaveResult;

/**
 * Ingests files and folders into a workspace: one thread reads, worker threads run the pipeline and store each
 * article. A bad input is reported to the listener and the rest go on. New articles become searchable in
 * batches while the run goes on, so a server shows them before it ends.
 */
public final class Ingestion {
    private static final RawPage END = new RawPage("end of input", new byte[0], org.sitrep.core.ContentType.BODY_TEXT, null, null, null);
    private static final long COMMIT_EVERY_MILLIS = 2000;

    private final Pipeline pipeline;
    private final Workspace workspace;
    private final int workers;

    public Ingestion(Pipeline pipeline, Workspace workspace, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be >= 1; got: " + workers);
        }
        this.pipeline = pipeline;
        this.workspace = workspace;
        this.workers = workers;
    }

    /** Ingests the paths; {@code hints} apply to paths that are single files. Blocks until done. */
    public IngestSummary run(List<Path> paths, Hints hints, IngestListener listener) {
        BlockingQueue<RawPage> queue = new ArrayBlockingQueue<>(64);
        AtomicInteger created = new AtomicInteger();
        AtomicInteger updated = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong lastCommit = new AtomicLong(System.currentTimeMillis());
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "sitrep-ingest");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < workers; i++) {
            pool.execute(() -> work(queue, listener, created, updated, failed, lastCommit));
        }
        new FileSource(Limits.DEFAULT).read(paths, hints, new InputSink() {
            @Override
            public void page(RawPage page) {
                put(queue, page);
                listener.pageRead();
            }

            @Override
            public void problem(InputException problem) {
                failed.incrementAndGet();
                listener.problem(problem);
            }
        });
        listener.readingFinished();
        for (int i = 0; i < workers; i++) {
            put(queue, END);
        }
        pool.shutdown();
        try {
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
        workspace.commit();
        return new IngestSummary(created.get(), updated.get(), failed.get());
    }

    private void work(BlockingQueue<RawPage> queue, IngestListener listener, AtomicInteger created,
                      AtomicInteger updated, AtomicInteger failed, AtomicLong lastCommit) {
        while (true) {
            RawPage page;
            try {
                page = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (page == END) {
                return;
            }
            try {
                Processed processed = pipeline.process(page);
                SaveResult result = workspace.save(processed);
                (result.created() ? created : updated).incrementAndGet();
                listener.saved(page.origin(), result);
                processed.warnings().forEach(listener::warning);
                commitNowAndThen(lastCommit);
            } catch (InputException e) {
                failed.incrementAndGet();
                listener.problem(e);
            } catch (RuntimeException e) {
                // One article that breaks a stage (a bug, or storage trouble) is reported against its input; the batch goes on.
                failed.incrementAndGet();
                listener.problem(new InputException(page.origin(), "processing failed: " + e, e));
            }
        }
    }

    private void commitNowAndThen(AtomicLong lastCommit) {
        long last = lastCommit.get();
        long now = System.currentTimeMillis();
        if (now - last >= COMMIT_EVERY_MILLIS && lastCommit.compareAndSet(last, now)) {
            workspace.commit();
        }
    }

    private static void put(BlockingQueue<RawPage> queue, RawPage page) {
        try {
            queue.put(page);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SitrepException("ingest interrupted", e);
        }
    }
}
