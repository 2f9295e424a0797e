package org.sitrep.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Waits for Ctrl-C or a TERM signal, and holds the process open until the server has closed: the JVM halts when its
 * shutdown hooks end, so without the wait a stop could cut off the index's last commit and leave the data directory's
 * server note behind.
 */
final class Shutdown {
    /** How long a stop waits for the server to close before the process ends anyway. */
    private static final long CLOSE_SECONDS = 30;

    private final CountDownLatch asked = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    private Shutdown() {
    }

    /** Registers the hook; call {@link #closed()} once everything is closed, however the run ends. */
    static Shutdown hook() {
        Shutdown s = new Shutdown();
        java.lang.Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            s.asked.countDown();
            try {
                s.closed.await(CLOSE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sitrep-shutdown"));
        return s;
    }

    /** Blocks until the process is asked to stop. */
    void await() throws InterruptedException {
        asked.await();
    }

    void closed() {
        closed.countDown();
    }
}
