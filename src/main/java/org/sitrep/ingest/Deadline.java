package org.sitrep.ingest;

import java.time.Duration;

/** The time left for one fetch, measured on the monotonic clock; waits the fetcher imposes on itself are given back. */
final class Deadline {
    private final Duration budget;
    private long endNanos;

    Deadline(Duration budget) {
        this.budget = budget;
        this.endNanos = System.nanoTime() + budget.toNanos();
    }

    /** The time left, zero once passed. */
    Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    /** Moves the end later by {@code time}: the fetcher's own politeness waits do not count against a server. */
    void extend(Duration time) {
        endNanos += time.toNanos();
    }

    /** The budget in words, "30 s" or "1500 ms". */
    String describe() {
        return describe(budget);
    }

    /** A time in words, "30 s" or "1500 ms". */
    static String describe(Duration time) {
        return time.toMillis() % 1000 == 0 ? time.toSeconds() + " s" : time.toMillis() + " ms";
    }
}
