package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names of buildings and sites told by their last word. */
class FacilityWordsTest {
    @Test
    void tellsABuildingByItsLastWord() {
        assertThat(FacilityWords.endsWithFacility("Zaman Mosque")).isTrue();
    }

    @Test
    void takesAWordForABuildingAloneForNoName() {
        assertThat(FacilityWords.endsWithFacility("Mosque")).isFalse();
    }
}
