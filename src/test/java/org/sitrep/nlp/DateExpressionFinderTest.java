package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.DateExpression;

class DateExpressionFinderTest {
    private static final LocalDate SEED_DAY = LocalDate.of(2014, 12, 1);
    private final DateExpressionFinder finder = new DateExpressionFinder();

    private List<String> found(String text, LocalDate published) {
        return finder.find(text, published).stream().map(d -> d.text() + "=" + d.value()).toList();
    }

    @Test
    void readsTheDayAfterTomorrowAsOneDateTwoDaysAhead() {
        assertThat(found("The talks resume the day after tomorrow.", SEED_DAY)).containsExactly("the day after tomorrow=2014-12-03");
    }

    @Test
    void monthsCountedFromAWeekNamedLastHaveNoValue() {
        // A week names no one month: "two months later" after "that week" threw on the week's value ("2015-W10").
        assertThat(found("The talks opened on March 3, 2015. That week the army moved. Two months later the deal fell.",
                LocalDate.of(2015, 6, 1))).containsExactly("March 3, 2015=2015-03-03", "That week=2015-W10", "Two months later=null");
    }

    @Test
    void readsAMonthInAnInfinitiveAfterAPastVerbWithoutThatVerbsTense() {
        // Issue 15: the act of "to help secure" comes after the offer, so "reaffirmed" does not put June in the past.
        assertThat(found("Germany reaffirmed an offer of 600 troops to help secure the elections in June.", LocalDate.of(2009, 3, 31)))
                .containsExactly("June=2009-06");
    }

    @Test
    void keepsThePastOfAVerbBeforeToAndANoun() {
        assertThat(found("Germany sent 600 troops to the elections in June.", LocalDate.of(2009, 3, 31))).containsExactly("June=2008-06");
    }

    @Test
    void readsTheDayBeforeYesterdayAsOneDateTwoDaysBack() {
        assertThat(found("Troops attacked the day before yesterday.", SEED_DAY)).containsExactly("the day before yesterday=2014-11-29");
    }

    @Test
    void readsAfterTomorrowAloneAsTheDayAfterTomorrow() {
        // Issue 15: speech rendered from Arabic ("ba'da ghad") says "in Geneva after tomorrow".
        assertThat(found("It will give strength to our presence in Geneva after tomorrow,", SEED_DAY))
                .containsExactly("after tomorrow=2014-12-03");
    }

    @Test
    void countsHoursEarlierFromADayCountedFromWritingWhenTheStoryNamedNoDate() {
        // Issue 15: "Just 24 hours earlier" was no date when only "yesterday" came before it.
        assertThat(found("The government was accused of a cover-up yesterday. Just 24 hours earlier, it had said otherwise.", SEED_DAY))
                .containsExactly("yesterday=2014-11-30", "24 hours earlier=2014-11-29");
    }

    @Test
    void countsTodayInAQuotationFromTheDayItsSentenceSaysItWasSaid() {
        // Issue 15: a Sunday story's "'Today, all of Sweden is in mourning,' he told reporters on Saturday" is Saturday.
        assertThat(found("\"Today, all of Sweden is in mourning,\" he told reporters on Saturday.", LocalDate.of(2017, 4, 9)))
                .containsExactly("Today=2017-04-08", "Saturday=2017-04-08");
    }

    @Test
    void countsYesterdayInAQuotationFromADayOfSayingBeforeIt() {
        assertThat(found("He said on Friday: “Yesterday was terrible.”", LocalDate.of(2017, 4, 9)))
                .containsExactly("Friday=2017-04-07", "Yesterday=2017-04-06");
    }

    @Test
    void countsTodayInAQuotationWhoseSayingHasNoDayFromThePublicationDay() {
        assertThat(found("\"I had to take it out today,\" she said.", LocalDate.of(2007, 12, 31))).containsExactly("today=2007-12-31");
    }

    @Test
    void datesWhatFollowsADistanceAfterBackFromThePublicationDayWhenTheStoryNamedNoDate() {
        // Issue 15: "a day after government forces said ..." in a story's first sentence was no date.
        assertThat(found("Rebels launched a second offensive, a day after government forces said they had won.", LocalDate.of(2017, 3, 21)))
                .containsExactly("a day after=2017-03-20");
    }

    @Test
    void datesWhatFollowsADistanceBeforeAheadOfTheLastDateTheStoryNamed() {
        assertThat(found("He left on March 3, two weeks before the vote.", LocalDate.of(2013, 5, 30)))
                .containsExactly("March 3=2013-03-03", "two weeks before=2013-W11");
    }

    @Test
    void leavesADistanceAfterADateToTheDateItself() {
        assertThat(found("Two days after March 3, he left.", LocalDate.of(2013, 5, 30))).containsExactly("March 3=2013-03-03");
    }

    @Test
    void datesEarlierInTheDayOnTheLastDayTheStoryNamed() {
        assertThat(found("Israeli jets struck on Wednesday. Earlier in the day, agencies reported a convoy hit.", LocalDate.of(2013, 1, 31)))
                .containsExactly("Wednesday=2013-01-30", "Earlier in the day=2013-01-30");
    }

    @Test
    void resolvesMonthDaysToTheYearOfPublication() {
        assertThat(found("an air strike in Aleppo on November 12.", SEED_DAY)).containsExactly("November 12=2014-11-12");
    }

    @Test
    void resolvesAMonthDayAfterNewYearToTheNextYearWhenCloser() {
        assertThat(found("talks on January 5", LocalDate.of(2014, 12, 20))).containsExactly("January 5=2015-01-05");
    }

    @Test
    void resolvesAMonthWithoutTenseCueToThePastWhenTheNextIsMoreThanASeasonAhead() {
        assertThat(found("From May through this month, more men and women would die in the occupation.", LocalDate.of(2003, 12, 22)))
                .contains("May=2003-05");
    }

    @Test
    void neverUsesTheMachineClockWhenThereIsNoPublicationDate() {
        assertThat(found("on November 12, and yesterday, since mid-October", null))
                .containsExactly("November 12=XXXX-11-12", "yesterday=null", "mid-October=XXXX-10");
    }

    @Test
    void givesPartialValuesForMonthsAndSeasons() {
        assertThat(found("Since mid-October, ... since the summer to control gas fields", SEED_DAY))
                .containsExactly("mid-October=2014-10", "the summer=2014-SU");
    }

    @Test
    void keepsExplicitYearsAndIsoDates() {
        assertThat(found("on 4 November 2013 and 2015-03-02, in 2012", SEED_DAY))
                .containsExactly("4 November 2013=2013-11-04", "2015-03-02=2015-03-02", "2012=2012");
    }

