package org.sitrep.store;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The form in which two addresses of one page compare equal: the same story reached from a newsletter
 * ({@code ?utm_source=...}), a social network ({@code ?fbclid=...}), an anchor ({@code #comments}), or as its AMP
 * variant ({@code /amp}, {@code ?amp=1}, {@code amp.} hosts, Google's AMP cache) has one key. The key is host (lower
 * case, without {@code www.} or {@code amp.}, with the port when it is not the scheme's default), path without closing
 * slash, and the query parameters that are left, sorted: {@code example.com/news/story?id=5}. Scheme and fragment are
 * not part of it.
 */
final class UrlKey {
    /** Parameters that say how a reader came to the page, never which page it is. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "twclid",
            "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "ocid", "cmpid", "smid", "smtyp", "ito", "mbid", "ref_src",
            "ref_url", "sr_share", "at_medium", "at_campaign", "taid", "ncid", "guccounter", "__twitter_impression");
    /** Parameters that ask for the AMP variant of the page: {@code ?amp}, {@code ?amp=1}, {@code ?outputType=amp}. */
    private static final Set<String> AMP_PARAMETERS = Set.of("amp", "outputtype", "_amp", "usqp");
    private static final Pattern AMP_SUFFIX = Pattern.compile("(?:/amp|\\.amp)$|\\.amp(?=\\.html?$)", Pattern.CASE_INSENSITIVE);
    private static final String AMP_CACHE = ".cdn.ampproject.org";

    private UrlKey() {
    }

    /** The key of an absolute http(s) address; empty when {@code url} is null or no such address. */
    static Optional<String> of(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url.strip().replace(" ", "%20"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.empty();
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (host.endsWith(AMP_CACHE)) {
                return ampCacheOrigin(uri).flatMap(UrlKey::of);
            }
            return Optional.of(host(host, scheme, uri.getPort()) + path(uri.getRawPath()) + query(uri.getRawQuery()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Google's AMP cache serves {@code https://example.com/a} as {@code https://example-com.cdn.ampproject.org/c/s/example.com/a}. */
    private static Optional<String> ampCacheOrigin(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        if (path.startsWith("/c/s/")) {
            return Optional.of("https://" + path.substring(5) + query);
        }
        if (path.startsWith("/c/")) {
            return Optional.of("http://" + path.substring(3) + query);
        }
        return Optional.empty();
    }

    /**
     * The address as stored: without tracking parameters and fragment, the rest as given (so it still leads to the
     * page); {@code url} itself when it is no http(s) address, null for null.
     */
    static String withoutTracking(String url) {
        if (of(url).isEmpty()) {
            return url;
        }
        String bare = url.strip();
        int hash = bare.indexOf('#');
        bare = hash < 0 ? bare : bare.substring(0, hash);
        int question = bare.indexOf('?');
        if (question < 0) {
            return bare;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : bare.substring(question + 1).split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        return bare.substring(0, question) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    private static String host(String host, String scheme, int port) {
        String bare = host.replaceFirst("^(?:www\\d?|amp)\\.", "");
        boolean defaultPort = port < 0 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
        return defaultPort ? bare : bare + ":" + port;
    }

    private static String path(String raw) {
        String path = raw == null ? "" : raw;
        if (path.startsWith("/amp/")) {
            path = path.substring(4);
        }
        path = path.replaceFirst("/+$", "");
        path = AMP_SUFFIX.matcher(path).replaceFirst("");
        return path.replaceFirst("[/.]+$", "");
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : raw.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name) && !AMP_PARAMETERS.contains(name)) {
                kept.add(pair);
            }
        }
        kept.sort(null);
        return kept.isEmpty() ? "" : "?" + String.join("&", kept);
    }
}
