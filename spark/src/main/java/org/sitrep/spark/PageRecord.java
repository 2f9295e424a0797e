package org.sitrep.spark;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.RawPage;

/**
 * One input page on its way to an executor: a {@link RawPage} in plain values, with its place in the input.
 *
 * @param order the page's place in the input: file number in the high 32 bits, page number within the file in the
 *              low; the cross-article steps take articles in this order, as {@code sitrep ingest} stores them
 */
record PageRecord(long order, String origin, byte[] bytes, ContentType contentType, String charset, Instant fetchedAt,
                  String title, LocalDate published, String outlet, String url, String location) implements Serializable {

    static long order(int file, int page) {
        return ((long) file << 32) | (page & 0xffffffffL);
    }

    static PageRecord of(long order, RawPage page) {
        Hints h = page.hints();
        return new PageRecord(order, page.origin(), page.bytes(), page.contentType(), page.charset(), page.fetchedAt(),
                h.title(), h.published(), h.outlet(), h.url(), page.location());
    }

    RawPage page() {
        return new RawPage(origin, bytes, contentType, charset, fetchedAt, new Hints(title, published, outlet, url), location);
    }
}
