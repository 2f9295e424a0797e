package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;

/** Organisations named once by words that say no body (issue 15: products, shows and events the tagger typed as bodies). */
class LoneBodiesTest {
    private static List<String> names(String text, Object... nameAndType) {
        return LoneBodies.without(text, TaggedMentions.tagged(text, nameAndType)).stream().map(m -> m.mention().text()).toList();
    }

    @Test
    void leavesOutAnOrganisationNamedOnceWithNothingAroundThatMarksABody() {
        String text = "He stars in an Afghan comedy TV show called Alarm Bell every week.";
        assertThat(names(text, "Alarm Bell", EntityType.ORGANIZATION)).isEmpty();
    }

    @Test
    void keepsAnOrganisationAfterTheArticle() {
        String text = "The party is dominated by the Muslim Brotherhood now.";
        assertThat(names(text, "Muslim Brotherhood", EntityType.ORGANIZATION)).containsExactly("Muslim Brotherhood");
    }

    @Test
    void keepsAnOrganisationThatSpeaks() {
        String text = "Human Rights Watch said the strikes were unlawful.";
        assertThat(names(text, "Human Rights Watch", EntityType.ORGANIZATION)).containsExactly("Human Rights Watch");
    }

    @Test
    void keepsAnOrganisationAfterAWordForAKindOfBody() {
        String text = "Brandon told Swedish daily Dagens Nyheter that women were screaming.";
        assertThat(names(text, "Dagens Nyheter", EntityType.ORGANIZATION)).containsExactly("Dagens Nyheter");
    }

    @Test
    void keepsAnOrganisationWhoseNameEndsWithAWordForABody() {
        String text = "Members of Khamis Brigade were massed outside the city.";
        assertThat(names(text, "Khamis Brigade", EntityType.ORGANIZATION)).containsExactly("Khamis Brigade");
    }

    @Test
    void keepsAnOrganisationNamedTwice() {
        String text = "Seaside Semper Five was cancelled. Organisers of Seaside Semper Five were told to leave.";
        assertThat(names(text, "Seaside Semper Five", EntityType.ORGANIZATION, "Seaside Semper Five", EntityType.ORGANIZATION))
                .hasSize(2);
    }
}
