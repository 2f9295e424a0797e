package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

class ThingNamesTest {
    private static Mention tagged(String text, String name, EntityType type) {
        int at = text.indexOf(name);
        return new Mention(new Span(at, at + name.length()), name, type);
    }

    @Test
    void takesThePlaceAWarIsNamedForIntoTheWarsName() {
        String text = "He fought in the Gulf War as a young man.";
        List<Mention> out = ThingNames.added(text, List.of(tagged(text, "Gulf", EntityType.LOCATION)));
        assertThat(out).extracting(Mention::text, Mention::type).containsExactly(org.assertj.core.groups.Tuple.tuple("Gulf War", EntityType.MISC));
    }

    @Test
    void leavesAThingNameThatGoesOnPastAJoiningWord() {
        String text = "The United Nations Convention on the Law of the Sea was signed.";
        List<Mention> in = List.of(tagged(text, "United Nations", EntityType.ORGANIZATION));
        assertThat(ThingNames.added(text, in)).isEqualTo(in);
    }

    @Test
    void takesTheThingNameAfterAPossessiveAndLeavesTheOwner() {
        String text = "It was Britain's Falklands War in the end.";
        List<Mention> out = ThingNames.added(text, List.of(tagged(text, "Britain", EntityType.LOCATION),
                tagged(text, "Falklands", EntityType.LOCATION)));
        assertThat(out).extracting(Mention::text).containsExactly("Britain", "Falklands War");
    }
}
