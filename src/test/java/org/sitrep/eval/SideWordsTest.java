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
}
