package org.sitrep.web;

import java.net.URI;
import java.net.URISyntaxException;
import org.sitrep.core.InputException;

/**
 * Online map tiles the user chose to show under the offline basemap. Without one, no page asks anything of any
 * server but Sitrep's own.
 *
 * @param urlTemplate  Leaflet's URL template: http(s), with {@code {z}}, {@code {x}} and {@code {y}}, and optionally
 *                     {@code {s}} as the first label of the host ("https://{s}.tile.example.org/{z}/{x}/{y}.png")
 * @param attribution  the credit the tiles' licence asks for, shown on the map as text; may be empty
 */
public record TileSource(String urlTemplate, String attribution) {
    public TileSource {
        attribution = attribution == null ? "" : attribution.strip();
        if (urlTemplate == null || urlTemplate.isBlank()) {
            throw new InputException("tile URL", "must not be empty");
        }
        urlTemplate = urlTemplate.strip();
        if (!urlTemplate.contains("{z}") || !urlTemplate.contains("{x}") || !urlTemplate.contains("{y}")) {
            throw new InputException("tile URL", "must hold {z}, {x} and {y}; got: " + urlTemplate);
        }
        origin(urlTemplate);
    }

    /**
     * The origin the tiles come from as a Content-Security-Policy source ("https://*.tile.example.org"), so the
     * pages may load images from it and from nowhere else.
     */
    public String policySource() {
        return origin(urlTemplate);
    }

    private static String origin(String template) {
        URI uri;
        try {
            uri = new URI(template.replace("{s}", "s").replace("{z}", "0").replace("{x}", "0").replace("{y}", "0")
                    .replace("{r}", ""));
        } catch (URISyntaxException e) {
            throw new InputException("tile URL", "is not a URL (" + e.getReason() + "); got: " + template);
        }
        String scheme = uri.getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme) || uri.getHost() == null) {
            throw new InputException("tile URL", "must be an http or https URL with a host; got: " + template);
        }
        int at = template.indexOf("://") + 3;
        String authority = template.substring(at, template.indexOf('/', at) < 0 ? template.length() : template.indexOf('/', at));
        if (authority.contains("{s}") && !authority.startsWith("{s}.") || authority.indexOf("{s}", 1) > 0) {
            throw new InputException("tile URL", "{s} may only stand as the first label of the host; got: " + template);
        }
        if (authority.contains("@")) {
            throw new InputException("tile URL", "must not hold a user name or password; got: " + template);
        }
        return scheme + "://" + authority.replace("{s}", "*");
    }
}
