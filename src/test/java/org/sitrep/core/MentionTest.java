package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionTest {
    @Test
    void withTypeKeepsTheWordsAndPlaceAndChangesOnlyTheType() {
        Mention tagged = new Mention(new Span(4, 10), "Debden", EntityType.PERSON);

        assertThat(tagged.withType(EntityType.LOCATION)).isEqualTo(new Mention(new Span(4, 10), "Debden", EntityType.LOCATION));
    }

    @Test
    void atTakesTheWordsTheSpanCoversInTheArticle() {
        Mention m = Mention.at("Troops left Debden at dawn.", new Span(12, 18), EntityType.LOCATION);

        assertThat(m).isEqualTo(new Mention(new Span(12, 18), "Debden", EntityType.LOCATION));
    }
}
