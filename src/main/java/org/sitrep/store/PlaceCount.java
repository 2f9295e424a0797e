package org.sitrep.store;

import org.sitrep.core.Place;

/**
 * A place with how often the counted articles name it where something is or happens (analogies left out).
 *
 * @param label the spelling the articles use most for it (in their script: "حلب" in Arabic articles)
 */
public record PlaceCount(Place place, String label, long mentions, long articles) {
}
