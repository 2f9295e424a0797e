package org.sitrep.core;

import java.time.Instant;
import java.util.Objects;

/**
 * One input document as read by ingest, before extraction.
 *
 * @param origin where it came from (a path, a path and CSV row, a URL), used in messages
 * @param charset the charset the source declared, or {@code null} when it declared none
 */
public record RawPage(String origin, byte[] bytes, ContentType contentType, String charset, Instant fetchedAt, Hints hints) {
    public RawPage {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(contentType, "contentType");
        hints = hints == null ? Hints.NONE : hints;
    }
}
