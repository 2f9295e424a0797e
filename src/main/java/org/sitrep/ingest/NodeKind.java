package org.sitrep.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a path that is no regular file or folder is, told from its mode bits without opening it: opening a FIFO waits
 * for a writer, and reading a device may never end.
 */
final class NodeKind {
    private static final int TYPE_BITS = 0170000;

    private NodeKind() {
    }

    /** "a FIFO", "a character device", "a block device", "a socket", or "not a file" when the kind cannot be told. */
    static String of(Path path) {
        int mode;
        try {
            mode = (Integer) Files.getAttribute(path, "unix:mode");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return "not a file";
        }
        return switch (mode & TYPE_BITS) {
            case 0010000 -> "a FIFO";
            case 0020000 -> "a character device";
            case 0060000 -> "a block device";
            case 0140000 -> "a socket";
            default -> "not a file";
        };
    }
}
