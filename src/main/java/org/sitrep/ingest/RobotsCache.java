package org.sitrep.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.core.InputException;

/**
 * The robots.txt rules of the origins fetched from (RFC 9309, parsed by crawler-commons), each read once per
 * {@link Politeness#robotsCacheTime()}. A robots.txt that is missing (4xx) allows everything; one that cannot be read
 * (5xx, no answer, refused) allows nothing until it is asked again, as RFC 9309 asks, after five minutes at most.
 */
final class RobotsCache {
    /** Reads a robots.txt within the deadline of the fetch it serves. */
    @FunctionalInterface
    interface Reader {
        /** The response, whatever its status. @throws InputException when there is none */
        WebFetcher.Fetched read(URI robotsTxt, Deadline deadline);
    }

    /** The product token Sitrep answers to in robots.txt, from its User-Agent "Sitrep/0.1". */
    static final List<String> ROBOT_NAMES = List.of("sitrep");

    private static final Duration RETRY_UNREADABLE = Duration.ofMinutes(5);
    private static final int MAX_ORIGINS = 10_000;

    /**
     * What one origin's robots.txt says, or why it could not be read.
     *
     * @param unreadable when set, the reason every fetch from the origin is refused, naming the robots.txt
     */
    record HostRules(String robotsTxt, BaseRobotRules rules, String unreadable, long expiresAtNanos) {
        /**
         * Checks that {@code hop}, a step of fetching {@code url}, may be fetched.
         *
         * @throws InputException naming {@code url} when robots.txt disallows the hop or could not be read
         */
        void check(String url, URI hop, boolean redirected) {
            String prefix = redirected ? "redirected to " + hop + "; " : "";
            if (unreadable != null) {
                throw new InputException(url, unreadable);
            }
            if (!rules.isAllowed(hop.toString())) {
                throw new InputException(url, "refused: " + prefix + robotsTxt + " disallows it");
            }
        }

        /** The Crawl-delay the rules ask for, if any. */
        Optional<Duration> crawlDelay() {
            long ms = rules == null ? BaseRobotRules.UNSET_CRAWL_DELAY : rules.getCrawlDelay();
            return ms > 0 ? Optional.of(Duration.ofMillis(ms)) : Optional.empty();
        }
    }

    private final Duration cacheTime;
    private final Reader reader;
    private final Map<String, HostRules> byOrigin = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, HostRules> eldest) {
            return size() > MAX_ORIGINS;
        }
    };

    RobotsCache(Duration cacheTime, Reader reader) {
        this.cacheTime = cacheTime;
        this.reader = reader;
    }

    /** The rules for {@code hop}'s origin, read now if not cached or expired; the read counts against {@code deadline}. */
    HostRules rulesFor(URI hop, Deadline deadline) {
        String origin = HttpUrl.origin(hop);
        Optional<HostRules> cached = cached(origin);
        if (cached.isPresent()) {
            return cached.get();
        }
        HostRules read = read(robotsTxt(hop), deadline);
        synchronized (byOrigin) {
            byOrigin.put(origin, read);
        }
        return read;
    }

    /** The cached rules for {@code hop}'s origin, without reading: empty when not known or expired. */
    Optional<HostRules> cachedFor(URI hop) {
        return cached(HttpUrl.origin(hop));
    }

    private Optional<HostRules> cached(String origin) {
        synchronized (byOrigin) {
            HostRules r = byOrigin.get(origin);
            return r != null && r.expiresAtNanos() - System.nanoTime() > 0 ? Optional.of(r) : Optional.empty();
        }
    }

    private HostRules read(URI robotsTxt, Deadline deadline) {
        long now = System.nanoTime();
        long retryAt = now + Math.min(cacheTime.toNanos(), RETRY_UNREADABLE.toNanos());
        long expiresAt = now + cacheTime.toNanos();
        String name = robotsTxt.toString();
        WebFetcher.Fetched response;
        try {
            response = reader.read(robotsTxt, deadline);
        } catch (InputException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            return new HostRules(name, null, e.reason() + " (while reading " + name + ")", retryAt);
        }
        int status = response.status();
        if (status / 100 == 2) {
            SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
            // The parser turns a crawl-delay above its maximum into "disallow all"; Politeness caps it instead.
            parser.setMaxCrawlDelay(Long.MAX_VALUE);
            return new HostRules(name, parser.parseContent(name, response.body(), "text/plain", ROBOT_NAMES), null, expiresAt);
        } else if (status / 100 == 4) {
            return new HostRules(name, new SimpleRobotRulesParser().failedFetch(status), null, expiresAt);
        }
        return new HostRules(name, null, "refused: " + name + " answered HTTP " + status + ", which asks crawlers to wait", retryAt);
    }

    private static URI robotsTxt(URI hop) {
        try {
            return new URI(hop.getScheme(), null, hop.getHost(), hop.getPort(), "/robots.txt", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the host and port of a parsed URI make a valid URI: " + hop, e);
        }
    }
}
