package org.sitrep.geo;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The country an outlet's web address names: the two-letter country-code top-level domain of its host
 * ("lfpress.ca" is Canadian, "dailystar.com.lb" Lebanese). An outlet writes mostly about its own country, so that
 * country is evidence of an article's focus, as its nationality words and currency are. Generic domains (.com, .org)
 * say nothing, and neither do country codes sold as vanity domains (.tv, .io, .co).
 */
public final class OutletCountry {
    /** Country-code domains registered mostly for what the letters spell, not by outlets of that country. */
    private static final Set<String> VANITY = Set.of("tv", "io", "co", "me", "fm", "ly", "ai", "cc", "ws", "to", "nu",
            "am", "gg", "la", "md", "tk", "eu", "su", "ac", "im", "sh", "vc", "ag", "gl", "is");

    private OutletCountry() {
    }

    /**
     * The ISO 3166-1 alpha-2 code of the country whose domain {@code hostOrUrl} ends in ("https://www.bbc.co.uk/x",
     * "lfpress.ca"); empty when it is a generic or vanity domain, or not a host name at all (null, blank).
     */
    public static Optional<String> of(String hostOrUrl) {
        if (hostOrUrl == null || hostOrUrl.isBlank()) {
            return Optional.empty();
        }
        String host = hostOrUrl.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        host = host.replaceFirst("[/:?#].*$", "").replaceFirst("\\.$", "");
        int dot = host.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String tld = host.substring(dot + 1);
        if (tld.length() != 2 || !tld.chars().allMatch(c -> c >= 'a' && c <= 'z') || VANITY.contains(tld)) {
            return Optional.empty();
        }
        return Optional.of(tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT));
    }
}
