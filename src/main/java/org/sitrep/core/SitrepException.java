package org.sitrep.core;

/** Base of Sitrep's own exceptions. */
public class SitrepException extends RuntimeException {
    public SitrepException(String message) {
        super(message);
    }

    public SitrepException(String message, Throwable cause) {
        super(message, cause);
    }
}
