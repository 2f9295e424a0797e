package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeriodTest {
    @Test
    void aDayFallsInItsIsoWeekAndMonth() {
        assertThat(Period.DAY.of("2014-11-12")).contains("2014-11-12");
        assertThat(Period.WEEK.of("2014-11-12")).contains("2014-W46");
        assertThat(Period.WEEK.of("2014-12-29")).contains("2015-W01");
        assertThat(Period.MONTH.of("2014-11-12")).contains("2014-11");
    }

    @Test
    void aWeekFallsInTheMonthOfItsThursday() {
        assertThat(Period.MONTH.of("2015-W01")).contains("2015-01");
        assertThat(Period.MONTH.of("2014-W44")).contains("2014-10");
    }

    @Test
    void aDateCoarserThanThePeriodOrWithoutYearFallsInNone() {
        assertThat(Period.DAY.of("2014-W46")).isEmpty();
        assertThat(Period.WEEK.of("2014-11")).isEmpty();
        assertThat(Period.MONTH.of("2014-SU")).isEmpty();
        assertThat(Period.MONTH.of("2014-Q3")).isEmpty();
        assertThat(Period.DAY.of("XXXX-11-12")).isEmpty();
    }
}
