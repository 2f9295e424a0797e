package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.core.ContentType;
import org.sitrep.core.InputException;
import org.sitrep.core.RawPage;

/**
 * Reads a web archive (WARC, gzipped per record or not) as a stream, one record at a time, so an archive of any size
 * takes the memory of its largest page: each response record of an HTML page fetched with status 200 becomes a page
 * whose location is the record's target URI and whose fetch time is its WARC-Date; every other record is counted by
 * reason and left out. An archive that breaks off (truncated, corrupt) gives one problem naming the byte offset of the
 * record where it broke; the records before it are passed on all the same.
 */
final class WebArchiveReader {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final Limits limits;

    WebArchiveReader(Limits limits) {
        this.limits = limits;
    }

    /** Reads the archive's records into the sink, then tells it what was left out. */
    void read(Path path, InputSink sink) {
        String file = path.toString();
        Map<String, Integer> skipped = new HashMap<>();
        int kept = 0;
        try (WarcReader reader = new WarcReader(FileChannel.open(path))) {
            try {
                for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                    Optional<RawPage> page = page(file, next.get(), skipped);
                    if (page.isPresent()) {
                        sink.page(page.get());
                        kept++;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // The reader stands at the start of the record it was reading: the one it was parsing, or the one
                // before, whose rest it was skipping. jwarc reports a malformed header as IllegalArgumentException or
                // the like, a cut-off file as EOFException.
                sink.problem(new InputException(file, "the archive breaks off at the record at byte offset " + reader.position()
                        + " (" + FileSource.describe(asIo(e)) + "); the " + kept + " pages before it were read", e));
            }
        } catch (IOException e) {
            sink.problem(new InputException(file, "cannot read: " + FileSource.describe(e), e));
        }
        sink.skipped(new SkippedRecords(file, kept, skipped));
    }

    private static IOException asIo(Exception e) {
        return e instanceof IOException io ? io : new IOException(e.getClass().getSimpleName() + " " + e.getMessage(), e);
    }

    /** The record as a page, or empty (counted under its reason in {@code skipped}) when it holds none. */
    private Optional<RawPage> page(String file, WarcRecord record, Map<String, Integer> skipped) throws IOException {
        String reason = reasonToSkip(record);
        if (reason == null) {
            WarcResponse response = (WarcResponse) record;
            HttpResponse http = response.http();
            try (InputStream body = http.bodyDecoded().stream()) {
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxDocumentBytes() + 1));
                if (bytes.length > limits.maxDocumentBytes()) {
                    reason = "larger than " + limits.describe();
                } else if (bytes.length == 0) {
                    reason = "empty";
                } else {
                    String origin = file + " record at byte " + record.position() + " (" + response.target() + ")";
                    String charset = http.headers().first("Content-Type").map(MediaType::parseLeniently)
                            .map(t -> t.parameters().get("charset")).orElse(null);
                    return Optional.of(new RawPage(origin, bytes, ContentType.HTML, charset, record.date(), null, response.target()));
                }
            }
        }
        skipped.merge(reason, 1, Integer::sum);
        return Optional.empty();
    }

    /** Why the record holds no page to read, or null when it holds one. */
    private static String reasonToSkip(WarcRecord record) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            return "not a response";
        }
        if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
            return "not an HTTP response";
        }
        String target = response.target();
        if (target == null || !(target.startsWith("http://") || target.startsWith("https://"))) {
            return "no web address";
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
            return "status " + http.status();
        }
        String type = http.headers().first("Content-Type").map(MediaType::parseLeniently)
                .map(t -> t.base().toString().toLowerCase(Locale.ROOT)).orElse("");
        return HTML_TYPES.contains(type) ? null : "not HTML";
    }
}
