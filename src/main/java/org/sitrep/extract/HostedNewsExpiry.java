package org.sitrep.extract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.extract.PublishedDate.Candidate;
import org.sitrep.extract.PublishedDate.Found;
import org.sitrep.extract.PublishedDate.Source;

/**
 * The publication moment of a wire story Google News hosted (2007 to 2012: AP, AFP, the Press Association, the
 * Canadian Press), read from the day the page asks search engines to drop it. Those pages show only "5 days ago" under
 * the headline, but each tells Googlebot {@code unavailable_after: 09-Feb-2008 03:25:57 PST}, and the licence let
 * Google host a story for 30 days from its publication.
 */
final class HostedNewsExpiry {
    private HostedNewsExpiry() {
    }

    /** Days Google's licence with the news agencies let it host a story. */
    static final int HOSTED_DAYS = 30;

    private static final Pattern UNAVAILABLE_AFTER = Pattern.compile("(?i)unavailable_after\\s*:\\s*(.+)$");
    /** The RFC 850 form Google documents for the directive: "25-Jun-2010 15:00:00 EST". */
    private static final DateTimeFormatter RFC_850 = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d-MMM-yyyy HH:mm:ss z").toFormatter(Locale.ENGLISH);
    /** Google's own hosting: its pages load their style from "/hostednews/", on a host of google.com. */
    private static final Pattern GOOGLE_HOST = Pattern.compile("(?i)^https?://[^/]*\\.google\\.[a-z.]+/");

    /**
     * The moment 30 days before the page's {@code unavailable_after} directive, in the directive's zone, for a page
     * Google hosted; {@link Found#NONE} when the page is not Google's hosted news, has no such directive, or its date
     * cannot be read or is still to come.
     */
    static Found of(Document doc, String url) {
        if (!isHostedNews(doc, url)) {
            return Found.NONE;
        }
        for (Element meta : doc.select("meta[name~=(?i)^(googlebot|robots)$][content]")) {
            Matcher m = UNAVAILABLE_AFTER.matcher(meta.attr("content").strip());
            if (m.find()) {
                return published(m.group(1).strip(), m.group());
            }
        }
        return Found.NONE;
    }

    private static Found published(String expiry, String directive) {
        try {
            OffsetDateTime at = ZonedDateTime.parse(expiry, RFC_850).minusDays(HOSTED_DAYS).toOffsetDateTime();
            LocalDate day = at.toLocalDate();
            return day.isAfter(LocalDate.now(ZoneOffset.UTC)) ? Found.NONE : new Found(day, at, new Candidate(Source.HOSTED_EXPIRY, directive));
        } catch (DateTimeParseException e) {
            return Found.NONE;
        }
    }

    private static boolean isHostedNews(Document doc, String url) {
        return url != null && GOOGLE_HOST.matcher(url).find() || doc.selectFirst("link[href*=/hostednews/], script[src*=/hostednews/]") != null;
    }
}
