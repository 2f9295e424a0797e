package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void readsAMonthFromItsNameOrAnAbbreviationOfThreeLettersOrMore() {
        assertThat(CalendarWords.month("Sept")).isEqualTo(java.time.Month.SEPTEMBER);
        assertThat(CalendarWords.month("mar")).isEqualTo(java.time.Month.MARCH);
        assertThat(CalendarWords.month("December")).isEqualTo(java.time.Month.DECEMBER);
        assertThatThrownBy(() -> CalendarWords.month("Ma")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ma");
    }

    @Test
    void readsAWeekdayFromItsNameOrAnAbbreviationOfThreeLettersOrMore() {
        assertThat(CalendarWords.weekday("Thurs")).isEqualTo(java.time.DayOfWeek.THURSDAY);
        assertThat(CalendarWords.weekday("mon")).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThatThrownBy(() -> CalendarWords.weekday("Tu")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Tu");
    }
}
