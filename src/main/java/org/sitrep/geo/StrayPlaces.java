package org.sitrep.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.core.Place;

/**
 * Finds the names of an article resolved to a small place that lies far from every other place the article names:
 * in a report on a few towns of one county, "Stonewall" resolved to a village of that name 1,000 km away most often
 * names a place the gazetteer lacks (a golf club, a hamlet below its size floor) near the others. Such a name is
 * better placed where the article is than at the village.
 */
final class StrayPlaces {
    /**
     * A town of this many people or more is named from afar often enough to be trusted alone. Within 161 km on the
     * dev halves (LGL, GeoWebNews): 0.911, 0.938 at 5,000; 0.913, 0.940 at 20,000; 0.913, 0.938 at 100,000.
     */
    static final long MAX_POPULATION = 20_000;
    /** Farther than this from every other place named, in km, a small place is a stray (250: 0.913, 0.934; 1,000: 0.910, 0.938). */
    static final double MIN_KM = 500;
    /** At least this many other names (each name once) must have been placed, apart from countries (1: 0.908, 0.941; 3: 0.913, 0.939). */
    static final int MIN_OTHERS = 2;

    private StrayPlaces() {
    }

    /**
     * The indexes into {@code places} (one per name, in text order, null for names not placed; {@code keys} the
     * names' {@link PlaceNames#key}s) of the strays as above; empty when there are none.
     */
    static Set<Integer> of(List<Place> places, List<String> keys) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            if (p != null && isSmall(p) && isApart(p, keys.get(i), places, keys)) {
                out.add(i);
            }
        }
        return out;
    }

    private static boolean isSmall(Place p) {
        return !p.isCountry() && !p.isRegion() && p.population() < MAX_POPULATION && !PlaceSources.isSupplement(p)
                && !PlaceSources.isWideFeature(p);
    }

    /**
     * Whether enough other names were placed, and all of them far from {@code p}, in the article's own part of the
     * world: a small place in a country the article names, where none of its other places lie ("Flumeri", beside
     * "Italy" in a report from Cambridge), is the one the article went abroad to name, not a stand-in for a local
     * place the gazetteer lacks.
     */
    private static boolean isApart(Place p, String key, List<Place> places, List<String> keys) {
        Set<String> others = new HashSet<>();
        boolean countryNamed = false;
        boolean abroad = true;
        for (int j = 0; j < places.size(); j++) {
            Place q = places.get(j);
            if (q != null && q.isCountry() && q.country().equals(p.country())) {
                countryNamed = true;
            }
            if (q == null || q.isCountry() || keys.get(j).equals(key)) {
                continue;
            }
            if (PlaceResolver.roughKilometres(p, q) < MIN_KM) {
                return false;
            }
            others.add(keys.get(j));
            abroad &= !q.country().equals(p.country());
        }
        return others.size() >= MIN_OTHERS && !(countryNamed && abroad);
    }
}
