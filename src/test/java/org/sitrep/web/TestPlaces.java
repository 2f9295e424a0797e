package org.sitrep.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.sitrep.geo.GeoNamesGazetteer;
import org.sitrep.geo.PlaceLocator;

/** A place locator over the small gazetteer of the web tests (see the README beside it), made once per JVM. */
final class TestPlaces {
    private static final String GAZETTEER = "/org/sitrep/web/places-gazetteer.tsv";
    private static PlaceLocator locator;

    private TestPlaces() {
    }

    static synchronized PlaceLocator locator() {
        if (locator == null) {
            try {
                locator = new PlaceLocator(GeoNamesGazetteer.read(TestPlaces.class.getResourceAsStream(GAZETTEER), GAZETTEER));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return locator;
    }
}
