package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

/** AP state abbreviations as places (issue 15: "N.J." and "New Jersey" were two entities of one article). */
class StateAbbreviationsTest {
    private static LinkedMention tagged(int at, String name, EntityType type) {
        return new LinkedMention(new Mention(new Span(at, at + name.length()), name, type), new Entity(EntityKeys.id(type, name), name, type, null));
    }

    @Test
    void linksAnAbbreviatedStateToTheStateTheArticleNames() {
        List<LinkedMention> linked = StateAbbreviations.expanded(List.of(tagged(0, "New Jersey", EntityType.LOCATION),
                tagged(20, "N.J.", EntityType.LOCATION), tagged(40, "N.J", EntityType.LOCATION)));
        assertThat(linked).extracting(m -> m.entity().name()).containsExactly("New Jersey", "New Jersey", "New Jersey");
        assertThat(linked.get(1).entity()).isEqualTo(linked.get(0).entity());
    }

    @Test
    void leavesAnAbbreviationTheTaggerDidNotTakeForAPlaceAlone() {
        List<LinkedMention> linked = StateAbbreviations.expanded(List.of(tagged(0, "Miss.", EntityType.PERSON), tagged(10, "Pa", EntityType.LOCATION)));
        assertThat(linked).extracting(m -> m.entity().name()).containsExactly("Miss.", "Pa");
    }
}
