package org.sitrep.core;

/** The data directory (database or index) could not be read or written. */
public class StorageException extends SitrepException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
