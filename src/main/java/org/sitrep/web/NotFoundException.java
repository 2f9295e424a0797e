package org.sitrep.web;

import org.sitrep.core.SitrepException;

/** The thing a URL names does not exist. */
final class NotFoundException extends SitrepException {
    NotFoundException(String what) {
        super(what);
    }
}
