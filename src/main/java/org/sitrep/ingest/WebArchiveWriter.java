package org.sitrep.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a web archive (WARC 1.1, each record gzipped when the file name ends in {@code .gz}), as a crawler would:
 * responses with their HTTP status, headers and body, and requests. For benchmarks and tests that need an archive.
 */
public final class WebArchiveWriter implements AutoCloseable {
    private final WarcWriter writer;

    private WebArchiveWriter(WarcWriter writer) {
        this.writer = writer;
    }

    /** Creates (or replaces) the archive at {@code path}. */
    public static WebArchiveWriter create(Path path) throws IOException {
        boolean gzip = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        return new WebArchiveWriter(new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE));
    }

    /**
     * Writes a response record for {@code url}, fetched at {@code date}, with that status, content type (a media type
     * with optional parameters, "text/html; charset=utf-8") and body.
     */
    public void response(String url, Instant date, int status, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Status " + status)
                .body(MediaType.parse(contentType), body).build();
        writer.write(new WarcResponse.Builder(URI.create(url)).date(date).body(http).build());
    }

    /** Writes a request record for {@code url}, as a crawler writes before each response. */
    public void request(String url, Instant date) throws IOException {
        URI uri = URI.create(url);
        HttpRequest http = new HttpRequest.Builder("GET", uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                .setHeader("Host", uri.getHost()).build();
        writer.write(new WarcRequest.Builder(uri).date(date).body(http).build());
    }

    /** Where the next record will begin, in bytes from the start of the file. */
    public long position() {
        return writer.position();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
