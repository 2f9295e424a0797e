package org.sitrep.geo;

import java.util.List;
import java.util.Optional;
import org.sitrep.core.Place;

/** Places by name. Implementations are immutable and thread-safe. */
public interface Gazetteer {
    /** The places whose name or an alternate name has the same {@link PlaceNames#key}; empty when none. */
    List<Place> named(String name);

    /**
     * The places whose name or an alternate name has the same {@link PlaceNames#looseKey} but not the same strict
     * key: spellings that differ only in transliteration; empty when none.
     */
    List<Place> namedLoosely(String name);

    /** The country with this ISO 3166-1 alpha-2 code. */
    Optional<Place> country(String code);

    /** The first-level region with this country code and GeoNames admin1 code. */
    Optional<Place> region(String country, String admin1);

    /** The place with this id. */
    Optional<Place> byId(long id);

    /** How many places it holds. */
    int size();
}
