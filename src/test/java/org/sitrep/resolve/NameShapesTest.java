package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;

/** Types from a name's shape (issue 15: party members, weapons, names the tagger read by their first words). */
class NameShapesTest {
    @Test
    void typesAPartysMembersAsTheParty() {
        assertThat(NameShapes.typeOf("Republicans", EntityType.PERSON)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void leavesAFaithsAdherentsToTheTagger() {
        assertThat(NameShapes.typeOf("Shiites", EntityType.PERSON)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void typesAnEmbassyOrAHospitalNamedAfterItsPlaceAsABody() {
        assertThat(NameShapes.typeOf("United States Embassy", EntityType.LOCATION)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(NameShapes.typeOf("Paris Police Prefecture", EntityType.LOCATION)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(NameShapes.typeOf("Al-Shifa Hospital", EntityType.LOCATION)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void typesAPersonNamedByCommonWordsOnlyAsABody() {
        assertThat(NameShapes.typeOf("Business Insider", EntityType.PERSON)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(NameShapes.typeOf("John Baker", EntityType.PERSON)).isEqualTo(EntityType.PERSON);
        assertThat(NameShapes.typeOf("Mohammed Reda", EntityType.PERSON)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void typesAPublicationOrACoalitionNamedByItsLastWordAsABody() {
        assertThat(NameShapes.typeOf("Maritime Bulletin", EntityType.PERSON)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(NameShapes.typeOf("Manila Bulletin", EntityType.LOCATION)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(NameShapes.typeOf("Jerusalem Post", EntityType.LOCATION)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(NameShapes.typeOf("Syrian National Coalition", EntityType.LOCATION)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(NameShapes.typeOf("National Assembly", EntityType.LOCATION)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void typesAConferenceAsAnEvent() {
        assertThat(NameShapes.typeOf("Munich Security Conference", EntityType.ORGANIZATION)).isEqualTo(EntityType.MISC);
    }

    @Test
    void typesAWeaponNamedByItsHeadWordAsAThing() {
        assertThat(NameShapes.typeOf("Joint Direct Attack Munitions", EntityType.ORGANIZATION)).isEqualTo(EntityType.MISC);
    }

    @Test
    void keepsTheTaggersTypeWhenTheShapeSaysNothing() {
        assertThat(List.of(NameShapes.typeOf("Khan Younis", EntityType.LOCATION), NameShapes.typeOf("John Smith", EntityType.PERSON)))
                .containsExactly(EntityType.LOCATION, EntityType.PERSON);
    }
}
