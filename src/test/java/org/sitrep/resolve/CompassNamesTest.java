package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.resolve.TaggedMentions.tagged;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;

class CompassNamesTest {
    @Test
    void joinsARegionNamedWithTheCompassAsNounAndAsAdjective() {
        String text = "Gas in the Eastern Mediterranean is disputed; the East Mediterranean forum met. The Eastern Mediterranean waits.";
        List<LinkedMention> out = CompassNames.joined(tagged(text, "Eastern Mediterranean", EntityType.LOCATION,
                "East Mediterranean", EntityType.LOCATION, "Eastern Mediterranean", EntityType.LOCATION));
        assertThat(out).extracting(l -> l.entity().name()).containsOnly("Eastern Mediterranean");
    }

    @Test
    void keepsRegionsOfOtherPointsApart() {
        String text = "From North Africa to Eastern Africa.";
        List<LinkedMention> out = CompassNames.joined(tagged(text, "North Africa", EntityType.LOCATION, "Eastern Africa", EntityType.LOCATION));
        assertThat(out).extracting(l -> l.entity().name()).containsExactly("North Africa", "Eastern Africa");
    }
}
