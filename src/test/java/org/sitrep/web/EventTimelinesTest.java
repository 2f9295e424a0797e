package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventTimelinesTest {
    @Test
    void aPeriodLabelStandsForItsFirstDay() {
        assertThat(EventTimelines.start("2016-02-29")).isEqualTo(LocalDate.parse("2016-02-29"));
        assertThat(EventTimelines.start("2014-W46")).isEqualTo(LocalDate.parse("2014-11-10"));
        assertThat(EventTimelines.start("2015-W01")).isEqualTo(LocalDate.parse("2014-12-29"));
        assertThat(EventTimelines.start("2014-11")).isEqualTo(LocalDate.parse("2014-11-01"));
    }
}
