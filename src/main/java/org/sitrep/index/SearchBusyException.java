package org.sitrep.index;

import org.sitrep.core.SitrepException;

/**
 * A search could not start in time because other expensive searches held the index: nothing is wrong with the query,
 * and the same search may succeed a moment later.
 */
public class SearchBusyException extends SitrepException {
    private final String input;
    private final String reason;

    public SearchBusyException(String input, String reason) {
        super(input + ": " + reason);
        this.input = input;
        this.reason = reason;
    }

    /** The request parameter that asked for the search. */
    public String input() {
        return input;
    }

    public String reason() {
        return reason;
    }

    /** Seconds after which the search is worth sending again. */
    public long retryAfterSeconds() {
        return Math.max(1, SearchIndex.TIME_LIMIT_MILLIS / 1000);
    }
}
