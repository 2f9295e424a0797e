package org.sitrep.store;

/** What saving an article did: its id, and whether it was new or replaced an earlier copy. */
public record SaveResult(String id, boolean created) {
}
