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
import java.util.concurrent.atomic.AtomicReference;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.RawPage;
import org.sitrep.core.SitrepException;
import org.sitrep.ingest.FileSource;
import org.sitrep.ingest.InputSink;
import org.sitrep.ingest.Limits;
import org.sitrep.ingest.SkippedRecords;

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

    /**
     * Ingests the paths; {@code hints} apply to paths that are single files. Blocks until done.
     *
     * @throws SitrepException when every worker has ended before the input did (the listener threw), rather than wait
     *                         forever for room in the queue
     */
    public IngestSummary run(List<Path> paths, Hints hints, IngestListener listener) {
        Batch batch = new Batch(listener);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "sitrep-ingest");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < workers; i++) {
            pool.execute(() -> batch.work());
        }
        try {
            new FileSource(Limits.DEFAULT).read(paths, hints, new InputSink() {
                @Override
                public void page(RawPage page) {
                    batch.put(page);
                    listener.pageRead();
                }

                @Override
                public void problem(InputException problem) {
                    batch.failed.incrementAndGet();
                    listener.problem(problem);
                }

                @Override
                public void skipped(SkippedRecords skipped) {
                    listener.skipped(skipped);
                }
            });
            listener.readingFinished();
            for (int i = 0; i < workers; i++) {
                batch.put(END);
            }
            pool.shutdown();
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SitrepException("ingest interrupted", e);
        } finally {
            pool.shutdownNow();
            workspace.commit();
        }
        return new IngestSummary(batch.created.get(), batch.updated.get(), batch.failed.get(), batch.copies.get());
    }

    /** One run: its queue, its counts, and the workers still taking pages. */
    private final class Batch {
        private final BlockingQueue<RawPage> queue = new ArrayBlockingQueue<>(64);
        private final AtomicInteger created = new AtomicInteger();
        private final AtomicInteger updated = new AtomicInteger();
        private final AtomicInteger copies = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicLong lastCommit = new AtomicLong(System.currentTimeMillis());
        private final AtomicInteger working = new AtomicInteger(workers);
        private final AtomicReference<Throwable> workerEnd = new AtomicReference<>();
        private final IngestListener listener;

        Batch(IngestListener listener) {
            this.listener = listener;
        }

        /** Takes pages until the end marker. Only a listener that throws ends a worker early; no page does. */
        void work() {
            try {
                while (true) {
                    RawPage page = queue.take();
                    if (page == END) {
                        return;
                    }
                    process(page);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable t) {
                workerEnd.compareAndSet(null, t);
            } finally {
                working.decrementAndGet();
            }
        }

        private void process(RawPage page) {
            PageIntake.take(pipeline, workspace, page.origin(), () -> page, listener).ifPresentOrElse(saved -> {
                (switch (saved.outcome()) {
                    case CREATED -> created;
                    case UPDATED -> updated;
                    case COPY -> copies;
                }).incrementAndGet();
                commitNowAndThen(lastCommit);
            }, failed::incrementAndGet);
        }

        /** Queues a page, waiting for room while some worker is still taking pages. */
        void put(RawPage page) {
            try {
                while (!queue.offer(page, 100, TimeUnit.MILLISECONDS)) {
                    if (working.get() == 0) {
                        Throwable cause = workerEnd.get();
                        throw new SitrepException("ingest stopped at " + page.origin() + ": no worker is left of "
                                + workers + (cause == null ? "" : "; the first ended with: " + cause), cause);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SitrepException("ingest interrupted", e);
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

}
