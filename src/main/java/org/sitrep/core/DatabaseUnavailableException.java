package org.sitrep.core;

/**
 * The database server cannot be reached: the connection was refused or lost (a restart, a failover, a network fault).
 * Unlike other storage failures it says nothing of the request: the same request succeeds once the server is back.
 */
public class DatabaseUnavailableException extends StorageException {
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
