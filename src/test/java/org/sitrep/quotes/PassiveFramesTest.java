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

    @Test
    void theSubjectOfAPassiveClaimIsWhatItsAgentClaimed() {
        // field wn-rouhani-gulf-forces: "The attack was claimed by the Houthi movement in Yemen"
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD + "The attack was claimed by the Houthi movement in Yemen, but "
                + "both Saudi Arabia and the United States have alleged Iranian involvement.");
        assertThat(quotes).filteredOn(q -> q.text().equals("The attack")).singleElement()
                .satisfies(q -> assertThat(q.speaker().text()).contains("Houthi movement"));
        assertThat(quotes).noneMatch(q -> q.text().startsWith("by the Houthi"));
    }

    @Test
    void aPassiveSubjectHoldingAClauseIsNotReadAsWhatTheAgentSaid() {
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD + "The claims made by the minister where he alleged that the "
                + "couple was held in the city were denied by the rebels on Saturday.");
        assertThat(quotes).noneMatch(q -> q.text().startsWith("The claims made"));
    }

    @Test
    void aPronounSubjectOfAPassiveDenialIsNoStatement() {
        List<Quote> quotes = StanceFramesTest.quotesOf(LEAD + "They were denied by the court on Monday.");
        assertThat(quotes).noneMatch(q -> q.text().equals("They"));
    }
}
