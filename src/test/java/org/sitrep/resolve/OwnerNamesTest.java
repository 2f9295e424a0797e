package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

class OwnerNamesTest {
    private static LinkedMention at(String text, String name, EntityType type, String kind) {
        int begin = text.indexOf(name);
        return new LinkedMention(new Mention(new Span(begin, begin + name.length()), name, type),
                new Entity(type + ":" + name, name, type, kind));
    }

    private static List<String> joined(String text, String place, String body, String kind) {
        return OwnerNames.joined(text, List.of(at(text, place, EntityType.LOCATION, "place"), at(text, body, EntityType.ORGANIZATION, kind)))
                .stream().map(m -> m.mention().text() + " = " + m.entity().name()).toList();
    }

    @Test
    void takesAStatesNameIntoTheNameOfItsBody() {
        assertThat(joined("a diplomatic note to the U.S. Department of State supporting", "U.S.", "Department of State", "government"))
                .containsExactly("U.S. Department of State = Department of State");
    }

    @Test
    void leavesAPlaceThatSaysWhereOrAnOrganisationOfNoState() {
        assertThat(joined("shells fell in Aleppo Syrian Arab Army units said", "Aleppo", "Syrian Arab Army", "state forces"))
                .containsExactly("Aleppo = Aleppo", "Syrian Arab Army = Syrian Arab Army");
        assertThat(joined("the Aleppo SANA reporter said", "Aleppo", "SANA", "media"))
                .containsExactly("Aleppo = Aleppo", "SANA = SANA");
    }
}
