package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarWordsTest {
    @Test
    void namesTheSevenDaysAndTwelveMonthsInOrder() {
        assertThat(CalendarWords.DAYS).hasSize(7).startsWith("Monday").endsWith("Sunday");
        assertThat(CalendarWords.MONTHS).hasSize(12).startsWith("January").contains("May").endsWith("December");
    }

    @Test
    void addsTheCallersOwnWordsToTheNames() {
        assertThat(CalendarWords.namesAnd("Jr")).contains("Jr", "Friday", "September").hasSize(20);
        assertThat(CalendarWords.lowerCaseNamesAnd("today")).contains("today", "friday", "may").doesNotContain("Friday");
        assertThat(CalendarWords.lowerCaseDaysAnd("on")).contains("on", "sunday").doesNotContain("may");
    }
}
