package org.sitrep.pipeline;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.core.InputException;
import org.sitrep.store.SaveResult;

/** Counts how an ingestion goes, for a progress bar or a status line; readable from any thread. */
public final class IngestProgress implements IngestListener {
    private final AtomicInteger read = new AtomicInteger();
    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicBoolean readingDone = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();

    /** A consistent-enough view of the counts at one moment. */
    public record Snapshot(boolean running, int read, boolean readingDone, int stored, int failed) {
        public static final Snapshot IDLE = new Snapshot(false, 0, true, 0, 0);

        /** Pages done (stored or failed while processing) out of those read. */
        public int done() {
            return Math.min(read, stored + failed);
        }

        public int percent() {
            return read == 0 ? 0 : (int) (100L * done() / read);
        }
    }

    public void started() {
        running.set(true);
        readingDone.set(false);
    }

    public void finished() {
        running.set(false);
    }

    @Override
    public void pageRead() {
        read.incrementAndGet();
    }

    @Override
    public void readingFinished() {
        readingDone.set(true);
    }

    @Override
    public void saved(String origin, SaveResult result) {
        stored.incrementAndGet();
    }

    @Override
    public void problem(InputException problem) {
        failed.incrementAndGet();
    }

    public Snapshot snapshot() {
        return new Snapshot(running.get(), read.get(), readingDone.get(), stored.get(), failed.get());
    }
}
