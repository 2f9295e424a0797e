package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FatalityCountTest {
    @Test
    void readsTheTollAfterKilling() {
        assertThat(FatalityCount.in("A suspected air strike killed at least 56 people in Idlib.")).contains(56);
    }

    @Test
    void addsTheDeadOfBothSides() {
        assertThat(FatalityCount.in("12 militants and seven soldiers were killed, and seven soldiers were wounded."))
                .contains(19);
    }

    @Test
    void readsNumbersInWordsAndVagueWordsAsAcledCodesThem() {
        assertThat(FatalityCount.in("The raid left twenty-one people dead.")).contains(21);
        assertThat(FatalityCount.in("Dozens of civilians were killed.")).contains(12);
    }

    @Test
    void readsADeathTollThatRose() {
        assertThat(FatalityCount.in("The death toll from the blast rose to 112.")).contains(112);
    }

    @Test
    void neverCountsTheWounded() {
        assertThat(FatalityCount.in("The shelling wounded 12 people.")).isEmpty();
    }

    @Test
    void doesNotTakeTheArticleOfAnAttackForOneDeath() {
        assertThat(FatalityCount.in("A suspected air strike killed civilians in the town.")).isEmpty();
    }
}
