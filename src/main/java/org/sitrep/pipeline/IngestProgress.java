package org.sitrep.pipeline;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.core.InputException;
import org.sitrep.store.SaveResult;

/**
 * Counts how ingestion goes, for a progress bar or a status line; readable from any thread. Runs may overlap (the
 * demo's corpus and an upload): the counts start from zero when a run starts while none is going, and add up the
 * runs going at once.
 */
public final class IngestProgress implements IngestListener {
    private final AtomicInteger read = new AtomicInteger();
    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicBoolean readingDone = new AtomicBoolean();
    private final AtomicInteger runs = new AtomicInteger();

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

    /** A run starts; call {@link #finished()} when it ends, however it ends. */
    public synchronized void started() {
        if (runs.getAndIncrement() == 0) {
            read.set(0);
            stored.set(0);
            failed.set(0);
        }
        readingDone.set(false);
    }

    public synchronized void finished() {
        if (runs.decrementAndGet() < 0) {
            runs.set(0);
        }
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
        return new Snapshot(runs.get() > 0, read.get(), readingDone.get(), stored.get(), failed.get());
    }
}
