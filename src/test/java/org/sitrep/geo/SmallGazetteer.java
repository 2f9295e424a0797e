package org.sitrep.geo;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The nineteen-place gazetteer of the test resources, loaded once. */
public final class SmallGazetteer {
    private static final GeoNamesGazetteer GAZETTEER = load();

    private SmallGazetteer() {
    }

    public static GeoNamesGazetteer get() {
        return GAZETTEER;
    }

    private static GeoNamesGazetteer load() {
        try {
            return GeoNamesGazetteer.read(SmallGazetteer.class.getResourceAsStream("small-gazetteer.tsv"), "small-gazetteer.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
