package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionTest {
    @Test
    void withTypeKeepsTheWordsAndPlaceAndChangesOnlyTheType() {
        Mention tagged = new Mention(new Span(4, 10), "Debden", EntityType.PERSON);

        assertThat(tagged.withType(EntityType.LOCATION)).isEqualTo(new Mention(new Span(4, 10), "Debden", EntityType.LOCATION));
    }
}
