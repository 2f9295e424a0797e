package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatePrecisionTest {
    @Test
    void namesThePrecisionOfEachFormTheDateFinderWrites() {
        assertThat(java.util.stream.Stream.of("2014-11-12", "XXXX-11-12", "2014-W46", "2014-11", "2014-SU", "2014", "197X")
                .map(DatePrecision::of)).containsExactly(DatePrecision.DAY, DatePrecision.DAY, DatePrecision.WEEK,
                DatePrecision.MONTH, DatePrecision.SEASON, DatePrecision.YEAR, DatePrecision.DECADE);
    }

    @Test
    void namesACalendarQuarterAQuarterBetweenAMonthAndASeason() {
        assertThat(new DateExpression(new Span(0, 17), "the third quarter", "2014-Q3").precision()).isEqualTo(DatePrecision.QUARTER);
        assertThat(DatePrecision.find("2014-Q5")).isEmpty();
        assertThat(DatePrecision.MONTH).isLessThan(DatePrecision.QUARTER);
        assertThat(DatePrecision.QUARTER).isLessThan(DatePrecision.YEAR);
    }

    @Test
    void aDateWithAnOddValueHasNoPrecisionInsteadOfFailing() {
        assertThat(new DateExpression(new Span(0, 15), "150 decades ago", "514").precision()).isNull();
    }
}
