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

    @Test
    void aDistrictSmallerThanATownOfTheSameNameDoesNotComeFirstForBeingADistrict() {
        // the City of Cambridge in Western Australia, a district of 30,000 people, came before the English city
        assertThat(candidates.of("Cambridge").get(0).place().country()).isNotEqualTo("AU");
        assertThat(candidates.of("Berea").get(0).place().featureClass()).isEqualTo('P');
    }

    @Test
    void aRegionLargerThanEveryTownOfItsNameKeepsTheWeightOfItsKind() {
        // the English county of Norfolk holds more people than Norfolk, Virginia
        assertThat(candidates.of("Norfolk").get(0).place().featureCode()).isEqualTo("ADM2");
    }
}
