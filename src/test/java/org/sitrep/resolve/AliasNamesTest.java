package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;

/** A name given as another's alias is the other's entity (issue 15). */
class AliasNamesTest {
    private static List<String> entities(List<LinkedMention> linked) {
        return linked.stream().map(l -> l.mention().text() + "=" + l.entity().name()).toList();
    }

    @Test
    void linksANameGivenAfterAliasToTheNameBefore() {
        String text = "The key suspect is Moustapha Ould Abdel Kader, alias Abou Said, who was convicted. Abou Said fled.";
        var linked = TaggedMentions.tagged(text, "Moustapha Ould Abdel Kader", EntityType.PERSON, "Abou Said", EntityType.PERSON,
                "Abou Said", EntityType.PERSON);
        assertThat(entities(AliasNames.joined(text, linked))).containsExactly("Moustapha Ould Abdel Kader=Moustapha Ould Abdel Kader",
                "Abou Said=Moustapha Ould Abdel Kader", "Abou Said=Moustapha Ould Abdel Kader");
    }

    @Test
    void linksANicknameQuotedInsideAPersonsNameToTheLastName() {
        String text = "An exasperated Abdullatif \"Abu Salah\" Halaq told the doctor.";
        var linked = TaggedMentions.tagged(text, "Abu Salah", EntityType.PERSON, "Halaq", EntityType.PERSON);
        assertThat(entities(AliasNames.joined(text, linked))).containsExactly("Abu Salah=Halaq", "Halaq=Halaq");
    }

    @Test
    void leavesApartTwoNamesACommaSeparates() {
        String text = "Talks joined Ahmed Saleh, Omar Hadi and others.";
        var linked = TaggedMentions.tagged(text, "Ahmed Saleh", EntityType.PERSON, "Omar Hadi", EntityType.PERSON);
        assertThat(entities(AliasNames.joined(text, linked))).containsExactly("Ahmed Saleh=Ahmed Saleh", "Omar Hadi=Omar Hadi");
    }
}
