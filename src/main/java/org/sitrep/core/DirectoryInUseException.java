package org.sitrep.core;

import java.nio.file.Path;

/** Another process holds the data directory's search index, which one process at a time may write. */
public final class DirectoryInUseException extends StorageException {
    private final Path dataDir;

    public DirectoryInUseException(Path dataDir, String message, Throwable cause) {
        super(message, cause);
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
