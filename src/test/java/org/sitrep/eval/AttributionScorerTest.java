package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Span;

/** Scoring predicted statements against gold attributions, and the lines it gives for studying errors. */
class AttributionScorerTest {
    private static final String TEXT = "The army had withdrawn, officials said. Rebels condemned the attack.";

    @Test
    void listsAReportedStatementThatMatchesNoGoldAttribution() {
        AttributionScorer scorer = new AttributionScorer();
        GoldAttribution gold = new GoldAttribution(new Span(0, 22), "The army had withdrawn", new Span(24, 33), "officials", false);
        Predicted said = new Predicted(new Span(0, 22), new Span(24, 33), "officials", false, null);
        Predicted deed = new Predicted(new Span(57, 67), new Span(40, 46), "Rebels", false, null);

        scorer.add(List.of(gold), List.of(said, deed), TEXT);

        assertThat(scorer.falseReported()).singleElement().asString().startsWith("none\tgiven: Rebels\tthe attack\tin: ");
    }

    @Test
    void listsAGoldReportedStatementThatNoPredictionMatches() {
        AttributionScorer scorer = new AttributionScorer();
        GoldAttribution said = new GoldAttribution(new Span(0, 22), "The army had withdrawn", new Span(24, 33), "officials", false);
        GoldAttribution condemned = new GoldAttribution(new Span(57, 67), "the attack", new Span(40, 46), "Rebels", false);
        Predicted found = new Predicted(new Span(0, 22), new Span(24, 33), "officials", false, null);

        scorer.add(List.of(said, condemned), List.of(found), TEXT);

        assertThat(scorer.missedReported()).singleElement().asString().startsWith("said by: Rebels\tthe attack\tin: ");
    }
}
