package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTagTest {
    @Test
    void primaryLanguageDropsTheRegionInLowerCaseAndIsNullForNoTag() {
        assertThat(LanguageTag.primary("en-GB")).isEqualTo("en");
        assertThat(LanguageTag.primary(" pt_BR ")).isEqualTo("pt");
        assertThat(LanguageTag.primary("ar")).isEqualTo("ar");
        assertThat(LanguageTag.primary(" ")).isNull();
        assertThat(LanguageTag.primary(null)).isNull();
    }
}
