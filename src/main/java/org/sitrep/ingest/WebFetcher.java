package org.sitrep.ingest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.RawPage;

/**
 * Fetches pages and feeds over HTTP(S) as a polite, guarded crawler: every hop (the URL and each redirect, at most
 * {@value #MAX_REDIRECTS}) is checked by the {@link AddressGuard} and against its origin's robots.txt, requests to a
 * host keep the {@link Politeness} delays, and one fetch (connecting, headers and the whole body, over all hops and the
 * robots.txt files read for it) has one deadline. Thread-safe; every failure is an {@link InputException} naming the
 * URL asked for.
 */
public final class WebFetcher {
    static final int MAX_REDIRECTS = 5;
    /** RFC 9309 asks crawlers to parse at least 500 KiB of a robots.txt; the rest is cut. */
    private static final long MAX_ROBOTS_BYTES = 512 * 1024;
    private static final String USER_AGENT = "Sitrep/0.1 (+news monitoring; self-hosted)";
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    /** One response: its status, its body (empty unless 2xx), the charset its Content-Type named, and its Location. */
    record Fetched(int status, byte[] body, String charset, Optional<String> location) {
        static Fetched of(HttpResponse<byte[]> response) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            Matcher m = CHARSET.matcher(type);
            return new Fetched(response.statusCode(), response.body(), m.find() ? m.group(1) : null,
                    response.headers().firstValue("Location"));
        }

        boolean isRedirect() {
            return REDIRECTS.contains(status);
        }
    }

    private final FetchSettings settings;
    private final HttpClient client;
    private final HostPacing pacing = new HostPacing();
    private final RobotsCache robots;

    public WebFetcher(FetchSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.deadline())
                .build();
        this.robots = new RobotsCache(settings.politeness().robotsCacheTime(), this::robotsTxt);
    }

    /** What this fetcher may reach and how it behaves there. */
    public FetchSettings settings() {
        return settings;
    }

    /** The body of a URL, at most the size limit. */
    public byte[] bytes(String url) {
        return fetch(url).body();
    }

    /** A page to extract; {@code hints} are what the feed said of it. */
    public RawPage page(String url, Hints hints) {
        Fetched r = fetch(url);
        return new RawPage(url, FileSource.checkedDocument(url, r.body()), ContentType.HTML, r.charset(), Instant.now(), hints.withUrl(url));
    }

    private Fetched fetch(String url) {
        Deadline deadline = new Deadline(settings.deadline());
        long limit = settings.limits().maxDocumentBytes();
        Fetched r = follow(url, HttpUrl.parse(url), deadline, () -> CappedBody.failingOver(limit), true);
        if (r.status() / 100 != 2) {
            throw new InputException(url, "HTTP " + r.status());
        }
        return r;
    }

    private Fetched robotsTxt(URI robotsTxt, Deadline deadline) {
        return follow(robotsTxt.toString(), robotsTxt, deadline, () -> CappedBody.truncatingAt(MAX_ROBOTS_BYTES), false);
    }

    /** Requests {@code first}, then each redirect's target, checking each hop; returns the first response that is not a redirect. */
    private Fetched follow(String url, URI first, Deadline deadline, Supplier<CappedBody> body, boolean obeyRobots) {
        List<URI> hops = new ArrayList<>();
        URI hop = first;
        while (true) {
            boolean redirected = !hops.isEmpty();
            settings.addresses().check(url, hop, redirected);
            if (obeyRobots) {
                robots.rulesFor(hop, deadline).check(url, hop, redirected);
            }
            hops.add(hop);
            Fetched r = exchange(url, hop, deadline, body.get());
            if (!r.isRedirect()) {
                return r;
            }
            hop = target(url, hops, r);
        }
    }

    private static URI target(String url, List<URI> hops, Fetched redirect) {
        URI from = hops.get(hops.size() - 1);
        String location = redirect.location()
                .orElseThrow(() -> new InputException(url, "HTTP " + redirect.status() + " without a Location header"));
        URI to;
        try {
            to = HttpUrl.parse(from.resolve(new URI(location)).toString());
        } catch (URISyntaxException | InputException e) {
            throw new InputException(url, "redirected to an unusable URL: " + location);
        }
        if (hops.contains(to)) {
            throw new InputException(url, "redirect loop: " + chain(hops, to));
        } else if (hops.size() > MAX_REDIRECTS) {
            throw new InputException(url, "more than " + MAX_REDIRECTS + " redirects: " + chain(hops, to));
        } else if (from.getScheme().equalsIgnoreCase("https") && to.getScheme().equalsIgnoreCase("http")) {
            throw new InputException(url, "refused: redirected from https to http (" + to + ")");
        }
        return to;
    }

    private static String chain(List<URI> hops, URI next) {
        StringBuilder s = new StringBuilder();
        for (URI hop : hops) {
            s.append(hop).append(" -> ");
        }
        return s.append(next).toString();
    }

    /** One request and response, after the host's politeness wait, within what is left of the deadline. */
    private Fetched exchange(String url, URI hop, Deadline deadline, CappedBody body) {
        String host = hop.getHost().toLowerCase(Locale.ROOT);
        Duration delay = delay(hop);
        HttpRequest request = HttpRequest.newBuilder(hop).header("User-Agent", USER_AGENT).GET().build();
        CompletableFuture<HttpResponse<byte[]>> response = null;
        try {
            deadline.extend(pacing.await(host, delay));
            response = client.sendAsync(request, body);
            return Fetched.of(response.get(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            throw new InputException(url, (body.headersReceived() ? "body not received within " : "no answer within ") + deadline.describe());
        } catch (ExecutionException e) {
            throw failure(url, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(url, "fetch interrupted", e);
        } finally {
            if (response != null) {
                // Aborts the exchange if it is still running (JDK 16+), so a dripping server is not read on.
                response.cancel(true);
            }
            pacing.finished(host, delay);
        }
    }

    /** The politeness delay for {@code hop}'s host: the least delay, or the robots.txt crawl-delay, capped, if longer. */
    private Duration delay(URI hop) {
        Politeness p = settings.politeness();
        Duration asked = robots.cachedFor(hop).flatMap(RobotsCache.HostRules::crawlDelay).orElse(Duration.ZERO);
        Duration capped = asked.compareTo(p.maxCrawlDelay()) > 0 ? p.maxCrawlDelay() : asked;
        return capped.compareTo(p.minDelay()) > 0 ? capped : p.minDelay();
    }

    private InputException failure(String url, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CappedBody.TooLarge) {
                return new InputException(url, "larger than the limit of " + settings.limits().describe());
            } else if (t instanceof HttpConnectTimeoutException) {
                return new InputException(url, "cannot connect within " + Deadline.describe(settings.deadline()));
            }
        }
        if (cause instanceof ConnectException) {
            return new InputException(url, "cannot connect" + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"), cause);
        }
        String reason = cause instanceof IOException io ? FileSource.describe(io) : String.valueOf(cause);
        return new InputException(url, "cannot fetch: " + reason, cause);
    }
}
