package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Priors of candidates in the gazetteer Sitrep ships. */
class PlaceCandidatesTest {
    private final PlaceCandidates candidates = new PlaceCandidates(GeoNamesGazetteer.shared());

    @Test
    void aStateComesBeforeItsSeatWhenTheSeatOnlyCarriesTheStatesNameAsAnAlternate() {
        // Salem lists "Oregon" among its names; that does not make a bare "Oregon" mean a town
        assertThat(candidates.of("Oregon").get(0).place().featureCode()).isEqualTo("ADM1");
    }
}
