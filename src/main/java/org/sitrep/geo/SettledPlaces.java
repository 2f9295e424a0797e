package org.sitrep.geo;

import java.util.function.Predicate;
import org.sitrep.core.Place;

/**
 * Whether a name is, by its own name in the gazetteer, a country, a first-level region, a curated place or a town of
 * some size: what an earlier stage may ask before it takes a name put "in" or "near" for a place. Alternate names are
 * not enough (GeoNames gives towns common words and surnames as alternate names). Thread-safe.
 */
public final class SettledPlaces implements Predicate<String> {
    /** Fewer people than this and a town's name is as likely some family's. */
    private static final long MIN_POPULATION = 1000;

    private final java.util.function.Supplier<Gazetteer> gazetteer;

    /** Over the gazetteer given when first asked, so that building it loads nothing. */
    public SettledPlaces(java.util.function.Supplier<Gazetteer> gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Over the gazetteer Sitrep ships, loaded when first asked. */
    public static SettledPlaces shipped() {
        return new SettledPlaces(GeoNamesGazetteer::shared);
    }

    /** True when the gazetteer holds a place of this own name that is a country, a region, curated, or a town of some size. */
    @Override
    public boolean test(String name) {
        String key = PlaceNames.key(name);
        for (Place p : gazetteer.get().named(name)) {
            if (key.equals(PlaceNames.key(p.name())) && (p.isCountry() || p.featureCode().equals("ADM1") || PlaceSources.isSupplement(p)
                    || PlaceSources.isWideFeature(p) || p.featureClass() == 'P' && p.population() >= MIN_POPULATION)) {
                return true;
            }
        }
        return false;
    }
}
