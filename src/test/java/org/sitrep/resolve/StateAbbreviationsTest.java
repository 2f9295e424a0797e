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
        List<LinkedMention> linked = StateAbbreviations.expanded("", List.of(tagged(0, "New Jersey", EntityType.LOCATION),
                tagged(20, "N.J.", EntityType.LOCATION), tagged(40, "N.J", EntityType.LOCATION)));
        assertThat(linked).extracting(m -> m.entity().name()).containsExactly("New Jersey", "New Jersey", "New Jersey");
        assertThat(linked.get(1).entity()).isEqualTo(linked.get(0).entity());
    }

    @Test
    void linksTheFederalDistrictAfterWashingtonToTheCity() {
        // Field dev (New York magazine): "in Washington, D.C., the IFC" gave a place "D.C." beside Washington.
        List<LinkedMention> linked = StateAbbreviations.expanded("", List.of(tagged(0, "Washington", EntityType.LOCATION),
                tagged(12, "D.C.", EntityType.LOCATION)));
        assertThat(linked.get(1).entity()).isEqualTo(linked.get(0).entity());
    }

    @Test
    void leavesAnAbbreviationTheTaggerDidNotTakeForAPlaceAlone() {
        List<LinkedMention> linked = StateAbbreviations.expanded("Miss. and Pa. here", List.of(tagged(0, "Miss.", EntityType.PERSON), tagged(10, "Pa", EntityType.LOCATION)));
        assertThat(linked).extracting(m -> m.entity().name()).containsExactly("Miss.", "Pa");
    }

    @Test
    void givesAStateAfterATownItsPeriodTheSentencesEndTook() {
        // Field dev: "in Richmond, Va. He is" gave a place "Va", no form of Virginia.
        String text = "the panel in Richmond, Va. He is";
        List<LinkedMention> linked = StateAbbreviations.expanded(text, List.of(tagged(text.indexOf("Va"), "Va", EntityType.LOCATION)));
        assertThat(linked).extracting(m -> m.mention().text() + " " + m.entity().name()).containsExactly("Va. Virginia");
    }

    @Test
    void leavesAWordLikeAStatesAbbreviationAloneWithoutATownBeforeIt() {
        String text = "a Palm Sunday Mass. The pope";
        List<LinkedMention> linked = StateAbbreviations.expanded(text, List.of(tagged(text.indexOf("Mass"), "Mass", EntityType.LOCATION)));
        assertThat(linked).extracting(m -> m.mention().text() + " " + m.entity().name()).containsExactly("Mass Mass");
    }
}
