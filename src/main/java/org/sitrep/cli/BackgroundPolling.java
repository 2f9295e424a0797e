package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sitrep.pipeline.Intake;
import org.sitrep.pipeline.SourcePoller;

/** Polls due sources once a minute while the server runs, printing a line per source polled. */
final class BackgroundPolling implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sitrep-poll");
        t.setDaemon(true);
        return t;
    });

    /** Polls through the server's intake, so a "poll now" from the site or a command never runs at the same time. */
    BackgroundPolling(Intake intake, PrintWriter err) {
        ProblemPrinter problems = new ProblemPrinter(err);
        timer.scheduleWithFixedDelay(() -> {
            try {
                for (SourcePoller.PollResult r : intake.pollDue(Instant.now(), problems)) {
                    err.println("sitrep: polled " + r.source().url() + ": " + r.status());
                }
            } catch (Throwable e) {
                // A failed round (the disk full, the database locked, even an Error) is reported and the next round
                // tries again: a scheduled task that throws is never run again, which would end polling for good.
                err.println("sitrep: polling failed: " + e);
            }
            err.flush();
        }, 5, 60, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
