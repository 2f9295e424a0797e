package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which names an earlier stage may take for a town or country when the text puts something in them (issue 15). */
class SettledPlacesTest {
    private final SettledPlaces settled = new SettledPlaces(SmallGazetteer::get);

    @Test
    void knowsACityAndACountryByTheirOwnNames() {
        assertThat(settled.test("Paris")).isTrue();
        assertThat(settled.test("Syria")).isTrue();
    }

    @Test
    void takesNoCountyNorAnUnknownName() {
        assertThat(settled.test("Henry County")).isFalse();
        assertThat(settled.test("Gillespie")).isFalse();
    }
}
