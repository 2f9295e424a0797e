package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class WeekdayAgreedDateTest {
    private static PublishedDate.Found of(String body, String... paragraphs) {
        return WeekdayAgreedDate.of(Jsoup.parse("<html><body>" + body + "</body></html>"), List.of(paragraphs));
    }

    @Test
    void readsADashedDateLineTheWayTheLeadsWeekdayAgrees() {
        // An AFP story on a Turkish site: "01-08-2008" over "Washington on Tuesday warned Iran", 8 January a Tuesday.
        assertThat(of("<h1>US-Iran tension</h1><div>01-08-2008<br></div>", "Washington on Tuesday warned Iran.").day())
                .isEqualTo(LocalDate.of(2008, 1, 8));
    }

    @Test
    void takesTheDayAfterTheWeekdayNamedToo() {
        // 1 August 2008 was a Friday: a story of Thursday's events runs on Friday.
        assertThat(of("<div>01-08-2008</div>", "Rebels attacked the town on Thursday.").day()).isEqualTo(LocalDate.of(2008, 8, 1));
    }

    @Test
    void givesNoDayWhenTheWeekdaysAgreeWithBothReadingsOrNeither() {
        assertThat(of("<div>01-08-2008</div>", "Talks went on.").day()).isNull();
        assertThat(of("<div>01-08-2008</div>", "On Tuesday and on Friday they met.").day()).isNull();
    }

    @Test
    void leavesADateThatReadsOneWayToTheOtherReaders() {
        assertThat(of("<div>17-01-2008</div>", "On Thursday they met.").day()).isNull();
    }
}
