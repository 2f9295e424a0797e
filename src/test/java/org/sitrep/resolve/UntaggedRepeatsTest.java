package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

class UntaggedRepeatsTest {
    private static final Entity JOBAR = new Entity("person-jobar", "Jobar", EntityType.PERSON, null);
    private static final Entity AL_HAQ = new Entity("org-al-haq", "Al-Haq", EntityType.ORGANIZATION, null);

    @Test
    void findsWholeWordAppearancesNoMentionCovers() {
        String text = "Jobar has been besieged. Fighting in Jobar, Jobarite units and pro-Jobar men; Jobar-based Al-Haq said.";
        List<LinkedMention> linked = List.of(new LinkedMention(new Mention(new Span(0, 5), "Jobar", EntityType.PERSON), JOBAR));

        var found = UntaggedRepeats.of(text, linked, Set.of(JOBAR, AL_HAQ));

        assertThat(found.get(JOBAR)).containsExactly(new Span(37, 42));
        assertThat(found.get(AL_HAQ)).containsExactly(new Span(90, 96));
    }
}
