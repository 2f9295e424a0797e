package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FurnitureLineTest {
    @Test
    void anAppealForMoneyOrMembershipIsFurniture() {
        assertThat(FurnitureLine.is("Support the kind of journalism done by the NewsHour...Become a member of your local PBS station."))
                .isTrue();
        assertThat(FurnitureLine.is("Donate now")).isTrue();
        assertThat(FurnitureLine.is("Become a supporter of independent reporting from Gaza.")).isTrue();
    }

    @Test
    void aSentenceAboutMembershipIsNoAppeal() {
        assertThat(FurnitureLine.is("He urged young men in the camp to become a member of the party's militia.")).isFalse();
        assertThat(FurnitureLine.is("Supporters of the group donated money to its fighters, prosecutors said.")).isFalse();
    }

    @Test
    void aPaywallNoticeIsFurniture() {
        assertThat(FurnitureLine.is("THIS CONTENT IS RESERVED FOR SUBSCRIBERS")).isTrue();
    }
}
