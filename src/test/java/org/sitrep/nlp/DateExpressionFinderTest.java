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
    void resolvesMonthDaysToTheYearOfPublication() {
        assertThat(found("an air strike in Aleppo on November 12.", SEED_DAY)).containsExactly("November 12=2014-11-12");
    }

    @Test
    void resolvesAMonthDayAfterNewYearToTheNextYearWhenCloser() {
        assertThat(found("talks on January 5", LocalDate.of(2014, 12, 20))).containsExactly("January 5=2015-01-05");
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
}
