package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Span;

class PlaceRolesTest {
    private static PlaceRole roleOf(String text, String name) {
        int at = text.indexOf(name);
        return PlaceRoles.of(text, new Span(at, at + name.length()));
    }

    @Test
    void aPlaceNamedAsAComparisonIsAnAnalogy() {
        assertThat(roleOf("We would have another Srebrenica, he said.", "Srebrenica")).isEqualTo(PlaceRole.ANALOGY);
        assertThat(roleOf("Grozny-style bombing of the city", "Grozny")).isEqualTo(PlaceRole.ANALOGY);
    }

    @Test
    void aPlaceSomeoneComesFromIsAnOrigin() {
        assertThat(roleOf("The commander, a native of Homs, was killed.", "Homs")).isEqualTo(PlaceRole.ORIGIN);
    }

    @Test
    void otherwiseAPlaceIsWhereThingsHappen() {
        assertThat(roleOf("Shelling hit Srebrenica on Monday.", "Srebrenica")).isEqualTo(PlaceRole.SETTING);
    }
}
