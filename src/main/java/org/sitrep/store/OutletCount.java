package org.sitrep.store;

/** An outlet and how many stored articles it published. */
public record OutletCount(String outlet, long articles) {
}
