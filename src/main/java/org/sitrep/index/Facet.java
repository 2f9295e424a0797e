package org.sitrep.index;

import java.util.Locale;
import java.util.Optional;

/**
 * What search results are counted by: each article has zero or more values of each facet. The values of
 * {@link #ENTITY}, {@link #KIND}, {@link #PLACE} and {@link #SPEAKER} come with the article ({@link FacetEntry}); the
 * others come from its outlet, language and day of publication.
 */
public enum Facet {
    OUTLET, LANGUAGE, ENTITY, KIND, PLACE, SPEAKER, MONTH;

    private final String key = name().toLowerCase(Locale.ROOT);

    /** The name in URLs and in the index ("outlet", "kind", ...). */
    public String key() {
        return key;
    }

    /** The facet of that name, case-insensitively; empty when none. */
    public static Optional<Facet> of(String key) {
        for (Facet f : values()) {
            if (f.key().equalsIgnoreCase(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
