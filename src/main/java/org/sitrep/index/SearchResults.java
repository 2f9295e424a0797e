package org.sitrep.index;

import java.util.List;
import org.sitrep.core.ResultPage;

/**
 * What a search found.
 *
 * @param partial the search reached its time limit ({@link SearchIndex#TIME_LIMIT_MILLIS}) and the hits are those found
 *     until then: the total is a lower bound and better matches may be missing
 * @param asWords the query text was not valid query syntax and was searched as the words it holds
 * @param facets  the matching articles counted by each facet, in the order of {@link Facet}; empty lists for a search
 *     asked without facets
 * @param aliases the known entities whose other spellings were searched too, in the order the query names them
 * @param totalEstimated the total of {@link #hits} is estimated from a sample of the matches (a search matching many
 *     thousands of articles), not counted one by one
 */
public record SearchResults(ResultPage<SearchHit> hits, boolean partial, boolean asWords, List<FacetCounts> facets,
                            List<NamedEntity> aliases, boolean totalEstimated) {
    public SearchResults {
        facets = List.copyOf(facets);
        aliases = List.copyOf(aliases);
    }

    /** Results without facets or other spellings, their total exact. */
    public SearchResults(ResultPage<SearchHit> hits, boolean partial, boolean asWords) {
        this(hits, partial, asWords, List.of(), List.of(), false);
    }

    /** Whether the facet counts are estimates from a sample of the matches (see {@link FacetCounts#estimated()}). */
    public boolean facetsEstimated() {
        return facets.stream().anyMatch(FacetCounts::estimated);
    }

    /** The counts of one facet, empty when the search did not count it. */
    public List<FacetCount> counts(Facet facet) {
        return facets.stream().filter(f -> f.facet() == facet).findFirst().map(FacetCounts::values).orElse(List.of());
    }
}
