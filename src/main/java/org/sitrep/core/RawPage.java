package org.sitrep.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One input document as read by ingest, before extraction.
 *
 * @param origin where it came from (a path, a path and CSV row, a URL), used in messages
 * @param charset the charset the source declared, or {@code null} when it declared none
 * @param location the address the page was fetched from (a web archive record's target URI), or {@code null}; unlike
 *                 {@link Hints#url()}, which wins over what the page says, it gives way to the page's canonical link
 * @param sourceFields the source's other columns for this article (a CSV row's unread columns), empty for none
 */
public record RawPage(String origin, byte[] bytes, ContentType contentType, String charset, Instant fetchedAt, Hints hints,
                      String location, List<SourceField> sourceFields) {
    public RawPage {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(contentType, "contentType");
        hints = hints == null ? Hints.NONE : hints;
        sourceFields = sourceFields == null ? List.of() : List.copyOf(sourceFields);
    }

    /** A page fetched from {@code location}, with no columns of a source file. */
    public RawPage(String origin, byte[] bytes, ContentType contentType, String charset, Instant fetchedAt, Hints hints,
                   String location) {
        this(origin, bytes, contentType, charset, fetchedAt, hints, location, List.of());
    }

    /** A page with no fetch address of its own (a file, a CSV row, a page whose hints give its URL). */
    public RawPage(String origin, byte[] bytes, ContentType contentType, String charset, Instant fetchedAt, Hints hints) {
        this(origin, bytes, contentType, charset, fetchedAt, hints, null, List.of());
    }
}
