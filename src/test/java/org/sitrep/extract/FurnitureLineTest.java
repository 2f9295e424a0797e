package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FurnitureLineTest {
    @Test
    void aReadersContactWithTheReporterOrTheSiteIsFurniture() {
        assertThat(FurnitureLine.is("Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.")).isTrue();
        assertThat(FurnitureLine.is("Follow @BGRDeals on Twitter to keep up with the latest deals.")).isTrue();
        assertThat(FurnitureLine.is("Have a tip? Amy Kuperinsky may be reached at akuperinsky@example.com. Follow her on Twitter.")).isTrue();
        assertThat(FurnitureLine.is("Email Tariq Malik at tmalik@example.com or follow him @tariqjmalik.")).isTrue();
        assertThat(FurnitureLine.is("Follow AP's full coverage of Brexit and British politics at https://www.example.com/Brexit")).isTrue();
    }

    @Test
    void aSentenceAboutFollowingOrContactingIsNoContactLine() {
        assertThat(FurnitureLine.is("Followers of the cleric posted his sermon on Twitter, police said.")).isFalse();
        assertThat(FurnitureLine.is("Contact with the rebels was lost on Monday, the army said.")).isFalse();
        assertThat(FurnitureLine.is("Why did they leave? Residents said the shelling was too heavy to stay.")).isFalse();
        assertThat(FurnitureLine.is("The group said on Twitter that the contract had confused employees.")).isFalse();
        assertThat(FurnitureLine.is("Follow-up strikes hit the camp at dawn, the monitor said on its site www.example.org.")).isFalse();
    }

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