    @Test
    void readsNumericDatesWithDotsOrDashesDayFirst() {
        assertThat(found("25-12-2014 Clashes ... MOSCOW 26.12.2014, not 31.02.2014 nor 12/25/2014", null))
                .containsExactly("25-12-2014=2014-12-25", "26.12.2014=2014-12-26", "31.02.2014=null");
    }

    @Test
    void readsDatesWhoseCommaLostItsSpaceOrWhoseSpaceWasLost() {
        assertThat(found("Last updated at Apr 15,2017 and at Apr 152017, not May 12000 people; 18.10.2014Get", null))
                .containsExactly("Apr 15,2017=2017-04-15", "Apr 152017=2017-04-15", "18.10.2014=2014-10-18");
    }

    @Test
    void resolvesWeekdaysToTheLastOneUpToPublication() {
        assertThat(found("killed on Friday", LocalDate.of(2016, 3, 5))).containsExactly("Friday=2016-03-04");
    }

    @Test
    void findsAnchorlessExpressionsWithoutAValue() {
        assertThat(found("the next day the regime crosses that red line", SEED_DAY)).containsExactly("the next day=null");
    }

    @Test
    void doesNotTakeTheModalMayForAMonth() {
        assertThat(found("the United States may be hoping", SEED_DAY)).isEmpty();
    }

    @Test
    void offsetsPointAtTheExpression() {
        String text = "Gillespie said on November 28 that";
        DateExpression d = finder.find(text, SEED_DAY).get(0);
        assertThat(d.span().of(text)).isEqualTo("November 28");
    }

    @Test
    void resolvesAPastMonthDayAfterThePublicationDayToThisYear() {
        assertThat(found("He was killed when his vehicle swerved off a road on May 30.", LocalDate.of(2003, 12, 22)))
                .containsExactly("May 30=2003-05-30");
    }

    @Test
    void resolvesAFutureMonthDayToTheNextOccurrence() {
        assertThat(found("The elections will be held on March 3.", LocalDate.of(2012, 10, 1))).containsExactly("March 3=2013-03-03");
    }

    @Test
    void resolvesAMonthAfterSinceToThePast() {
        assertThat(found("Since March, the central bank has raised its key rate.", LocalDate.of(2022, 10, 11)))
                .containsExactly("March=2022-03");
    }

    @Test
    void resolvesLastAndNextMonthNamesAroundThePublicationMonth() {
        assertThat(found("last October and next October", LocalDate.of(2025, 5, 20)))
                .containsExactly("last October=2024-10", "next October=2025-10");
        assertThat(found("last September", LocalDate.of(2012, 7, 24))).containsExactly("last September=2011-09");
        assertThat(found("last September", LocalDate.of(2012, 11, 24))).containsExactly("last September=2012-09");
    }

    @Test
    void resolvesAWeekdayInAFutureClauseToTheComingOne() {
        assertThat(found("Olympic soccer matches start Wednesday.", LocalDate.of(2012, 7, 24))).containsExactly("Wednesday=2012-07-25");
        assertThat(found("It is due to arrive early Monday.", LocalDate.of(2011, 3, 5))).containsExactly("Monday=2011-03-07");
    }

    @Test
    void resolvesAWeekdayInAPastClauseToTheLastOne() {
        assertThat(found("Gen. Younis said Tuesday.", LocalDate.of(2011, 4, 6))).containsExactly("Tuesday=2011-04-05");
    }

    @Test
    void takesAWeekdayBeforeADateAsOneExpressionForThatDay() {
        assertThat(found("Monday, December 22, 2003", LocalDate.of(2003, 12, 22))).containsExactly("Monday, December 22, 2003=2003-12-22");
        assertThat(found("On Tuesday, October 2 the lights went out.", LocalDate.of(2012, 11, 7)))
                .containsExactly("Tuesday, October 2=2012-10-02");
    }

    @Test
    void resolvesAWeekdayOfTheLastNamedDateToThatDate() {
        assertThat(found("On Tuesday, October 2 the lights went out. Early Tuesday morning a court had ruled.", LocalDate.of(2012, 11, 7)))
                .containsExactly("Tuesday, October 2=2012-10-02", "Tuesday=2012-10-02");
    }

    @Test
    void resolvesTheNextDayAndLaterFromTheLastDateTheStoryNamed() {
        assertThat(found("In a talk Oct. 6, 2011, he spoke. The next day, he spoke again. Nine days later he left.", SEED_DAY))
                .containsExactly("Oct. 6, 2011=2011-10-06", "The next day=2011-10-07", "Nine days later=2011-10-16");
    }

    @Test
    void countsEarlierBackFromTheLastDateTheStoryNamed() {
        // Issue 15: "two years earlier" was no date at all.
        assertThat(found("The uprising began in 2011. Two years earlier, protests had spread.", SEED_DAY))
                .containsExactly("2011=2011", "Two years earlier=2009");
    }

    @Test
    void readsAMonthWithLastOrNextYearAsOneDate() {
        // Issue 15: "in April last year" in May 2025 gave April 2025 and, apart, 2024.
        assertThat(found("He was killed in April last year; talks resume in March of next year.", LocalDate.of(2025, 5, 14)))
                .containsExactly("April last year=2024-04", "March of next year=2026-03");
    }

    @Test
    void resolvesThatYearAndTheFollowingYearFromTheLastDateTheStoryNamed() {
        assertThat(found("In March 2019 he was elected. That month, the war ended. The following year he left.", SEED_DAY))
                .containsExactly("March 2019=2019-03", "That month=2019-03", "The following year=2020");
    }

    @Test
    void resolvesLaterThatMonthAndEarlierInTheYearFromTheLastDateTheStoryNamed() {
        assertThat(found("In March 2019 he was elected. Later that month the war ended, as he had said earlier in the year.", SEED_DAY))
                .containsExactly("March 2019=2019-03", "Later that month=2019-03", "earlier in the year=2019");
    }

    @Test
    void resolvesTheSameDayToTheLastDayTheStoryNamed() {
        assertThat(found("Troops entered the town on March 3, 2019. The same day, rebels shelled the airport.", SEED_DAY))
                .containsExactly("March 3, 2019=2019-03-03", "The same day=2019-03-03");
    }

    @Test
    void readsAWeekdayNamingAStrikeInThePossessiveAsPastWhateverTheTenseAround() {
        assertThat(found("It is not clear how many residents remain to be targeted following Tuesday's devastating air strike.",
                LocalDate.of(2017, 4, 8))).containsExactly("Tuesday=2017-04-04");
    }

