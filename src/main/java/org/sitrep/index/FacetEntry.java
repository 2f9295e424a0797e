package org.sitrep.index;

import java.util.Objects;

/**
 * One value of a facet that an article has, as given to the index.
 *
 * @param key   what a filter names: an entity id, a GeoNames place id, a kind ("armed group")
 * @param label what a reader sees: the entity's or place's name
 */
public record FacetEntry(Facet facet, String key, String label) {
    public FacetEntry {
        Objects.requireNonNull(facet, "facet");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("key must not be blank; got: " + (key == null ? "null" : "\"" + key + "\""));
        }
        label = label == null || label.isBlank() ? key : label;
    }
}
