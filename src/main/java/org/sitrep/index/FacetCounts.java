package org.sitrep.index;

import java.util.List;

/** The most frequent values of one facet among the matching articles, most frequent first; empty when none has one. */
public record FacetCounts(Facet facet, List<FacetCount> values) {
    public FacetCounts {
        values = List.copyOf(values);
    }
}