    @Test
    void countsTheFollowingWeekdayFromTheLastDayTheStoryNamed() {
        assertThat(found("The talks opened on March 6, 2019 and ended the following Monday.", SEED_DAY))
                .containsExactly("March 6, 2019=2019-03-06", "the following Monday=2019-03-11");
    }

    @Test
    void leavesTheNextDayInsideAQuotationWithoutAValue() {
        assertThat(found("on November 28. \"If we agree a freeze and the next day the regime crosses that red line\"", SEED_DAY))
                .containsExactly("November 28=2014-11-28", "the next day=null");
    }

    @Test
    void countsAgoFromThePublicationDay() {
        assertThat(found("ten years ago, a decade ago, three days ago", LocalDate.of(2001, 9, 14)))
                .containsExactly("ten years ago=1991", "a decade ago=1991", "three days ago=2001-09-11");
    }

    @Test
    void readsABareWeekdayInThePastTenseAsThisWeeksWhenTheDateOfItsWeekdayIsWeeksBack() {
        assertThat(found("Iraq invaded Kuwait on Thursday, Aug. 2. In a speech read on television Thursday, Saddam spoke.",
                LocalDate.of(1990, 8, 16))).containsExactly("Thursday, Aug. 2=1990-08-02", "Thursday=1990-08-16");
    }

    @Test
    void readsUntilAfterAPastVerbAsThePast() {
        // A state that ended: "until December" after "lived", written in March 2017, is December 2016.
        assertThat(found("He reportedly lived with his family in Birmingham, central England, until December.", LocalDate.of(2017, 3, 28)))
                .containsExactly("December=2016-12");
    }

    @Test
    void readsUntilAfterAPastVerbOfSchedulingAsAhead() {
        assertThat(found("The vote was postponed until December.", LocalDate.of(2017, 3, 28))).containsExactly("December=2017-12");
    }

    @Test
    void readsAMonthThatOpensItsSentenceInTheTenseOfTheMainVerbPastALongSubject() {
        // TempEval-3 NYT19981025.0188: no cue within reach of "January" but the main verb, and "vs." ends no sentence.
        assertThat(found("In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, a clinic "
                + "bombing in Birmingham killed a security guard.", LocalDate.of(1998, 10, 25))).contains("January=1998-01");
    }

    @Test
    void readsUntilAfterAPresentVerbAsAheadWhateverPastParticipleComesBefore() {
        assertThat(found("After a government is formed, the lawmakers have until Aug. 15 to draft a constitution.", LocalDate.of(2005, 4, 4)))
                .containsExactly("Aug. 15=2005-08-15");
    }

    @Test
    void readsAWeekdayThatOpensItsSentenceInTheTenseOfTheSayingVerbAfterIt() {
        assertThat(found("On Monday, the Philippine president, Benigno S. Aquino III, announced plans to buy aircraft.",
                LocalDate.of(2012, 7, 24))).containsExactly("Monday=2012-07-23");
    }

    @Test
    void readsUntilInThePastPerfectAsThePast() {
        assertThat(found("Until Thursday, they had not called Kopp a suspect.", LocalDate.of(1999, 5, 7)))
                .containsExactly("Thursday=1999-05-06");
    }

    @Test
    void keepsTheStorysYearAfterAFigureComparedWithAYearEarlier() {
        assertThat(found("The company said Thursday profit soared to $155 million from $99 million a year earlier. Sales were delayed "
                + "earlier in the year by rains.", LocalDate.of(1989, 10, 26))).last().isEqualTo("earlier in the year=1989");
    }

    @Test
    void countsWeeksAgoBackToTheSameWeekday() {
        assertThat(found("Rebels seized the town two weeks ago.", LocalDate.of(2008, 1, 5))).containsExactly("two weeks ago=2007-12-22");
    }

    @Test
    void countsFromNowAhead() {
        assertThat(found("two years from now, three days hence", LocalDate.of(2008, 1, 15)))
                .containsExactly("two years from now=2010", "three days hence=2008-01-18");
    }

    @Test
    void tellsAYearAgoToItsMonthAndMoreYearsToTheYear() {
        assertThat(found("A year ago he fled; three years ago he came; a year from now he leaves.", LocalDate.of(2008, 1, 8)))
                .containsExactly("A year ago=2007-01", "three years ago=2005", "a year from now=2009-01");
    }

    @Test
    void countsHoursAsDaysOnlyInWholeDays() {
        assertThat(found("48 hours ago, three hours ago", LocalDate.of(2008, 1, 15)))
                .containsExactly("48 hours ago=2008-01-13", "three hours ago=null");
    }

    @Test
    void readsASpanOfYearsAsAnInterval() {
        assertThat(found("the 1982-83 season and the years 2003-2005", LocalDate.of(2008, 1, 15)))
                .containsExactly("1982-83=1982/1983", "2003-2005=2003/2005");
    }

    @Test
    void readsNoSpanWhereTheSecondNumberIsNoLaterYear() {
        assertThat(found("figures for 2014-10 were", LocalDate.of(2015, 1, 15))).isEmpty();
    }

    @Test
    void countsInCompoundNumberWordsToo() {
        assertThat(found("Thirty-five years ago he was arrested; nineteen days ago he was freed.", LocalDate.of(2005, 1, 29)))
                .containsExactly("Thirty-five years ago=1970", "nineteen days ago=2005-01-10");
    }

    @Test
    void readsAMonthOfAYear() {
        assertThat(found("The talks began in February of 2005.", LocalDate.of(2007, 12, 29))).containsExactly("February of 2005=2005-02");
    }

    @Test
    void resolvesTodayAndYesterdayAgainstThePublicationDay() {
        assertThat(found("the situation today is improved over yesterday; last night", LocalDate.of(2003, 4, 14)))
                .containsExactly("today=2003-04-14", "yesterday=2003-04-13", "last night=2003-04-13");
    }

    @Test
    void resolvesLastMonthAndLastWeekToTheMonthAndTheIsoWeekBefore() {
        assertThat(found("Last month and last week", LocalDate.of(2012, 10, 25)))
                .containsExactly("Last month=2012-09", "last week=2012-W42");
    }

    @Test
    void givesSeptemberElevenAttacksTheirDay() {
        assertThat(found("the Sept. 11 attacks, a repeat of 9/11, Sept. 11, 2001", LocalDate.of(2010, 1, 10)))
                .containsExactly("Sept. 11=2001-09-11", "9/11=2001-09-11", "Sept. 11, 2001=2001-09-11");
    }

