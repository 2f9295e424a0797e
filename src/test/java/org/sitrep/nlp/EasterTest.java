package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EasterTest {
    @Test
    void givesEasterSundayOfTheGregorianCalendar() {
        assertThat(Easter.sunday(2016)).isEqualTo(LocalDate.of(2016, 3, 27));
        assertThat(Easter.sunday(2017)).isEqualTo(LocalDate.of(2017, 4, 16));
        assertThat(Easter.sunday(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
        assertThat(Easter.sunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    }
}
