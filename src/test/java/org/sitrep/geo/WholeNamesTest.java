package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Place;
import org.sitrep.core.Span;

/** Issue 16: "Bogota - Teusaquillo (Bogota, D.C.)" was placed in Bogota, New Jersey. */
class WholeNamesTest {
    private final PlaceResolver shipped = new PlaceResolver(GeoNamesGazetteer.shared());

    private static Span span(String text, String name, int from) {
        int at = text.indexOf(name, from);
        return new Span(at, at + name.length());
    }

    @Test
    void theSecondOfTwoNamesTheGazetteerKnowsWholeMeansThePlaceOfTheWhole() {
        String text = "Students marched in Bogota, D.C. on Friday.";
        var r = shipped.resolve(text, List.of(span(text, "Bogota", 0), span(text, "D.C.", 0)));
        assertThat(r.get(1).place()).extracting(Place::country, Place::featureClass).containsExactly("CO", 'A');
    }

    @Test
    void theWholeNameHoldsTheNamesakeNamedBeforeIt() {
        String text = "On 1 December 2023, in Bogota - Teusaquillo (Bogota, D.C.), demonstrators clashed with police.";
        var r = shipped.resolve(text, List.of(span(text, "Bogota", 0), span(text, "Bogota", 30), span(text, "D.C.", 0)));
        assertThat(r.get(0).place()).extracting(Place::country, Place::featureClass).containsExactly("CO", 'P');
    }

    @Test
    void aWholeNameWhoseSecondPartHoldsTheFirstStaysATownAndItsRegion() {
        String text = "Protesters gathered in Washington, D.C. on Friday.";
        var r = shipped.resolve(text, List.of(span(text, "Washington", 0), span(text, "D.C.", 0)));
        assertThat(r).extracting(x -> x.place().featureCode()).containsExactly("PPLC", "ADM1");
    }

    @Test
    void namesGivenOutOfTextOrderAreReadApart() {
        String text = "Students marched in Bogota, D.C. on Friday.";
        var r = shipped.resolve(text, List.of(span(text, "D.C.", 0), span(text, "Bogota", 0)));
        assertThat(r).hasSize(2);
    }
}
