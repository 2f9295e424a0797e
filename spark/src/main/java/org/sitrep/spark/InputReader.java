package org.sitrep.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.RawPage;
import org.sitrep.core.SitrepException;
import org.sitrep.ingest.FileSource;
import org.sitrep.ingest.InputSink;
import org.sitrep.ingest.Limits;

/**
 * Reads one input file, wherever Hadoop keeps it, into pages: CSV, HTML, text and web archives as
 * {@code sitrep ingest} reads them (the file is copied to the executor's disk and read by the same
 * {@link FileSource}), JSON lines by {@link JsonlArticles}. The pages come one at a time, read by a thread of their
 * own a few pages ahead, so that a web archive of a gigabyte never sits in memory whole. Problems go to
 * {@code problems}, one per bad row, record or file; the rest is read.
 */
final class InputReader implements Iterator<PageRecord> {
    /** How many pages the reading thread may be ahead of the pipeline. */
    private static final int AHEAD = 32;
    private static final RawPage END = new RawPage("end of input", new byte[0], org.sitrep.core.ContentType.BODY_TEXT,
            null, null, null);

    private final BlockingQueue<RawPage> queue = new ArrayBlockingQueue<>(AHEAD);
    private final String path;
    private final int fileNumber;
    private volatile Throwable failure;
    private RawPage next;
    private int count;

    private InputReader(String path, int fileNumber) {
        this.path = path;
        this.fileNumber = fileNumber;
    }

    /** The pages of the file at {@code path} (its Hadoop name), read from {@code in}, which the reader closes. */
    static Iterator<PageRecord> read(String path, int fileNumber, InputStream in, Consumer<InputException> problems) {
        InputReader reader = new InputReader(path, fileNumber);
        Thread t = new Thread(() -> reader.produce(in, problems), "sitrep-read " + path);
        t.setDaemon(true);
        t.start();
        return reader;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SitrepException(path + ": reading interrupted", e);
            }
        }
        if (next == END && failure != null) {
            throw new SitrepException(path + ": reading failed: " + failure, failure);
        }
        return next != END;
    }

    @Override
    public PageRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException(path + " has no more pages");
        }
        RawPage page = next;
        next = null;
        return PageRecord.of(PageRecord.order(fileNumber, count++), page);
    }

    private void produce(InputStream in, Consumer<InputException> problems) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        try (in) {
            if (JsonlArticles.reads(name)) {
                JsonlArticles.read(path, name.endsWith(".gz") ? new GZIPInputStream(in) : in, this::put, problems);
            } else {
                readAsIngestDoes(name, in, problems);
            }
        } catch (IOException | UncheckedIOException e) {
            problems.accept(new InputException(path, "cannot read: " + e.getMessage(), e));
        } catch (RuntimeException | Error e) {
            failure = e;
        } finally {
            putEnd();
        }
    }

    private void readAsIngestDoes(String name, InputStream in, Consumer<InputException> problems) throws IOException {
        Path dir = Files.createTempDirectory("sitrep-input-");
        Path local = dir.resolve(name);
        String localName = local.toString();
        try {
            Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
            // Messages and origins name the file where the user keeps it, not the executor's copy.
            new FileSource(Limits.DEFAULT).read(List.of(local), Hints.NONE, new InputSink() {
                @Override
                public void page(RawPage p) {
                    put(new RawPage(p.origin().replace(localName, path), p.bytes(), p.contentType(), p.charset(),
                            p.fetchedAt(), p.hints(), p.location()));
                }

                @Override
                public void problem(InputException p) {
                    problems.accept(new InputException(p.input().replace(localName, path), p.reason(), p));
                }
            });
        } finally {
            Files.deleteIfExists(local);
            Files.deleteIfExists(dir);
        }
    }

    private void put(RawPage page) {
        try {
            queue.put(page);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SitrepException(path + ": reading interrupted", e);
        }
    }

    private void putEnd() {
        try {
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
