package org.sitrep.ingest;

import java.time.Duration;

/**
 * How gently Sitrep fetches from one host.
 *
 * @param minDelay the least time between two requests to the same host
 * @param maxCrawlDelay the longest robots.txt {@code Crawl-delay} honoured; longer ones are cut to this, so one
 *     site cannot hold the poller for minutes per page
 * @param robotsCacheTime how long a host's robots.txt is kept before it is read again
 */
public record Politeness(Duration minDelay, Duration maxCrawlDelay, Duration robotsCacheTime) {
    /** One second between requests to a host, a crawl-delay honoured up to 10 s, robots.txt read again after an hour. */
    public static final Politeness DEFAULT = new Politeness(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofHours(1));

    public Politeness {
        requireNotNegative("minDelay", minDelay);
        requireNotNegative("maxCrawlDelay", maxCrawlDelay);
        requireNotNegative("robotsCacheTime", robotsCacheTime);
    }

    public Politeness withMinDelay(Duration value) {
        return new Politeness(value, maxCrawlDelay, robotsCacheTime);
    }

    private static void requireNotNegative(String name, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be >= 0; got: " + value);
        }
    }
}
