package org.sitrep.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Where a page says it lives (where it was read from, its canonical link, its social URL), to tell a link to the page
 * itself from a link to another story. Addresses are compared without scheme, "www.", query, fragment and closing
 * slash.
 */
final class PageAddress {
    private PageAddress() {
    }

    /** The page's addresses, absolute, in the order read, compared form; empty when the page gives none. */
    static List<String> of(Document doc, PageMeta meta) {
        return keys(doc.location(), meta.absoluteCanonical(), meta.content("og:url"));
    }

    /**
     * The addresses the page's markup gives for itself (where it was read from, its first canonical link), compared
     * form, for readers that have no {@link PageMeta} at hand; empty when it gives none.
     */
    static List<String> of(Document doc) {
        Element canonical = doc.selectFirst("link[rel=canonical]");
        return keys(doc.location(), canonical == null ? null : canonical.absUrl("href"));
    }

    private static List<String> keys(String... urls) {
        List<String> out = new ArrayList<>();
        for (String u : urls) {
            String key = u == null ? null : key(u.strip());
            if (key != null && !out.contains(key)) {
                out.add(key);
            }
        }
        return out;
    }

    /** Whether the link leads to no page: its address is empty, a fragment of this page or a script. */
    static boolean leadsNowhere(Element link) {
        String href = link.attr("href").strip();
        return href.isEmpty() || href.startsWith("#") || href.toLowerCase(Locale.ROOT).startsWith("javascript:");
    }

    /**
     * The compared form of where the link leads, resolved against the page's first address when it is relative;
     * {@code null} when it cannot be resolved.
     */
    static String target(Element link, List<String> addresses) {
        String href = link.attr("href").strip();
        String absolute = link.absUrl("href");
        if (!absolute.isEmpty() || addresses.isEmpty()) {
            return key(absolute.isEmpty() ? href : absolute);
        }
        try {
            return key(URI.create("https://" + addresses.get(0)).resolve(href.replace(" ", "%20")).toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Whether the element's text is all one link's, to another page of the same site: a teaser card of another story
     * ({@code <h1 class=item__title><a href=/other-story>}), not the page's headline, which links to itself if anywhere, or
     * on an aggregator's page to the story's source on another site. False when the page gives no address.
     */
    static boolean linksElsewhere(Element heading, List<String> addresses) {
        if (addresses.isEmpty()) {
            return false;
        }
        Element link = soleLink(heading);
        if (link == null || link.text().isBlank()) {
            return false;
        }
        String href = link.attr("href").strip();
        if (href.startsWith("#") || href.isEmpty()) {
            return false;
        }
        try {
            String target = key(URI.create("https://" + addresses.get(0)).resolve(href.replace(" ", "%20")).toString());
            return target != null && !addresses.contains(target) && host(target).equals(host(addresses.get(0)));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the element's text is all one link's, to the site's front page: a logo ({@code <h1><a href=/>Site</a>}). */
    static boolean linksHome(Element heading) {
        Element link = soleLink(heading);
        if (link == null) {
            return false;
        }
        try {
            URI uri = URI.create(link.attr("href").strip().replace(" ", "%20"));
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            // An empty href is a link to the page itself.
            return path.equals("/") || path.isEmpty() && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The element's first link when the link holds all of the element's text; else null. */
    private static Element soleLink(Element heading) {
        Element link = heading.selectFirst("a[href]");
        return link != null && link.text().strip().equals(heading.text().strip()) ? link : null;
    }

    private static String host(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? key : key.substring(0, slash);
    }

    /** The compared form of an absolute address, or null when it is not one. */
    private static String key(String url) {
        try {
            URI uri = URI.create(url.replace(" ", "%20"));
            if (uri.getHost() == null) {
                return null;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("/+$", "");
            return host + path;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
