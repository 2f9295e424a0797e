package org.sitrep.index;

/**
 * How many matching articles have one value of a facet.
 *
 * @param key   what a filter by this value names (see {@link FacetEntry#key()})
 * @param label what a reader sees
 */
public record FacetCount(String key, String label, long count) {
}
