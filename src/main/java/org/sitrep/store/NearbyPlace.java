package org.sitrep.store;

import org.sitrep.core.Place;

/**
 * A stored place near another.
 *
 * @param kilometres great-circle distance from the other place
 * @param mentions   how many times articles name it, analogies included
 */
public record NearbyPlace(Place place, double kilometres, long mentions) {
}
