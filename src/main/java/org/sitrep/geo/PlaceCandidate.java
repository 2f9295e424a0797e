package org.sitrep.geo;

import org.sitrep.core.Place;

/**
 * A place a name may mean, with what the gazetteer and the name alone say for it.
 *
 * @param prior the score before context: size, kind of place, how well the name matches
 */
record PlaceCandidate(Place place, NameMatch match, double prior) {

    /** How a name met a place in the gazetteer. */
    enum NameMatch {
        /** The place's own name (GeoNames' name or its ASCII form). */
        NAME,
        /** One of its alternate names. */
        ALTERNATE,
        /** A transliteration close to one of its names ({@link PlaceNames#looseKey}). */
        LOOSE
    }
}
