package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SideWordsTest {
    @Test
    void readsCapitalIsAsTheIslamicStateButNotTheVerb() {
        assertThat(SideWords.counts("IS fighters attacked the town, which is held by Kurds"))
                .containsEntry("islamic-state", 1).containsEntry("kurdish", 1).hasSize(2);
    }

    @Test
    void countsEachTimeTheArticleNamesASide() {
        assertThat(SideWords.counts("The regime bombed Idlib. Russian jets joined the regime raids."))
                .containsEntry("government", 3);
    }

    @Test
    void namesNoSideInTextWithoutOne() {
        assertThat(SideWords.counts("A bomb exploded in a market on Monday.")).isEmpty();
    }

    @Test
    void tellsTheSideThatKilledFromTheSideThatDied() {
        // issue 17: FA-KES's actor is the side that killed, here the object of the sentence
        assertThat(SideWords.roles("10 Syrian troops killed in clashes with IS"))
                .containsEntry("government", "victim").containsEntry("islamic-state", "agent").hasSize(2);
    }

    @Test
    void readsTheSubjectOfAVerbOfAttackAsTheSideThatKilled() {
        assertThat(SideWords.roles("Kurdish SDF Kills 23 Daesh Militants")).containsEntry("kurdish", "agent");
    }
}
