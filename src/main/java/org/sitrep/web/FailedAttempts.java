package org.sitrep.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed write-token attempts per client address within a sliding minute: after {@link #MAX_FAILURES}, every attempt
 * from that address is refused until the minute of the first failure is over, so a token cannot be guessed faster
 * than that. Thread-safe.
 */
final class FailedAttempts {
    /** Failures an address may have in {@link #WINDOW} before it must wait: enough for a mistyped token or two. */
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(1);
    /**
     * Addresses remembered at once. Beyond it, expired ones are forgotten, and if all are recent, new addresses share
     * one count, so a guesser with many addresses is slowed rather than the memory filled.
     */
    private static final int MAX_ADDRESSES = 10_000;
    private static final String SHARED = "(many addresses)";

    /** The failures of one address since {@code since}. */
    private record Window(Instant since, int failures) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    FailedAttempts(Clock clock) {
        this.clock = clock;
    }

    /** Seconds the address must wait before its next attempt, 0 when it may try now. */
    long waitSeconds(String address) {
        Window w = windows.get(key(address));
        if (w == null || w.failures() < MAX_FAILURES) {
            return 0;
        }
        Duration left = Duration.between(clock.instant(), w.since().plus(WINDOW));
        return left.isNegative() || left.isZero() ? 0 : Math.max(1, (left.toMillis() + 999) / 1000);
    }

    /** Counts a failed attempt from the address. */
    void failed(String address) {
        Instant now = clock.instant();
        if (windows.size() >= MAX_ADDRESSES) {
            windows.values().removeIf(w -> expired(w, now));
        }
        windows.compute(key(address), (k, w) -> w == null || expired(w, now) ? new Window(now, 1) : new Window(w.since(), w.failures() + 1));
    }

    private String key(String address) {
        return windows.containsKey(address) || windows.size() < MAX_ADDRESSES ? address : SHARED;
    }

    private static boolean expired(Window w, Instant now) {
        return !now.isBefore(w.since().plus(WINDOW));
    }
}
