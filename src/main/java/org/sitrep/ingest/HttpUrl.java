package org.sitrep.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.sitrep.core.InputException;

/** Parses the URLs Sitrep may fetch: absolute http(s) URLs with a host. */
final class HttpUrl {
    private HttpUrl() {
    }

    /**
     * The URL as a URI.
     *
     * @throws InputException naming {@code url} when it is not an http(s) URL with a host
     */
    static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InputException(url, "not a valid URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InputException(url, "only http and https URLs can be fetched");
        }
        if (uri.getHost() == null) {
            throw new InputException(url, "no host name in the URL");
        }
        return uri;
    }

    /** The port a connection to {@code uri} uses: the given one, else 80 or 443 by scheme. */
    static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    /** "http://host:port", the origin whose robots.txt governs {@code uri}; the host lower-cased. */
    static String origin(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port(uri);
    }
}