    @Test
    void recallsAWellKnownDayInAPastClauseWrittenDaysBeforeItsAnniversary() {
        // Issue 15: "the reaction to Sept. 11 has been as damaging" two days before the first anniversary.
        assertThat(found("the disproportionate reaction to Sept. 11 has been as damaging as the destruction on that day.",
                LocalDate.of(2002, 9, 9))).containsExactly("Sept. 11=2001-09-11", "that day=2001-09-11");
    }

    @Test
    void readsAWellKnownDayInAPastClauseAfterItsAnniversaryAsThisYears() {
        assertThat(found("On Oct. 7, thousands marched through the city.", LocalDate.of(2024, 10, 10)))
                .containsExactly("Oct. 7=2024-10-07");
    }

    @Test
    void readsADayAPastVerbHappenedOnAsPastEvenWhenThisYearsIsDaysAhead() {
        assertThat(found("The offensive began on June 3. Fighting has raged since June 2.", LocalDate.of(2025, 5, 20)))
                .containsExactly("June 3=2024-06-03", "June 2=2024-06-02");
    }

    @Test
    void keepsADeadlineBesideAPastVerbAhead() {
        assertThat(found("The offer was extended to June 3. The vote was scheduled on June 4.", LocalDate.of(2025, 5, 20)))
                .containsExactly("June 3=2025-06-03", "June 4=2025-06-04");
    }

    @Test
    void datesYearlessWordsByAMonthOfPublicationAndLeavesThoseCountedFromTheDayWithoutValue() {
        // Issue 15: a page stamped only "2007/12".
        assertThat(finder.find("The tape came out Saturday, after Sept. 8 and Dec. 16 this year.", null, java.time.YearMonth.of(2007, 12))
                .stream().map(d -> d.text() + "=" + d.value()).toList())
                .containsExactly("Saturday=null", "Sept. 8=2007-09-08", "Dec. 16=2007-12-16", "this year=2007");
    }

    @Test
    void aCopyrightYearIsNoDate() {
        assertThat(found("captured in 2003. © Copyright 2007 Reuters. Copyright 2006-2008 AP", LocalDate.of(2007, 12, 30)))
                .containsExactly("2003=2003");
    }

    @Test
    void aPresentBeJustBeforeAWeekdaySchedulesIt() {
        assertThat(found("The vote is on Sunday.", SEED_DAY)).containsExactly("Sunday=2014-12-07");
    }

    @Test
    void aPresentBeFarBeforeAMonthSchedulesNothing() {
        // TempEval-3 wsj_0736: "is" there is the auxiliary of "continuing", not a schedule for June.
        assertThat(found("The bank said it is continuing to try to sell itself, under a June agreement with a group.",
                LocalDate.of(1989, 10, 27))).containsExactly("June=1989-06");
    }

    @Test
    void aDocumentsBracketedYearAfterItsNumberIsNoDate() {
        // FA-KES 1926479261: "UNSCR 2118 (2013)" dated an attack of 2016 in 2013.
        assertThat(found("It runs against UNSCR 2118 (2013) and 2235 (2015), adopted in (2015).", LocalDate.of(2016, 11, 30)))
                .containsExactly("2015=2015");
    }

    @Test
    void findsYearsWithoutAPrepositionButNotCounts() {
        assertThat(found("the 2011 Budget Control Act, fiscal 2013, in early 2020, 2000 troops", SEED_DAY))
                .containsExactly("2011=2011", "fiscal 2013=2013", "early 2020=2020");
    }

    @Test
    void takesOrdinalDaysOfAMonthAndDecades() {
        assertThat(found("since the 19th of February, as in the 1970s", LocalDate.of(2011, 4, 6)))
                .containsExactly("the 19th of February=2011-02-19", "the 1970s=197X");
    }

    @Test
    void findsNoDateInUnitNamesOrIdioms() {
        assertThat(found("the 1st Battalion 9th Marines hope for a better tomorrow", SEED_DAY)).isEmpty();
    }

    @Test
    void resolvesTheSeedDatesAsItsGoldDoes() {
        String text = org.sitrep.Seed.text();
        assertThat(found(text, SEED_DAY)).contains("November 14=2014-11-14", "November 10=2014-11-10", "mid-October=2014-10",
                "November 4=2014-11-04", "November 28=2014-11-28", "the summer=2014-SU", "the next day=null");
    }

    @Test
    void countsThatMonthFromTheLastMonthNamedThoughAYearCameAfterIt() {
        // Issue 15: "Later that month" had no value once "the 1994 agreement" followed "December 2002".
        assertThat(found("It announced in December 2002 that the reactor, frozen under the 1994 agreement, would restart. "
                + "Later that month, inspectors were ejected.", SEED_DAY))
                .containsExactly("December 2002=2002-12", "1994=1994", "Later that month=2002-12");
    }

    @Test
    void readsAMonthJustPastInAClauseThatLooksAheadAsThePastOne() {
        // Issue 15: "once his October election victory is upheld" written in November was next year's October.
        assertThat(found("He will step down once his October election victory is upheld by the court.", LocalDate.of(2007, 11, 19)))
                .containsExactly("October=2007-10");
    }

    @Test
    void readsAMonthSeveralMonthsAheadInAClauseThatLooksAheadAsTheComingOne() {
        assertThat(found("The summit will be held in September.", LocalDate.of(2007, 11, 19))).containsExactly("September=2008-09");
    }

    @Test
    void readsAWeekdayAfterAsSoonAsAsTheComingOne() {
        // Issue 15: "might come to the U.S. as soon as Tuesday" written on a Monday was the Tuesday before.
        assertThat(found("The group might come to the U.S. as soon as Tuesday, according to reports.", LocalDate.of(2000, 4, 3)))
                .containsExactly("Tuesday=2000-04-04");
    }

    @Test
    void readsAWeekdayAfterStartingAsTheComingOne() {
        // Issue 15: "organizers called for widespread labor strikes starting Monday" written on a Sunday was the Monday before.
        assertThat(found("Organizers called for widespread labor strikes starting Monday.", LocalDate.of(2013, 6, 30)))
                .containsExactly("Monday=2013-07-01");
    }

