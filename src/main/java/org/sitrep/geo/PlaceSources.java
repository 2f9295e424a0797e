package org.sitrep.geo;

import org.sitrep.core.Place;

/**
 * Which part of the gazetteer a place comes from, told by its id (bench/geo/README.md): GeoNames' own ids are
 * positive; the reviewed supplement of places the conflicts need counts down from -1,000,001; the US postal places
 * (towns and neighbourhoods named by ZIP codes, taken only where GeoNames' list has no place of that name in that
 * state) count down from -2,000,001.
 */
final class PlaceSources {
    private static final long FIRST_POSTAL_ID = -2_000_001L;

    private PlaceSources() {
    }

    /** Whether {@code p} is from the reviewed supplement: a place the conflicts name, never a mere postal name. */
    static boolean isSupplement(Place p) {
        return p.id() < 0 && p.id() > FIRST_POSTAL_ID;
    }

    /**
     * Whether {@code p} is a GeoNames feature of no country: a continent, ocean, sea, gulf, strait, broad region
     * ("Middle East", "Central America"), mountain range, desert or peninsula, from the short list of such kinds the
     * gazetteer takes from GeoNames' no-country file. Like the supplement, whose wide regions and seas most of them
     * replaced, they are chosen by hand as kinds that news names.
     */
    static boolean isWideFeature(Place p) {
        return p.id() > 0 && p.country().isEmpty();
    }

    /** Whether {@code p} is a US postal place: small, unreviewed, known only by its ZIP codes' name. */
    static boolean isPostal(Place p) {
        return p.id() <= FIRST_POSTAL_ID;
    }
}
