package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

class PlaceLocatorTest {
    private static Mention mention(String text, String name, EntityType type) {
        int at = text.indexOf(name);
        return new Mention(new Span(at, at + name.length()), name, type);
    }

    @Test
    void aTaggedPlaceTheEntityStageLeftOutAsTheModifierOfALowerCaseNounIsStillAPlaceName() {
        // issue 16: LGL's "according to the Gainesville police", dropped as "U.S. officials" are
        String text = "Gainesville police said two women were hurt.";
        Mention gainesville = mention(text, "Gainesville", EntityType.LOCATION);
        assertThat(PlaceLocator.modifyingPlaces(text, List.of(gainesville), List.of())).containsExactly(gainesville);
    }

    @Test
    void aTaggedPlaceThatIsPartOfAResolvedMentionIsNotTakenBack() {
        String text = "Newark Police Department officers said.";
        Mention newark = mention(text, "Newark", EntityType.LOCATION);
        Mention body = mention(text, "Newark Police Department", EntityType.ORGANIZATION);
        assertThat(PlaceLocator.modifyingPlaces(text, List.of(newark), List.of(body))).isEmpty();
    }

    @Test
    void aTaggedPlaceTheEntityStageLeftOutBeforeACapitalisedWordIsNotTakenBack() {
        String text = "Newark Police Detective Robert Huffman said.";
        Mention newark = mention(text, "Newark", EntityType.LOCATION);
        assertThat(PlaceLocator.modifyingPlaces(text, List.of(newark), List.of())).isEmpty();
    }
}
