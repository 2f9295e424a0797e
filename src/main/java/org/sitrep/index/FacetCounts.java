package org.sitrep.index;

import java.util.List;

/**
 * The most frequent values of one facet among the matching articles, most frequent first; empty when none has one.
 *
 * @param estimated the counts were taken over a sample of the matches and scaled up (see {@link FacetTally}): a value
 *     held by few matches may be missing, and each count is near the true one rather than exact
 */
public record FacetCounts(Facet facet, List<FacetCount> values, boolean estimated) {
    public FacetCounts {
        values = List.copyOf(values);
    }

    /** Exact counts. */
    public FacetCounts(Facet facet, List<FacetCount> values) {
        this(facet, values, false);
    }

    /** These counts as estimates for matches of which these were every {@code step}-th. */
    FacetCounts scaled(int step) {
        return new FacetCounts(facet, values.stream().map(v -> new FacetCount(v.key(), v.label(), v.count() * step)).toList(), true);
    }
}
