package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {
    @Test
    void readsUsSlashedDatesWithTwoDigitYears() {
        assertThat(PublicationDates.parse("4/16/17")).contains(LocalDate.of(2017, 4, 16));
    }

    @Test
    void findsAMonthFirstDateWithNoSpaceAfterItsComma() {
        String date = PublicationDates.findIn("By Rania Haddad - Mar 21,2017 - Last updated");
        assertThat(PublicationDates.parse(date)).contains(LocalDate.of(2017, 3, 21));
    }

    @Test
    void findsAMonthFirstDateWithASpaceBeforeItsComma() {
        String date = PublicationDates.findIn("Wednesday , January 9 , 2008 | Advertise");
        assertThat(PublicationDates.parse(date)).contains(LocalDate.of(2008, 1, 9));
    }

    @Test
    void readsIsoDateTimesWithOffsets() {
        assertThat(PublicationDates.parse("2014-12-01T10:15:00+01:00")).contains(LocalDate.of(2014, 12, 1));
    }

    @Test
    void readsWordedDates() {
        assertThat(PublicationDates.parse("1 December 2014")).contains(LocalDate.of(2014, 12, 1));
        assertThat(PublicationDates.parse("December 1st, 2014")).contains(LocalDate.of(2014, 12, 1));
    }

    @Test
    void readsRfc1123DatesOfFeeds() {
        assertThat(PublicationDates.parse("Mon, 01 Dec 2014 08:00:00 GMT")).contains(LocalDate.of(2014, 12, 1));
    }

    @Test
    void readsEuropeanDottedDatesDayFirst() {
        assertThat(PublicationDates.parse("21.09.2020")).contains(LocalDate.of(2020, 9, 21));
        assertThat(PublicationDates.parse("3. 4. 2019, 10:15")).contains(LocalDate.of(2019, 4, 3));
    }

    @Test
    void readsAbbreviatedMonthsWithFullStops() {
        assertThat(PublicationDates.parse("21st Sept. 2020")).contains(LocalDate.of(2020, 9, 21));
    }

    @Test
    void findsADateWrittenInRunningText() {
        assertThat(PublicationDates.findIn("Posted on September 21, 2020 by Staff")).isEqualTo("September 21, 2020");
        assertThat(PublicationDates.findIn("Aktualisiert: 21.09.2020, 14:00 Uhr")).isEqualTo("21.09.2020");
        assertThat(PublicationDates.findIn("No date here")).isNull();
    }

    @Test
    void readsWordedDatesOfSpanishPortugueseFrenchGermanAndItalianPages() {
        assertThat(PublicationDates.findIn("jueves 2 de abril de 2020")).isEqualTo("2 de abril de 2020");
        assertThat(PublicationDates.parse("2 de abril de 2020")).contains(java.time.LocalDate.of(2020, 4, 2));
        assertThat(PublicationDates.parse("17. März 2020")).contains(java.time.LocalDate.of(2020, 3, 17));
        assertThat(PublicationDates.parse("1er février 2021")).contains(java.time.LocalDate.of(2021, 2, 1));
        assertThat(PublicationDates.parse("3 marzo 2020")).contains(java.time.LocalDate.of(2020, 3, 3));
        assertThat(PublicationDates.findIn("2 people in 2020")).isNull();
    }

    @Test
    void readsMonthsOfOtherLanguagesWrittenBeforeTheDayAsInEnglish() {
        assertThat(PublicationDates.parse("Juli 12, 2017")).contains(LocalDate.of(2017, 7, 12));
        assertThat(PublicationDates.findIn("Autor: Redaktion julio 12, 2017 0 Kommentare")).isEqualTo("julio 12, 2017");
        assertThat(PublicationDates.findIn("Kapitel 12, 2017 erschienen")).isNull();
    }

    @Test
    void readsMonthNamesOfDutchTurkishAndSlavicPagesTheSlavicInTheGenitive() {
        assertThat(PublicationDates.parse(PublicationDates.findIn("Gepubliceerd op 3 maart 2021 om 10:15"))).contains(LocalDate.of(2021, 3, 3));
        assertThat(PublicationDates.parse(PublicationDates.findIn("Yayınlanma: 14 Ağustos 2020 09:30"))).contains(LocalDate.of(2020, 8, 14));
        assertThat(PublicationDates.parse("2 ARALIK 2019")).contains(LocalDate.of(2019, 12, 2));
        assertThat(PublicationDates.parse(PublicationDates.findIn("Опубликовано 2 декабря 2020, 14:05"))).contains(LocalDate.of(2020, 12, 2));
        assertThat(PublicationDates.parse("17 lipca 2020")).contains(LocalDate.of(2020, 7, 17));
        assertThat(PublicationDates.parse("5 травня 2021")).contains(LocalDate.of(2021, 5, 5));
    }

    @Test
    void readsYearFirstAndEastAsianDatesAndDayFirstSlashedDates() {
        assertThat(PublicationDates.parse("2020年07月03日")).contains(java.time.LocalDate.of(2020, 7, 3));
        assertThat(PublicationDates.parse("2020년 3월 4일")).contains(java.time.LocalDate.of(2020, 3, 4));
        assertThat(PublicationDates.parse("2020.03.04")).contains(java.time.LocalDate.of(2020, 3, 4));
        assertThat(PublicationDates.findIn("22/11/2020 - 04:30 - Fonte: Agência")).isEqualTo("22/11/2020");
        assertThat(PublicationDates.parse("22/11/2020")).contains(java.time.LocalDate.of(2020, 11, 22));
        assertThat(PublicationDates.findIn("Posted 2020/04/17 01:43")).isEqualTo("2020/04/17");
    }

    @Test
    void readsArabicMonthNamesLatinAndSyriacAlikeAndDatesInsideLongerStamps() {
        assertThat(PublicationDates.findIn("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً")).isNotNull();
        assertThat(PublicationDates.parse(PublicationDates.findIn("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً")))
                .contains(java.time.LocalDate.of(2020, 4, 24));
        assertThat(PublicationDates.parse("3 كانون الثاني 2021")).contains(java.time.LocalDate.of(2021, 1, 3));
        assertThat(PublicationDates.parse("15 أكتوبر 2019")).contains(java.time.LocalDate.of(2019, 10, 15));
        assertThat(PublicationDates.parse("Tue, Sep 15 2020 10:01:41 EDT")).contains(java.time.LocalDate.of(2020, 9, 15));
    }

    @Test
    void findsTheFirstDateThatATimeOfDayFollows() {
        assertThat(PublicationDates.findStampIn("Round of 2019-11-02 talks. Rania Haddad | 2020-03-04 16:52:59"))
                .isEqualTo("2020-03-04");
        assertThat(PublicationDates.findStampIn("Posted May 2, 2020 at 10:15 am")).isEqualTo("May 2, 2020");
        assertThat(PublicationDates.findStampIn("Founded 2019-11-02, open daily")).isNull();
    }

    @Test
    void readsDottedDatesWithTwoDigitYears() {
        assertThat(PublicationDates.parse("31.10.23")).contains(java.time.LocalDate.of(2023, 10, 31));
        assertThat(PublicationDates.findIn("Party, 30.10.23")).isEqualTo("30.10.23");
        assertThat(PublicationDates.findIn("Version 1.2.234")).isNull();
    }

    @Test
    void readsADottedDateRunIntoItsTimeOfDayAsTheTwoDigitYearItIs() {
        // "<span>28.09.19</span><span>12:44</span>" reads as one run of text: no year 1912.
        assertThat(PublicationDates.parse("28.09.1912:44")).contains(java.time.LocalDate.of(2019, 9, 28));
        assertThat(PublicationDates.parse("28.09.1912")).contains(java.time.LocalDate.of(1912, 9, 28));
    }

    @Test
    void findsAnIsoDateLeadingItsTimeOfDayInRunningText() {
        assertThat(PublicationDates.findIn("Published 2022-11-23T08:10+02:00 by the desk")).isEqualTo("2022-11-23");
        assertThat(PublicationDates.findIn("build 2022-11-23x7")).isNull();
    }

    @Test
    void findsSlashedDatesWithTheMonthFirstInRunningText() {
        assertThat(PublicationDates.findIn("Updated: 10/31/2024")).isEqualTo("10/31/2024");
        assertThat(PublicationDates.parse(PublicationDates.findIn("Updated: 10/31/2024"))).contains(java.time.LocalDate.of(2024, 10, 31));
        assertThat(PublicationDates.parse(PublicationDates.findIn("2/24/2026 · 5 min read"))).contains(java.time.LocalDate.of(2026, 2, 24));
    }

    @Test
    void tellsWhetherTextWritesAGivenDayInAnyForm() {
        assertThat(PublicationDates.writes("Stand: 28.04.2020 18:00 Uhr, Archiv vom 27. April 2020", java.time.LocalDate.of(2020, 4, 27))).isTrue();
        assertThat(PublicationDates.writes("Stand: 28.04.2020 18:00 Uhr", java.time.LocalDate.of(2020, 4, 29))).isFalse();
        assertThat(PublicationDates.writes(null, java.time.LocalDate.of(2020, 4, 29))).isFalse();
    }

    @Test
    void givesNothingForTextThatIsNoDate() {
        assertThat(PublicationDates.parse("yesterday-ish")).isEmpty();
        assertThat(PublicationDates.parse("2014-13-45")).isEmpty();
        assertThat(PublicationDates.parse("  ")).isEmpty();
    }

    @Test
    void readsDayMonthYearWithACommaBeforeTheYear() {
        assertThat(PublicationDates.parse("01 January, 2008")).contains(LocalDate.of(2008, 1, 1));
        assertThat(PublicationDates.parse("15 Jan, 2008")).contains(LocalDate.of(2008, 1, 15));
        assertThat(PublicationDates.parse("9th, Jan 2008")).contains(LocalDate.of(2008, 1, 9));
    }

    @Test
    void readsDashedDatesOnlyWhenOneNumberCannotBeAMonth() {
        assertThat(PublicationDates.parse("8-Jan-2008")).contains(LocalDate.of(2008, 1, 8));
        assertThat(PublicationDates.parse("17-01-2008")).contains(LocalDate.of(2008, 1, 17));
        assertThat(PublicationDates.parse("01-17-2008")).contains(LocalDate.of(2008, 1, 17));
        assertThat(PublicationDates.parse("01-08-2008")).isEmpty();
    }

    @Test
    void findsStampsWithATwentyFourHourClockOrATimeBefore() {
        assertThat(PublicationDates.findStampIn("News Update Service Friday, January 11, 2008 : 1530 Hrs Sections"))
                .isEqualTo("January 11, 2008");
        assertThat(PublicationDates.findStampIn("since March 15, 2003. Slash shreds 12:48 PM ON WED JAN 9 2008 BY MARK"))
                .isEqualTo("JAN 9 2008");
    }

    @Test
    void findsAStampSlashedWithATwoDigitYearInEitherOrderOnlyWithItsTimeOfDay() {
        assertThat(PublicationDates.findShortYearStampIn("Stats Web News 15/01/08 15:46 Casino Poker")).isEqualTo("15/01/08");
        assertThat(PublicationDates.parse("15/01/08")).contains(LocalDate.of(2008, 1, 15));
        assertThat(PublicationDates.findShortYearStampIn("Last Updated: 1/14/08 11:15 AM ET")).isEqualTo("1/14/08");
        assertThat(PublicationDates.findShortYearStampIn("won the series 3/10/12 before the break")).isNull();
    }

    @Test
    void leavesSlashedDatesWithTwoDigitYearsOutOfRunningText() {
        assertThat(PublicationDates.findIn("Computerworld 1/8/08 Gregg Keizer")).isNull();
    }
}
