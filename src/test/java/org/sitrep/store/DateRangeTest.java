package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {
    @Test
    void aQuarterRunsFromTheFirstDayOfItsFirstMonthToTheLastOfItsThird() {
        assertThat(DateRange.of("2014-Q3")).contains(new DateRange(LocalDate.of(2014, 7, 1), LocalDate.of(2014, 9, 30)));
        assertThat(DateRange.of("2014-Q1")).contains(new DateRange(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 3, 31)));
    }

    @Test
    void aQuarterWithoutItsYearHasNoDays() {
        assertThat(DateRange.of("XXXX-Q3")).isEmpty();
    }
}
