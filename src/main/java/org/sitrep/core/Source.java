package org.sitrep.core;

import java.time.Duration;
import java.time.Instant;

/**
 * A feed or sitemap Sitrep polls.
 *
 * @param lastPolledAt when it was last polled, or {@code null} if never
 * @param lastStatus what the last poll did ("3 new", "HTTP 404"), or {@code null}
 */
public record Source(long id, String url, String name, Duration every, Instant lastPolledAt, String lastStatus) {
    /** True when it has never been polled or its interval has passed. */
    public boolean isDue(Instant now) {
        return lastPolledAt == null || !lastPolledAt.plus(every).isAfter(now);
    }
}
