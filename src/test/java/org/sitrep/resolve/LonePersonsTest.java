package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;

/** One-word persons named once (issue 15: things, ships and places the tagger typed as people). */
class LonePersonsTest {
    private static List<String> names(String text, Object... nameAndType) {
        return LonePersons.without(text, TaggedMentions.tagged(text, nameAndType)).stream().map(m -> m.mention().text()).toList();
    }

    @Test
    void leavesOutAOneWordPersonNamedOnceWithNothingAroundThatMarksAPerson() {
        String text = "A compound similar to an explosive known as Tannerite served as the main charge.";
        assertThat(names(text, "Tannerite", EntityType.PERSON)).isEmpty();
    }

    @Test
    void keepsALonePersonAfterATitle() {
        String text = "Secretary Powell was here last night.";
        assertThat(names(text, "Powell", EntityType.PERSON)).containsExactly("Powell");
    }

    @Test
    void keepsALonePersonWhoSpeaks() {
        String text = "Schemm reported from Ras Lanouf.";
        assertThat(names(text, "Schemm", EntityType.PERSON)).containsExactly("Schemm");
    }

    @Test
    void keepsALonePersonAfterAWordForAPerson() {
        String text = "He allowed his second-oldest son, Saif, to stand in elections.";
        assertThat(names(text, "Saif", EntityType.PERSON)).containsExactly("Saif");
    }

    @Test
    void keepsALonePersonListedWithPeople() {
        String text = "What motivates Cheney, Perle and others?";
        assertThat(names(text, "Cheney", EntityType.PERSON, "Perle", EntityType.PERSON)).containsExactly("Cheney", "Perle");
    }

    @Test
    void keepsAOneWordPersonNamedTwice() {
        String text = "Kewara waited. Doctors looked at Kewara through the window.";
        assertThat(names(text, "Kewara", EntityType.PERSON, "Kewara", EntityType.PERSON)).containsExactly("Kewara", "Kewara");
    }
}
