package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

class AttributiveNamesTest {
    private static List<String> kept(String text, String name) {
        int at = text.indexOf(name);
        Mention m = new Mention(new Span(at, at + name.length()), name, EntityType.LOCATION);
        LinkedMention l = new LinkedMention(m, new Entity("LOCATION:" + name, name, EntityType.LOCATION, null));
        return AttributiveNames.without(text, List.of(l)).stream().map(k -> k.mention().text()).toList();
    }

    @Test
    void dropsAPlaceNameBeforeANounForPeopleOrABodyOfState() {
        assertThat(kept("angered the U.S. government just as talks began", "U.S.")).isEmpty();
        assertThat(kept("said U.S. officials in Baghdad", "U.S.")).isEmpty();
        assertThat(kept("a spokesman for the Union County prosecutor’s office", "Union County")).isEmpty();
    }

    @Test
    void keepsAPlaceNameThatSaysWhereOrIsTheSubjectOfAVerb() {
        assertThat(kept("fighting in Idlib province went on", "Idlib")).containsExactly("Idlib");
        assertThat(kept("Gaza residents fled", "Gaza")).containsExactly("Gaza");
        assertThat(kept("Israel attacks the camp", "Israel")).containsExactly("Israel");
        assertThat(kept("Iran said on Monday", "Iran")).containsExactly("Iran");
        assertThat(kept("the Khan Sheikhoun attack killed dozens", "Khan Sheikhoun")).containsExactly("Khan Sheikhoun");
    }
}
