package org.sitrep.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.RawPage;

/**
 * Reads files and folders (recursively, in name order) into pages. Every unreadable input becomes one problem
 * naming the path and the reason; the others are read all the same.
 */
public final class FileSource {
    private final Limits limits;
    private final CsvArticleReader csv;
    private final WebArchiveReader archives;

    public FileSource(Limits limits) {
        this.limits = limits;
        this.csv = new CsvArticleReader(limits);
        this.archives = new WebArchiveReader(limits);
    }

    /**
     * Reads each path. {@code hints} apply to paths that are single files; files found inside folders get none.
     */
    public void read(List<Path> paths, Hints hints, InputSink sink) {
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                for (Path file : filesUnder(path, sink)) {
                    readFile(file, Hints.NONE, sink, false);
                }
            } else {
                readFile(path, hints, sink, true);
            }
        }
    }

    /** Reads the paths into a list of pages; each problem goes to {@code problems}. */
    public List<RawPage> pages(List<Path> paths, Hints hints, java.util.function.Consumer<InputException> problems) {
        List<RawPage> pages = new ArrayList<>();
        read(paths, hints, new InputSink() {
            @Override
            public void page(RawPage page) {
                pages.add(page);
            }

            @Override
            public void problem(InputException problem) {
                problems.accept(problem);
            }
        });
        return pages;
    }

    private static List<Path> filesUnder(Path dir, InputSink sink) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> FileKind.of(p).isPresent())
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            sink.problem(new InputException(dir.toString(), "cannot list folder: " + e.getMessage(), e));
            return new ArrayList<>();
        }
    }

    private void readFile(Path path, Hints hints, InputSink sink, boolean named) {
        String origin = path.toString();
        if (!Files.exists(path)) {
            sink.problem(new InputException(origin, "no such file or folder"));
            return;
        }
        if (!Files.isRegularFile(path)) {
            sink.problem(new InputException(origin, "not a regular file (" + NodeKind.of(path) + ")"));
            return;
        }
        var kind = FileKind.of(path);
        if (kind.isEmpty()) {
            sink.problem(new InputException(origin, "unsupported file type (expected .txt, .html, .htm, .csv, .warc, optionally .gz)"));
            return;
        }
        try {
            if (kind.get() == FileKind.CSV) {
                try (InputStream in = open(path)) {
                    csv.read(origin, in, sink);
                }
                return;
            }
            if (kind.get() == FileKind.WARC) {
                archives.read(path, sink);
                return;
            }
            byte[] bytes = readBounded(path);
            ContentType type = kind.get() == FileKind.HTML ? ContentType.HTML : ContentType.PAGE_TEXT;
            sink.page(new RawPage(origin, checkedDocument(origin, bytes), type, null, modified(path), hints));
        } catch (InputException e) {
            sink.problem(e);
        } catch (IOException e) {
            sink.problem(new InputException(origin, "cannot read: " + describe(e), e));
        }
    }

    private InputStream open(Path path) throws IOException {
        InputStream in = Files.newInputStream(path);
        return new BufferedInputStream(FileKind.isGzipped(path) ? new GZIPInputStream(in, 65536) : in, 65536);
    }

    /** Reads at most the limit plus one byte, so a huge or endless (gzip bomb) input is refused without being read whole. */
    private byte[] readBounded(Path path) throws IOException {
        if (!FileKind.isGzipped(path) && Files.size(path) > limits.maxDocumentBytes()) {
            throw tooLarge(path.toString(), Files.size(path));
        }
        try (InputStream in = open(path)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxDocumentBytes() + 1));
            if (bytes.length > limits.maxDocumentBytes()) {
                throw tooLarge(path.toString(), bytes.length);
            }
            return bytes;
        }
    }

    private InputException tooLarge(String origin, long size) {
        return new InputException(origin, "larger than the limit of " + limits.describe()
                + (size > limits.maxDocumentBytes() + 1 ? " (" + size + " bytes)" : " once uncompressed"));
    }

    /** Refuses documents that are empty or binary; returns the bytes unchanged otherwise. */
    static byte[] checkedDocument(String origin, byte[] bytes) {
        if (new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            throw new InputException(origin, "empty file");
        }
        if (looksBinary(bytes)) {
            throw new InputException(origin, "binary content, not text or HTML");
        }
        return bytes;
    }

    /** NUL bytes never occur in text we can read (UTF-16 without a BOM included), so any NUL in the first 8 KB marks binary. */
    private static boolean looksBinary(byte[] bytes) {
        boolean utf16Bom = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        if (utf16Bom) {
            return false;
        }
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static Instant modified(Path path) throws IOException {
        return Files.getLastModifiedTime(path).toInstant();
    }

    static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : " " + m);
    }
}
