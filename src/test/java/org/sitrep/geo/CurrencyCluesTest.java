package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CurrencyCluesTest {
    @Test
    void amountsInDollarsPointToTheUnitedStatesOnce() {
        assertThat(CurrencyClues.countriesIn("The council approved $765,000 and $10.3 million.")).isEqualTo(Map.of("US", 1));
    }

    @Test
    void amountsInPoundsPointToBritain() {
        assertThat(CurrencyClues.countriesIn("Tickets cost £35.")).isEqualTo(Map.of("GB", 1));
    }

    @Test
    void dollarsOfAnotherCountryPointNowhere() {
        assertThat(CurrencyClues.countriesIn("It cost A$40 million, or $28 million.")).isEmpty();
    }

    @Test
    void aDollarSignWithoutAnAmountIsNoClue() {
        assertThat(CurrencyClues.countriesIn("Shares of ticker $XYZ rose.")).isEmpty();
    }
}
