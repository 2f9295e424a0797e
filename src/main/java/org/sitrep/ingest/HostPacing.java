package org.sitrep.ingest;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Keeps a least time between the end of one request to a host and the start of the next, across threads. */
final class HostPacing {
    /** Hosts remembered; far more than are fetched within any delay, so forgetting the oldest never shortens one. */
    private static final int MAX_HOSTS = 10_000;

    /** Per host, the {@link System#nanoTime()} before which no request may start. */
    private final Map<String, Long> notBefore = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_HOSTS;
        }
    };

    /**
     * Waits until a request to {@code host} may start and books it, so that a request from another thread waits
     * {@code delay} after this one's start at least; returns the time waited.
     */
    Duration await(String host, Duration delay) throws InterruptedException {
        long now = System.nanoTime();
        long start;
        synchronized (notBefore) {
            Long earliest = notBefore.get(host);
            start = earliest == null ? now : Math.max(now, earliest);
            notBefore.put(host, start + delay.toNanos());
        }
        long wait = start - now;
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
        return Duration.ofNanos(Math.max(0, wait));
    }

    /** Notes that a request to {@code host} ended now: the next may start {@code delay} later. */
    void finished(String host, Duration delay) {
        long next = System.nanoTime() + delay.toNanos();
        synchronized (notBefore) {
            notBefore.merge(host, next, Math::max);
        }
    }
}
