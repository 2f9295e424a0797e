package org.sitrep.index;

import java.util.Objects;

/** Only articles that have this value of a facet ({@link FacetEntry#key()}). */
public record FacetFilter(Facet facet, String key) {
    public FacetFilter {
        Objects.requireNonNull(facet, "facet");
        Objects.requireNonNull(key, "key");
    }
}
