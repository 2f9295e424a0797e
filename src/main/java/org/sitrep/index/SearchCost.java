package org.sitrep.index;

/** What a search costs to run, as the index's limits judge it before running it. */
public enum SearchCost {
    /** Words, phrases and fields: runs at once. */
    ORDINARY,
    /** Fuzzy, wildcard, regular-expression or text-range terms within the limits: waits for a turn of its own. */
    EXPENSIVE,
    /** Over the limits (too many such terms or clauses, a regular expression too complex): answered with the reason. */
    REFUSED
}
