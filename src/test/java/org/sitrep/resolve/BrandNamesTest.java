package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One-word names with a capital inside them (issue 15: "YouGov" was a person). */
class BrandNamesTest {
    @Test
    void readsAWordWithACapitalInsideAsABrand() {
        assertThat(BrandNames.isBrand("PayPal")).isTrue();
    }

    @Test
    void readsAWordClosedByCapitalsAfterALowerCaseRunAsABrand() {
        // Issue 15, field dev: "OpenAI" was a person.
        assertThat(BrandNames.isBrand("OpenAI") && BrandNames.isBrand("SpaceX")).isTrue();
    }

    @Test
    void readsASurnameWhosePrefixKeepsItsCapitalAsNoBrand() {
        assertThat(BrandNames.isBrand("McCain") || BrandNames.isBrand("DeSantis") || BrandNames.isBrand("MacArthur")
                || BrandNames.isBrand("McDONALD")).isFalse();
    }

    @Test
    void readsNamesOfSeveralWordsOrWithoutAnInnerCapitalAsNoBrand() {
        assertThat(BrandNames.isBrand("Pay Pal") || BrandNames.isBrand("Reuters") || BrandNames.isBrand("NATO")).isFalse();
    }
}
