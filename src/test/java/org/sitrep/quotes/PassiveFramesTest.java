package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Quote;

/** Statements read from a passive cue and its agent. */
class PassiveFramesTest {
    private static final String LEAD = "The talks in Geneva ended on Friday without a deal.\n\n";

    @Test
    void theAgentOfAPassiveVerbOfStanceHoldsTheViewAfterAs() {
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD + "He replaced a larger cabinet criticised by diplomats as bloated.");
        assertThat(quotes).filteredOn(q -> q.text().equals("bloated")).singleElement()
                .satisfies(q -> assertThat(q.speaker().text()).isEqualTo("diplomats"));
    }

    @Test
    void theAgentOfAPassiveVerbOfBeliefHoldsTheToClause() {
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD
                + "The worm is widely believed by security researchers to have been built by two governments.");
        assertThat(quotes).filteredOn(q -> q.text().startsWith("to have been built")).singleElement()
                .satisfies(q -> assertThat(q.speaker().text()).isEqualTo("security researchers"));
    }

    @Test
    void aPassiveDeedWithItsAgentIsNoStatement() {
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD + "The convoy was attacked by gunmen as it crossed the border.");
        assertThat(quotes).noneMatch(q -> q.text().contains("crossed the border"));
    }
}
