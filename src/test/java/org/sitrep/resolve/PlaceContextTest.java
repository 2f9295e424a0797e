package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.resolve.TaggedMentions.tagged;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;

class PlaceContextTest {
    private static final Predicate<String> SETTLED = Set.of("Khan Younis", "Romney")::contains;

    @Test
    void typesAsAPlaceAFullNameOfNoOneThatTheGazetteerSettles() {
        String text = "Strikes hit Khan Younis overnight.";
        List<LinkedMention> out = PlaceContext.apply(text, SETTLED, tagged(text, "Khan Younis", EntityType.PERSON));
        assertThat(out).extracting(l -> l.entity().type()).containsExactly(EntityType.LOCATION);
    }

    @Test
    void keepsAPersonWhoseOneWordNameIsATownsToo() {
        String text = "Romney spoke to donors.";
        List<LinkedMention> out = PlaceContext.apply(text, SETTLED, tagged(text, "Romney", EntityType.PERSON));
        assertThat(out).extracting(l -> l.entity().type()).containsExactly(EntityType.PERSON);
    }

    @Test
    void keepsASettledFullNameThatSpeaks() {
        String text = "Khan Younis said the strikes went on.";
        List<LinkedMention> out = PlaceContext.apply(text, SETTLED, tagged(text, "Khan Younis", EntityType.PERSON));
        assertThat(out).extracting(l -> l.entity().type()).containsExactly(EntityType.PERSON);
    }
}