    @Test
    void findsTheSeedsCaptionDateResolvedAgainstThePublicationDayWithItsCaptionNumber() {
        // Issue 17: the seed's "November 12" stands only in its first caption; gold.json gives 2014-11-12.
        var article = new org.sitrep.extract.ArticleExtractor().extract(new org.sitrep.core.RawPage("seed",
                org.sitrep.Seed.text().getBytes(java.nio.charset.StandardCharsets.UTF_8), org.sitrep.core.ContentType.PAGE_TEXT,
                null, java.time.Instant.EPOCH, new org.sitrep.core.Hints(null, SEED_DAY, "RFE/RL", null)));
        List<DateExpression> dates = finder.findInCaptions(article.captions(), article.published());
        assertThat(dates).extracting(DateExpression::text, DateExpression::value, DateExpression::caption)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("November 12", "2014-11-12", 0));
        assertThat(dates.get(0).span().of(article.captions().get(0))).isEqualTo("November 12");
    }

    @Test
    void readsACaptionsYearlessDatesAndWeekdaysAsThePastWhateverItsTense() {
        // In the text, "arrive" would look ahead to the next Tuesday and "are" to the next March; a photograph was taken already.
        List<DateExpression> dates = finder.findInCaptions(List.of("A caption without a date.",
                "Delegates arrive for the talks on Tuesday.", "Protesters are marching in Homs on March 3."), LocalDate.of(2014, 12, 4));
        assertThat(dates).extracting(d -> d.caption() + ":" + d.text() + "=" + d.value())
                .containsExactly("1:Tuesday=2014-12-02", "2:March 3=2014-03-03");
    }

    @Test
    void readsACaptionsYearlessDatesInTheEarlierYearTheCaptionNamed() {
        // Issue 15: a gallery of ten years of war, published in 2017, dated "in December" and "On May 2" as 2016's.
        List<DateExpression> dates = finder.findInCaptions(List.of(
                "The first election was held on October 9, 2004, and Karzai was sworn in as president in December.",
                "Obama announced the death of bin Laden in 2011. On May 2, Navy SEALs raided his compound.",
                "Troops patrol Kabul on March 3."), LocalDate.of(2017, 3, 28));
        assertThat(dates).extracting(d -> d.caption() + ":" + d.text() + "=" + d.value())
                .containsExactly("0:October 9, 2004=2004-10-09", "0:December=2004-12", "1:2011=2011", "1:May 2=2011-05-02",
                        "2:March 3=2017-03-03");
    }

    @Test
    void resolvesADateWithoutYearToTheYearInWhichItFallsOnTheWeekdayGiven() {
        assertThat(found("The Times said in an editorial on Monday, Oct. 26: the murder", LocalDate.of(1998, 10, 25)))
                .containsExactly("Monday, Oct. 26=1998-10-26");
    }

    @Test
    void resolvesLastAndNextWeekdayToTheOnesBeforeAndAfterThePublicationDay() {
        assertThat(found("They said last Wednesday that talks start next Wednesday.", LocalDate.of(1989, 11, 1)))
                .containsExactly("last Wednesday=1989-10-25", "next Wednesday=1989-11-08");
    }

    @Test
    void resolvesThisSummerToThePublicationYearsEvenBeforeItBegins() {
        assertThat(found("They plan protests this summer.", LocalDate.of(1998, 3, 22))).containsExactly("this summer=1998-SU");
    }

    @Test
    void resolvesThisWinterInJanuaryToTheWinterBegunTheDecemberBefore() {
        assertThat(found("Fuel ran short this winter.", LocalDate.of(1998, 1, 10))).containsExactly("this winter=1997-WI");
    }

    @Test
    void findsDecadesWithoutTheArticle() {
        assertThat(found("In the late 1980s and mid-1990s the violence grew.", LocalDate.of(1998, 2, 13)))
                .containsExactly("1980s=198X", "1990s=199X");
    }

    @Test
    void resolvesAWeekdayDatingASayingFromThePublicationDayNotFromTheStorysLastDate() {
        assertThat(found("Kopp was sought after the killing on Oct. 23. The Buffalo News reported Friday that hair was found.",
                LocalDate.of(1999, 1, 22))).containsExactly("Oct. 23=1998-10-23", "Friday=1999-01-22");
    }

    @Test
    void readsTheTenseOfTheClauseSaidNotOfTheSayingVerbFarFromTheDate() {
        assertThat(found("The company said it would extend its bid to Nov. 6.", LocalDate.of(1989, 10, 30)))
                .containsExactly("Nov. 6=1989-11-06");
    }

    @Test
    void datesTheSayingWithADateBetweenItsVerbAndThatWhateverTheTenseOfWhatWasSaid() {
        // Issue 15: "in September" before "that ... would increase" was read as next September.
        assertThat(found("Turnbull told the Leaders' Summit on Refugees in September that Australia would increase its intake.",
                LocalDate.of(2017, 3, 21))).containsExactly("September=2016-09");
    }

    @Test
    void takesNoTenseFromAFormInEdAfterADeterminer() {
        // Issue 15: "the disputed vote count" made the future clause's "through Monday" last Monday.
        assertThat(found("It will continue to investigate the disputed vote count through Monday.", LocalDate.of(2009, 6, 25)))
                .containsExactly("Monday=2009-06-29");
    }

    @Test
    void readsADayAfterADeadlineByAsStillToCome() {
        assertThat(found("They said they expected the sale to be completed by Dec. 15.", LocalDate.of(1989, 10, 31)))
                .containsExactly("Dec. 15=1989-12-15");
    }

    @Test
    void readsAVerbOfIntentBeforeToAsLookingAhead() {
        assertThat(found("The company plans to redeem the notes on Nov. 16, it announced.", LocalDate.of(1989, 10, 30)))
                .containsExactly("Nov. 16=1989-11-16");
    }

    @Test
    void takesADayAFewWeeksAheadOverOneAlmostAYearBackWhateverTheTense() {
        assertThat(found("The offer was extended to Nov. 20.", LocalDate.of(1989, 11, 2))).containsExactly("Nov. 20=1989-11-20");
    }

    @Test
    void keepsAPastDayTwoMonthsAheadInThePreviousYear() {
        assertThat(found("Fighters crossed the border on Oct. 9 and killed hundreds.", LocalDate.of(2024, 8, 8)))
                .containsExactly("Oct. 9=2023-10-09");
    }

    @Test
    void readsTheEndOfTheYearAsThePublicationYearAndAMonthAfterForAsADate() {
        assertThat(found("Troops leave by the end of the year; the figures for January rose.", LocalDate.of(1998, 2, 6)))
                .containsExactly("the end of the year=1998", "January=1998-01");
    }

    @Test
    void readsByBeforeADayInThePastPerfectAsTheStorysPast() {
        assertThat(found("Thirty-two members had filed reports by Wednesday.", LocalDate.of(1990, 8, 16)))
                .containsExactly("Wednesday=1990-08-15");
    }

    @Test
    void givesSeptemberElevenItsDayAfterWordsThatRecallIt() {
        assertThat(found("a common refrain after Sept. 11; a casualty since September 11; the Sept. 11 mastermind",
                LocalDate.of(2002, 9, 9))).containsExactly("Sept. 11=2001-09-11", "September 11=2001-09-11", "Sept. 11=2001-09-11");
    }

    @Test
    void leavesSeptemberElevenToComeWhenTheSentenceLooksAhead() {
        assertThat(found("The vote will be held after Sept. 11.", LocalDate.of(2002, 9, 9))).containsExactly("Sept. 11=2002-09-11");
    }

    @Test
    void readsAMonthTheOrdinalDayAndYear() {
        assertThat(found("the slogan \"September the 11th 2001: A towering day\"", LocalDate.of(2002, 9, 9)))
                .containsExactly("September the 11th 2001=2001-09-11");
    }

    @Test
    void aWeekdayAfterTheStoryCameBackToTheDaysOfWritingIsNoLongerTheCalendarDatesWeekday() {
        assertThat(found("Prosecutors got a warrant Aug. 30. They arrested him Sunday. On Friday, viewers watched.",
                LocalDate.of(2002, 9, 9))).containsExactly("Aug. 30=2002-08-30", "Sunday=2002-09-08", "Friday=2002-09-06");
    }

    @Test
    void aScheduleJustPastIsThisYearsDayDespiteItsWordsOfTheFuture() {
        assertThat(found("A judge put off questioning of the woman, scheduled for Aug. 13, because the summons came late.",
                LocalDate.of(2002, 9, 9))).containsExactly("Aug. 13=2002-08-13");
    }

    @Test
    void setBeforeADateIsAPastParticipleUnlessItSchedules() {
        assertThat(found("The index closed within 70 points of its record high set Aug. 6. Talks are set for March 3.",
                LocalDate.of(1998, 2, 6))).containsExactly("Aug. 6=1997-08-06", "March 3=1998-03-03");
    }

    @Test
    void theFullStopOfATitleOrAnInitialEndsNoSentenceForItsTense() {
        assertThat(found("Mr. Schwarz, 52 years old, will succeed Daniel P. Davison Feb. 1, soon after his retirement.",
                LocalDate.of(1989, 10, 26))).containsExactly("Feb. 1=1990-02-01");
    }

    @Test
    void readsADecadeWithAnApostropheAfterTheButNotAYearsPossessive() {
        assertThat(found("no project since the 1940's had approached it, as 1990's budget showed", LocalDate.of(2004, 2, 22)))
                .containsExactly("the 1940's=194X", "1990=1990");
    }

    @Test
    void datesAWeekdayByThePastVerbThatGovernsItAcrossAPlace() {
        // Thursday 10 January 2008: the relative clause's "arrived" is the day's tense, not the nearer "is spending".
        assertThat(found("Mr Bush, who arrived in Israel on Wednesday, is spending much of the day in the West Bank.",
                LocalDate.of(2008, 1, 10))).containsExactly("Wednesday=2008-01-09");
    }

    @Test
    void takesAWeekdayThatNamesAnUnplannedEventForOneThatHasPassed() {
        // Tuesday 8 January 2008: "is" puts no schedule on an incident, which no one plans.
        assertThat(found("Sunday's incident is particularly curious.", LocalDate.of(2008, 1, 8))).containsExactly("Sunday=2008-01-06");
    }

    @Test
    void takesAWeekdayWhoseRulingIsNamedForOneThatHasPassed() {
        // TempEval-3 APW20000107.0088, Friday 7 January 2000: "would" looks ahead, but a ruling named as the day's was made.
        assertThat(found("The relatives said they would look for ways to get around Wednesday's ruling.", LocalDate.of(2000, 1, 7)))
                .containsExactly("Wednesday=2000-01-05");
    }

    @Test
    void leavesAWeekdaysRulingStillExpectedToTheTenseAroundIt() {
        assertThat(found("Lawyers will study Wednesday's expected ruling.", LocalDate.of(2000, 1, 7)))
                .containsExactly("Wednesday=2000-01-12");
    }

    @Test
    void datesAnOrdinalDayInTheMonthOfTheLastDayNamedButNotAFloor() {
        assertThat(found("It will notify Congress on January 14. Bush will be in Riyadh on the 15th and flies on the 16th floor.",
                LocalDate.of(2008, 1, 9))).containsExactly("January 14=2008-01-14", "the 15th=2008-01-15");
    }

    @Test
    void valuesAWeekendAsTheIsoWeekOfTheOneTheTensePointsTo() {
        // Tuesday 8 January 2008: the weekend before is 5-6 January (2008-W01), the next one 12-13 January (2008-W02).
        assertThat(found("Iran was warned after a tense weekend standoff. Talks will resume this weekend.", LocalDate.of(2008, 1, 8)))
                .containsExactly("weekend=2008-W01", "this weekend=2008-W02");
    }

    @Test
    void readsAWeekdayAfterThePassiveInfinitiveAsTheComingOne() {
        // Sunday 9 April 2017: "announced" is the saying's time; "to be held" puts the silence ahead.
        assertThat(found("Lofven announced a national minute of silence to be held in honour of the victims on Monday at noon.",
                LocalDate.of(2017, 4, 9))).containsExactly("Monday=2017-04-10");
    }

    @Test
    void readsAWeekdayOfTalksTheStoryIsAheadOfAsTheComingOne() {
        // Tuesday 21 March 2017.
        assertThat(found("He said the attack strengthened the hand of the opposition ahead of new peace talks in Geneva on Thursday.",
                LocalDate.of(2017, 3, 21))).containsExactly("Thursday=2017-03-23");
    }

    @Test
    void readsAMonthBeforeAPresentVerbByTheCalendarNotAsAComingOne() {
        // 29 March 2013: "is being criticized" speaks of now, not of a December still to come.
        assertThat(found("A relief program announced by the U.N. in December is being criticized.", LocalDate.of(2013, 3, 29)))
                .containsExactly("December=2012-12");
    }

    @Test
    void readsTodaysBeforeANounAsADateEvenAfterOf() {
        // "of today" alone is the noun ("the world of today"); the possessive dates the attack.
        assertThat(found("My thoughts are with the victims of today's terrible attack.", LocalDate.of(2017, 4, 7)))
                .containsExactly("today=2017-04-07");
    }

    @Test
    void readsAWeekdayAfterAReportedWouldAsTheComingOne() {
        // Friday 7 April 2017: what officials announced would happen Saturday is still to come.
        assertThat(found("Officials announced flags at government offices would fly at half-mast Saturday to honor the victims.",
                LocalDate.of(2017, 4, 7))).containsExactly("Saturday=2017-04-08");
    }

    @Test
    void leavesDaysCountedFromAStoryMonthUnvaluedRatherThanCountingFromAnOlderDay() {
        // Issue 15: "two weeks later" after "in March last year" counted from the "Tuesday" named before it.
        assertThat(found("Officials spoke on Tuesday. In March last year guards seized 15 sailors and released them two weeks later.",
                LocalDate.of(2008, 1, 8))).containsExactly("Tuesday=2008-01-08", "March last year=2007-03", "two weeks later=null");
    }

    @Test
    void readsADayOfTheMonthAfterANamedMonthInThatMonth() {
        assertThat(found("Officials spoke on Tuesday. The talks open in March, and the ministers arrive on the 15th.", LocalDate.of(2008, 1, 8)))
                .containsExactly("Tuesday=2008-01-08", "March=2008-03", "the 15th=2008-03-15");
    }

    @Test
    void readsEasterSundayInAPastClauseAsTheLastOneUpToPublication() {
        // Issue 15: "Last year, on Easter Sunday, ... killed" on Palm Sunday 2017 became the publication day.
        assertThat(found("Last year, on Easter Sunday, a terrorist attack in Lahore killed 72 people.", LocalDate.of(2017, 4, 9)))
                .containsExactly("Last year=2016", "Easter Sunday=2016-03-27");
    }

    @Test
    void readsGoodFridayWithItsYearAsThatYearsDay() {
        assertThat(found("The agreement was signed on Good Friday 1998.", SEED_DAY)).containsExactly("Good Friday 1998=1998-04-10");
    }

    @Test
    void readsThanksgivingInAPastClauseAsTheFourthThursdayOfTheLastNovember() {
        // Issue 15: "plucked from the Atlantic on Thanksgiving Day" was no date.
        assertThat(found("He was plucked from the Atlantic on Thanksgiving Day and brought ashore.", LocalDate.of(2000, 1, 6)))
                .containsExactly("Thanksgiving Day=1999-11-25");
    }

    @Test
    void readsNoDayInAThanksgivingDinner() {
        assertThat(found("The family shared a Thanksgiving dinner.", LocalDate.of(2000, 1, 6))).isEmpty();
    }

    @Test
    void readsPalmSundayAsTheSundayBeforeEaster() {
        assertThat(found("Bombs struck two churches on Palm Sunday.", LocalDate.of(2017, 4, 10))).containsExactly("Palm Sunday=2017-04-09");
    }

    @Test
    void readsANamedQuarterWithoutItsYearAsTheLatestBegunInAPastClause() {
        // Issue 17: quarters were no dates ("Citadel posted a third-quarter net loss", written in November).
        assertThat(found("Citadel posted a third-quarter net loss of $2.3 million.", LocalDate.of(1989, 11, 2)))
                .containsExactly("third-quarter=1989-Q3");
    }

    @Test
    void readsAQuarterAheadInAFutureClauseAsNextYears() {
        assertThat(found("The plant will reopen in the first quarter.", LocalDate.of(1989, 11, 2)))
                .containsExactly("the first quarter=1990-Q1");
    }

    @Test
    void readsTheQuarterWithItsYearAsWritten() {
        assertThat(found("Exports fell in the first quarter of 2015 and in the 1988 second quarter.", LocalDate.of(2016, 5, 2)))
                .containsExactly("the first quarter of 2015=2015-Q1", "the 1988 second quarter=1988-Q2");
    }

    @Test
    void countsTheQuarterAndTheYearAgoQuarterFromTheLastQuarterNamed() {
        assertThat(found("Net income rose in the third quarter. It earned $5 million in the quarter, against $4 million in the year-ago quarter.",
                LocalDate.of(1989, 11, 2))).containsExactly("the third quarter=1989-Q3", "the quarter=1989-Q3", "the year-ago quarter=1988-Q3");
    }

    @Test
    void readsAYearEarlierAfterAQuarterAsThatQuarterAYearBack() {
        assertThat(found("Net income rose in the third quarter. A year earlier, it lost money.", LocalDate.of(1989, 11, 2)))
                .containsExactly("the third quarter=1989-Q3", "A year earlier=1988-Q3");
    }

    @Test
    void readsAYearAgoAfterAQuarterAsThatQuarterAYearBack() {
        assertThat(found("Third-quarter profit grew 19% from a year ago.", LocalDate.of(1989, 10, 26)))
                .containsExactly("Third-quarter=1989-Q3", "a year ago=1988-Q3");
    }

    @Test
    void countsAYearAgoFromTheLatestQuarterAfterAQuarterAhead() {
        // TempEval-3 wsj_0144: a fourth-quarter charge still to come is not the quarter "the latest quarter" compares.
        assertThat(found("It expects a fourth-quarter charge. Earnings fell 59% in the latest quarter, compared with $6.1 million a year ago.",
                LocalDate.of(1989, 11, 2)))
                .containsExactly("fourth-quarter=1989-Q4", "the latest quarter=1989-Q3", "a year ago=1988-Q3");
    }

    @Test
    void readsAYearAgoWithoutAQuarterAsTheMonthAYearBack() {
        assertThat(found("The company had seven plants a year ago.", LocalDate.of(1989, 11, 1)))
                .containsExactly("a year ago=1988-11");
    }

    @Test
    void readsTheYearAgoPeriodAsTheQuarterAYearBackOrElseTheYearBefore() {
        assertThat(found("Profit rose in the third quarter from the year-ago period.", LocalDate.of(1989, 10, 26)))
                .containsExactly("the third quarter=1989-Q3", "the year-ago period=1988-Q3");
        assertThat(found("It lost $5 million, compared with year-earlier net income of $1 million.", LocalDate.of(1989, 11, 2)))
                .containsExactly("year-earlier=1988");
    }

    @Test
    void countsEachYearEarlierFromTheStorysQuarterNotFromTheLastComparison() {
        assertThat(found("Net rose in the third quarter, up from $100 million a year earlier. Sales rose from $2 billion a year earlier.",
                LocalDate.of(1989, 10, 26)))
                .containsExactly("the third quarter=1989-Q3", "a year earlier=1988-Q3", "a year earlier=1988-Q3");
    }

    @Test
    void readsTheDayAChangeTakesEffectAsTheNextOne() {
        assertThat(found("The bank also created an office of the chairman, effective Feb. 1.", LocalDate.of(1989, 10, 26)))
                .containsExactly("Feb. 1=1990-02-01");
    }

    @Test
    void takesAnUnWordInEdForAnAdjectiveWithoutTense() {
        assertThat(found("The dividend would be paid on a still unspecified date to holders of record Dec. 21.", LocalDate.of(1989, 10, 26)))
                .containsExactly("Dec. 21=1989-12-21");
    }

    @Test
    void keepsAVerbOfUndoingInEdForAPastVerb() {
        assertThat(found("The company unveiled the plan on Dec. 21.", LocalDate.of(1989, 10, 26)))
                .containsExactly("Dec. 21=1988-12-21");
    }

    @Test
    void takesTheQuarterOfATownForNoDate() {
        assertThat(found("Shells fell on the Christian quarter. Residents of the quarter fled in the last quarter of the night.",
                LocalDate.of(2014, 5, 2))).isEmpty();
    }

    @Test
    void readsLastQuarterAsTheOneBeforeThePublicationDays() {
        assertThat(found("Sales fell last quarter and will rise this quarter.", LocalDate.of(2014, 5, 2)))
                .containsExactly("last quarter=2014-Q1", "this quarter=2014-Q2");
    }

    @Test
    void readsAFiscalYearAsTheCalendarYearItIsNamedBy() {
        assertThat(found("Sales will rise in the current fiscal year, after a loss in fiscal 1988.", LocalDate.of(1989, 11, 2)))
                .containsExactly("the current fiscal year=1989", "fiscal 1988=1988");
    }

    @Test
    void readsAYearWrittenAsItIsSaidAsThatYear() {
        // Broadcast transcripts write years as words ("Atlanta, nineteen ninety-six. A bomb blast shocks the Olympic games").
        assertThat(found("Atlanta, nineteen ninety-six. January nineteen ninety-seven, Atlanta again. A promise for the year two thousand.",
                LocalDate.of(1998, 2, 27))).containsExactly("nineteen ninety-six=1996", "January nineteen ninety-seven=1997-01",
                "the year two thousand=2000");
    }

    @Test
    void takesACenturyWordBeforeACountOfPeopleForNoYear() {
        assertThat(found("Nineteen twenty-year-olds and twenty-one others enlisted.", LocalDate.of(1998, 2, 27))).isEmpty();
    }

    @Test
    void readsTheQuarterAYearAgoAsTheStorysQuarterAYearBack() {
        assertThat(found("It lost money in the third quarter. For the quarter a year ago, it reported earnings.", LocalDate.of(1989, 10, 26)))
                .containsExactly("the third quarter=1989-Q3", "the quarter a year ago=1988-Q3");
    }
    @Test
    void readsChristmasNamedAloneInAPastClauseAsTheLastTwentyFifthOfDecember() {
        assertThat(found("He flew home for Christmas and was arrested.", LocalDate.of(2008, 1, 16)))
                .containsExactly("Christmas=2007-12-25");
    }

    @Test
    void readsLastChristmasAsTheOneBeforeThePublicationDay() {
        assertThat(found("The family has not seen him since last Christmas.", LocalDate.of(2008, 1, 16)))
                .containsExactly("last Christmas=2007-12-25");
    }

    @Test
    void readsEasterWithItsYearAsThatYearsEasterSunday() {
        assertThat(found("The church was bombed at Easter 2017, officials said.", LocalDate.of(2019, 5, 1)))
                .containsExactly("Easter 2017=2017-04-16");
    }

    @Test
    void readsNoDayInAFeastThatNamesAThingOrAPlace() {
        assertThat(found("A truck hit the Christmas market near the Easter Island office. Merry Christmas, he wrote.",
                LocalDate.of(2016, 12, 20))).isEmpty();
    }

    @Test
    void readsTheNightBeforeAsTheDayBeforeTheStorysLastDay() {
        assertThat(found("He was arrested on March 3. The night before, he had fled.", LocalDate.of(2016, 3, 10)))
                .containsExactly("March 3=2016-03-03", "The night before=2016-03-02");
    }

    @Test
    void readsTheFollowingWeekAsTheWeekAfterTheStorysLastDay() {
        assertThat(found("He was arrested on March 3. The following week he was charged.", LocalDate.of(2016, 3, 20)))
                .containsExactly("March 3=2016-03-03", "The following week=2016-W10");
    }
    @Test
    void readsADecadeWrittenWithoutItsCenturyAsTheLatestOneNotAfterThePublication() {
        assertThat(found("Since the '90s, and in the mid-80s, as in the nineties, prices rose.", LocalDate.of(2016, 9, 20)))
                .containsExactly("the '90s=199X", "the mid-80s=198X", "the nineties=199X");
    }

    @Test
    void readsNoDecadeInAnAgeWrittenInTens() {
        assertThat(found("Both men were in their 80s.", LocalDate.of(2016, 9, 20))).isEmpty();
    }

    @Test
    void readsTheStartOfTheYearAsThePublicationYear() {
        assertThat(found("Prices have doubled since the start of the year.", LocalDate.of(2016, 9, 20)))
                .containsExactly("the start of the year=2016");
    }
    @Test
    void readsAWeekdayWhosePossessiveLostItsApostropheAsThePastDay() {
        // Thursday 30 May 2013: "Thursdays verdict" is the verdict of that Thursday, already given.
        assertThat(found("Thursdays verdict may help to restore faith in the court.", LocalDate.of(2013, 5, 30)))
                .containsExactly("Thursdays=2013-05-30");
    }

    @Test
    void findsNoDateInAPluralWeekday() {
        assertThat(found("The market opens on Thursdays and Fridays.", LocalDate.of(2013, 5, 30))).isEmpty();
    }

    @Test
    void leavesTheDayAfterAnEventNamedByNameUnvalued() {
        // The day after Pearl Harbor is not the day after the story's last date (14 September 2001 here).
        assertThat(found("The attacks came on Sept. 11. As Churchill commented the day after Pearl Harbor, dictators misjudge.",
                LocalDate.of(2001, 9, 14))).containsExactly("Sept. 11=2001-09-11", "the day after=null");
    }

    @Test
    void keepsCountingTheDayAfterFromTheStoryWhenAClauseFollows() {
        assertThat(found("Obama won on Nov. 6. The day after Obama won, markets fell.", LocalDate.of(2012, 11, 9)))
                .containsExactly("Nov. 6=2012-11-06", "The day after=2012-11-07");
    }
}
