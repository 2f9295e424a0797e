package org.sitrep.index;

import java.util.Locale;
import java.util.Optional;

/** The order of search results. */
public enum SearchSort {
    /** Best matches first; newest first when there are no words to rank by. */
    RELEVANCE,
    /** Newest publication day first, undated last. */
    NEWEST;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The order of that name, case-insensitively; empty when none. */
    public static Optional<SearchSort> of(String key) {
        for (SearchSort s : values()) {
            if (s.key().equalsIgnoreCase(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
