package org.sitrep.index;

import org.sitrep.core.ResultPage;

/**
 * What a search found.
 *
 * @param partial the search reached its time limit ({@link SearchIndex#TIME_LIMIT_MILLIS}) and the hits are those found
 *     until then: the total is a lower bound and better matches may be missing
 * @param asWords the query text was not valid query syntax and was searched as the words it holds
 */
public record SearchResults(ResultPage<SearchHit> hits, boolean partial, boolean asWords) {
}
