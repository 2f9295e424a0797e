package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

/** Names run on into a place's possessive that lost its apostrophe (issue 15: "Islamic Front Syrias" of the demo corpus). */
class LostApostrophesTest {
    private static final Function<String, Optional<Actor>> PLACES = name -> List.of("Syria", "Aleppo", "Americas").contains(name)
            ? Optional.of(new Actor(name, EntityType.LOCATION, "place", List.of(), null, null)) : Optional.empty();

    private static Mention mention(String text, String name, EntityType type) {
        int b = text.indexOf(name);
        return new Mention(new Span(b, b + name.length()), name, type);
    }

    private static List<String> mended(String text, Mention m) {
        return LostApostrophes.mended(text, List.of(m), PLACES).stream().map(x -> x.text() + "/" + x.type()).toList();
    }

    @Test
    void cutsAKnownPlacesPossessiveOffTheNameBeforeIt() {
        String text = "a major component of the Islamic Front Syrias largest rebel coalition";
        assertThat(mended(text, mention(text, "Islamic Front Syrias", EntityType.ORGANIZATION)))
                .containsExactly("Islamic Front/ORGANIZATION", "Syria/LOCATION");
    }

    @Test
    void keepsANameWhoseLastWordIsAKnownNameOrIsFollowedByACapital() {
        String text = "flights to the North Americas region. Shelling hit Aleppo Syrias On Monday.";
        assertThat(mended(text, mention(text, "North Americas", EntityType.LOCATION))).containsExactly("North Americas/LOCATION");
        assertThat(mended(text, mention(text, "Aleppo Syrias", EntityType.LOCATION))).containsExactly("Aleppo Syrias/LOCATION");
    }
}
