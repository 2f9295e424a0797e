package org.sitrep.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.RawPage;
import org.sitrep.ingest.FileSource;
import org.sitrep.ingest.Limits;

/**
 * Reads one input file, wherever Hadoop keeps it, into pages: CSV, HTML and text as {@code sitrep ingest} reads them
 * (the file is copied to the executor's disk and read by the same {@link FileSource}), JSON lines by
 * {@link JsonlArticles}. Problems go to {@code problems}, one per bad row or file; the rest is read.
 */
final class InputReader {
    private InputReader() {
    }

    static List<PageRecord> read(String path, int fileNumber, InputStream in, Consumer<InputException> problems) {
        List<RawPage> pages = new ArrayList<>();
        String name = path.substring(path.lastIndexOf('/') + 1);
        try {
            if (JsonlArticles.reads(name)) {
                InputStream body = name.endsWith(".gz") ? new GZIPInputStream(in) : in;
                JsonlArticles.read(path, body, pages::add, problems);
            } else {
                pages.addAll(readAsIngestDoes(path, name, in, problems));
            }
        } catch (IOException | UncheckedIOException e) {
            problems.accept(new InputException(path, "cannot read: " + e.getMessage(), e));
        }
        List<PageRecord> out = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            out.add(PageRecord.of(PageRecord.order(fileNumber, i), pages.get(i)));
        }
        return out;
    }

    private static List<RawPage> readAsIngestDoes(String path, String name, InputStream in,
                                                  Consumer<InputException> problems) throws IOException {
        Path dir = Files.createTempDirectory("sitrep-input-");
        Path local = dir.resolve(name);
        try {
            Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
            String localName = local.toString();
            // Messages and origins name the file where the user keeps it, not the executor's copy.
            List<RawPage> pages = new FileSource(Limits.DEFAULT).pages(List.of(local), Hints.NONE,
                    p -> problems.accept(new InputException(p.input().replace(localName, path), p.reason(), p)));
            return pages.stream().map(p -> new RawPage(p.origin().replace(localName, path), p.bytes(), p.contentType(),
                    p.charset(), p.fetchedAt(), p.hints())).toList();
        } finally {
            Files.deleteIfExists(local);
            Files.deleteIfExists(dir);
        }
    }
}
