package org.sitrep.geo;

import java.util.List;
import org.sitrep.core.Place;

/**
 * What a gazetteer file holds, however it is stored.
 *
 * @param places the places in file order, one per id (the first row of an id wins)
 * @param strict the {@link PlaceNames#key} of every name of every place, to indexes into {@code places}
 * @param loose  the {@link PlaceNames#looseKey} of the names of the places worth a guess, likewise
 */
record GazetteerContents(List<Place> places, NameIndex strict, NameIndex loose) {
    GazetteerContents {
        places = List.copyOf(places);
    }
}
