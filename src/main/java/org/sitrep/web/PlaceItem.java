package org.sitrep.web;

import org.sitrep.core.Place;
import org.sitrep.store.PlaceCount;

/**
 * A place in a list or on the map.
 *
 * @param label    how the articles spell it most (may differ from the gazetteer's name, or be in another script)
 * @param country  the country's English name, empty when none
 * @param feature  what kind of place it is, in words
 * @param mentions names of it where something is or happens, analogies left out
 */
public record PlaceItem(long id, String name, String label, double lat, double lon, String countryCode, String country,
                        String featureCode, String feature, long mentions, long articles, String href) {

    static PlaceItem of(PlaceCount c) {
        Place p = c.place();
        return new PlaceItem(p.id(), p.name(), c.label() == null ? p.name() : c.label(), p.lat(), p.lon(), p.country(),
                PlaceLabels.country(p.country()), p.featureCode(), PlaceLabels.feature(p), c.mentions(), c.articles(),
                Links.place(p.id()));
    }

    /** Whether the articles spell it otherwise than the gazetteer names it. */
    public boolean relabelled() {
        return !label.equals(name);
    }
}
