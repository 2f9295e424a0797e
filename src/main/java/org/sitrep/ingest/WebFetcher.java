package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.RawPage;

/** Fetches pages and feeds over HTTP(S), with time and size limits; every failure is an {@link InputException} naming the URL. */
public final class WebFetcher {
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(TIMEOUT)
            .build();
    private final Limits limits;

    public WebFetcher(Limits limits) {
        this.limits = limits;
    }

    /** The body of a URL, at most the size limit. */
    public byte[] bytes(String url) {
        return fetch(url).body;
    }

    /** A page to extract; {@code hints} are what the feed said of it. */
    public RawPage page(String url, Hints hints) {
        Response r = fetch(url);
        return new RawPage(url, FileSource.checkedDocument(url, r.body), ContentType.HTML, r.charset, Instant.now(), hints.withUrl(url));
    }

    private record Response(byte[] body, String charset) {
    }

    private Response fetch(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new InputException(url, "not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InputException(url, "only http and https URLs can be fetched");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("User-Agent", "Sitrep/0.1 (+news monitoring; self-hosted)").GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() >= 400) {
                    throw new InputException(url, "HTTP " + response.statusCode());
                }
                byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxDocumentBytes() + 1));
                if (body.length > limits.maxDocumentBytes()) {
                    throw new InputException(url, "larger than the limit of " + limits.describe());
                }
                String type = response.headers().firstValue("Content-Type").orElse("");
                Matcher m = CHARSET.matcher(type);
                return new Response(body, m.find() ? m.group(1) : null);
            }
        } catch (IOException e) {
            throw new InputException(url, "cannot fetch: " + FileSource.describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(url, "fetch interrupted", e);
        }
    }
}
