package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Span;
import org.sitrep.core.SubEventType;

class NamedClashesTest {
    private static final ActorPhrase POLICE = new ActorPhrase(new Span(0, 6), ActorRole.POLICE, "BR", null, null, false);
    private static final ActorPhrase RIOTERS = new ActorPhrase(new Span(20, 27), ActorRole.RIOTERS, "", null, null,
            false);

    private static SubEventType recoded(SubEventType subType, String sentence, ActorPhrase... sides) {
        return NamedClashes.recode(new IncidentCoding(subType, 0.5, 0.6, 0.2), List.of(sides), sentence).subType();
    }

    @Test
    void codesAnAbductionCalledAnArmedClashAsAnArmedClash() {
        // issue 17: the model read "an armed clash took place" with police chasing suspects as an abduction
        assertThat(recoded(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE,
                "Police and armed individuals fought; an armed clash took place on the highway.", POLICE))
                .isEqualTo(SubEventType.ARMED_CLASH);
    }

    @Test
    void codesAnExchangeOfFireReadAsAnAttackAsAnArmedClash() {
        assertThat(recoded(SubEventType.ATTACK, "Police exchanged fire with gang members, killing two.", POLICE))
                .isEqualTo(SubEventType.ARMED_CLASH);
    }

    @Test
    void keepsAShellingThatNamesItsShells() {
        assertThat(recoded(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK,
                "Forces shelled the town with artillery amid clashes nearby.")).isEqualTo(
                SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
    }

    @Test
    void recodesAShellingThatNamesNoWeaponButAClash() {
        assertThat(recoded(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK,
                "A clash between cousins resulted in 1 fatality.")).isEqualTo(SubEventType.ARMED_CLASH);
    }

    @Test
    void keepsRiotersWhoClashWithPoliceOutOfBattles() {
        assertThat(recoded(SubEventType.ATTACK, "Police clashed with rioters and injured one.", POLICE, RIOTERS))
                .isEqualTo(SubEventType.ATTACK);
    }

    @Test
    void keepsAnAttackThatNamesNoClash() {
        assertThat(recoded(SubEventType.ATTACK, "Gunmen shot and killed a farmer.", POLICE))
                .isEqualTo(SubEventType.ATTACK);
    }

    @Test
    void keepsAnAirStrike() {
        assertThat(recoded(SubEventType.AIR_DRONE_STRIKE, "Jets struck positions amid clashes.", POLICE))
                .isEqualTo(SubEventType.AIR_DRONE_STRIKE);
    }
}
