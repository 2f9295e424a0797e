package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sitrep.pipeline.Workspace;

/**
 * While a server shares its PostgreSQL database with other processes (ingesters, pollers), indexes what they store,
 * every few seconds, so that searches find their articles too; {@link Workspace#catchUp()} costs one query when
 * nothing changed.
 */
final class IndexFollowing implements AutoCloseable {
    private static final int EVERY_SECONDS = 5;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sitrep-follow");
        t.setDaemon(true);
        return t;
    });

    IndexFollowing(Workspace workspace, PrintWriter err) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                workspace.catchUp();
            } catch (Throwable e) {
                // As for polling: a task that throws is never run again, so a failed round is reported and the next tries.
                err.println("sitrep: indexing articles stored by other processes failed: " + e);
                err.flush();
            }
        }, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
