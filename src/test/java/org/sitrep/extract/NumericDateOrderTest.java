package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.PublishedDate.Candidate;
import org.sitrep.extract.PublishedDate.Found;
import org.sitrep.extract.PublishedDate.Source;

class NumericDateOrderTest {
    private static LocalDate reread(String language, String body, String date, LocalDate read, String... lead) {
        Found found = new Found(read, null, new Candidate(Source.BYLINE, date));
        return NumericDateOrder.reread(Jsoup.parse("<html><body>" + body + "</body></html>"), language, List.of(lead), found).day();
    }

    @Test
    void readsTheDayFirstWhenTheWeekdayBesideTheDateSaysSo() {
        // A British tech site: "By David Richards | Monday | 07/01/2008"; 7 January 2008 was a Monday, 1 July a Tuesday.
        assertThat(reread(null, "<span>By David Richards | Monday | 07/01/2008</span>", "07/01/2008", LocalDate.of(2008, 7, 1)))
                .isEqualTo(LocalDate.of(2008, 1, 7));
    }

    @Test
    void readsTheOrderOfThePagesOtherNumericDates() {
        assertThat(reread("en", "<p>10/01/2008</p><ul><li>22/12/2007 Older story</li><li>28/12/2007 Another</li></ul>",
                "10/01/2008", LocalDate.of(2008, 10, 1))).isEqualTo(LocalDate.of(2008, 1, 10));
    }

    @Test
    void readsAUsDottedDateMonthFirstWhenThePagesOtherDatesAreOfItsWeeks() {
        // A US paper: "Published: 01.09.2008" beside stories of "January 15, 2008", not 1 September.
        assertThat(reread(null, "<div>Published: 01.09.2008</div><p>Posted January 15, 2008</p>", "01.09.2008",
                LocalDate.of(2008, 9, 1))).isEqualTo(LocalDate.of(2008, 1, 9));
    }

    @Test
    void keepsTheDefaultOrderWhenThePageTellsNothing() {
        assertThat(reread(null, "<p>11/01/2008 - 2:35:41 PM</p>", "11/01/2008", LocalDate.of(2008, 11, 1)))
                .isEqualTo(LocalDate.of(2008, 11, 1));
    }

    @Test
    void readsTheDayFirstOnAPageOfACountryThatWritesItSoWhenThePageTellsNothingElse() {
        // An Irish paper's "11/01/2008" (unseen L3S-GN1 page, breakingnews.iol.ie) is 11 January, not 1 November.
        Found found = new Found(LocalDate.of(2008, 11, 1), null, new Candidate(Source.TEXT_STAMP, "11/01/2008"));
        var doc = Jsoup.parse("<html><body><p>11/01/2008 - 2:35:41 PM</p></body></html>", "http://breakingnews.iol.ie/sport/story.asp");
        assertThat(NumericDateOrder.reread(doc, null, List.of(), found).day()).isEqualTo(LocalDate.of(2008, 1, 11));
    }

    @Test
    void readsTheDayFirstOnAPageDeclaredInBritishEnglish() {
        assertThat(reread("en-gb", "<p>11/01/2008 - 2:35:41 PM</p>", "11/01/2008", LocalDate.of(2008, 11, 1)))
                .isEqualTo(LocalDate.of(2008, 1, 11));
    }

    @Test
    void keepsTheMonthFirstOnAPageDeclaredInAmericanEnglishWhateverItsDomain() {
        Found found = new Found(LocalDate.of(2008, 11, 1), null, new Candidate(Source.TEXT_STAMP, "11/01/2008"));
        var doc = Jsoup.parse("<html><body><p>11/01/2008 - 2:35:41 PM</p></body></html>", "http://news.example.co.uk/story");
        assertThat(NumericDateOrder.reread(doc, "en-us", List.of(), found).day()).isEqualTo(LocalDate.of(2008, 11, 1));
    }

    @Test
    void keepsTheDayFirstOfAPageInAnotherLanguage() {
        // German writes the day first whatever the page's other dates are near.
        assertThat(reread("de-de", "<p>03.02.2022 15:34</p><p>bis 27. Februar 2022, am 02.04.2022</p>", "03.02.2022",
                LocalDate.of(2022, 2, 3), "Am Monday")).isEqualTo(LocalDate.of(2022, 2, 3));
    }

    @Test
    void readsASlashedDateThePageShowsDayFirstOnAPageInAnotherLanguage() {
        assertThat(reread("fr", "<p>Publié le 02/11/2023 à 10h12</p>", "02/11/2023", LocalDate.of(2023, 2, 11)))
                .isEqualTo(LocalDate.of(2023, 11, 2));
    }

    @Test
    void keepsTheOrderOfAMetaDataStampOnAPageInAnotherLanguage() {
        Found found = new Found(LocalDate.of(2023, 11, 1), null, new Candidate(Source.META, "11/01/2023 12:43:42"));
        var doc = Jsoup.parse("<html><body><p>Trinkwasser belastet</p></body></html>");
        assertThat(NumericDateOrder.reread(doc, "de", List.of(), found).day()).isEqualTo(LocalDate.of(2023, 11, 1));
    }

    @Test
    void leavesADateThatReadsOneWay() {
        assertThat(reread(null, "<p>Monday 14/01/2008</p>", "14/01/2008", LocalDate.of(2008, 1, 14))).isEqualTo(LocalDate.of(2008, 1, 14));
    }
}
