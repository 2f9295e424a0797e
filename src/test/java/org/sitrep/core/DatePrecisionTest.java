package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatePrecisionTest {
    @Test
    void readsThePrecisionOfPartialIsoValues() {
        assertThat(DatePrecision.of("2014-11-12")).isEqualTo(DatePrecision.DAY);
        assertThat(DatePrecision.of("2014-W46")).isEqualTo(DatePrecision.WEEK);
        assertThat(DatePrecision.of("XXXX-10")).isEqualTo(DatePrecision.MONTH);
        assertThat(DatePrecision.of("2014-SU")).isEqualTo(DatePrecision.SEASON);
        assertThat(DatePrecision.of("2014")).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void rejectsWhatIsNoDateNamingTheValue() {
        assertThatThrownBy(() -> DatePrecision.of("soon")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("soon");
    }
}
