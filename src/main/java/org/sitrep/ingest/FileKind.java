package org.sitrep.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file ingest reads, told by name. */
enum FileKind {
    TEXT, HTML, CSV, WARC;

    /** The kind of a file by its name, looking through a {@code .gz} suffix; empty for other files. */
    static Optional<FileKind> of(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".warc")) {
            return Optional.of(WARC);
        }
        return Optional.empty();
    }

    static boolean isGzipped(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
