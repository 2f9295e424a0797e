package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Span;
import org.sitrep.core.SubEventType;

class ArmedTargetsTest {
    private static final ActorPhrase GUNMEN = new ActorPhrase(new Span(0, 6), ActorRole.UNIDENTIFIED, "", null, null,
            false);
    private static final ActorPhrase POLICE = new ActorPhrase(new Span(20, 26), ActorRole.POLICE, "", null, null, false);
    private static final ActorPhrase VILLAGERS = new ActorPhrase(new Span(20, 29), ActorRole.CIVILIANS, "", null, null,
            false);
    private static final ActorPhrase ARMY = new ActorPhrase(new Span(0, 8), ActorRole.MILITARY, "SY", null, null, false);

    private static SubEventType recoded(SubEventType subType, ActorPhrase... sides) {
        return recoded(subType, "Gunmen shot dead two police officers.", sides);
    }

    private static SubEventType recoded(SubEventType subType, String sentence, ActorPhrase... sides) {
        return ArmedTargets.recode(new IncidentCoding(subType, 0.5, 0.6, 0.2), List.of(sides), sentence).subType();
    }

    @Test
    void codesAnAttackOnPoliceAsAnArmedClash() {
        assertThat(recoded(SubEventType.ATTACK, GUNMEN, POLICE)).isEqualTo(SubEventType.ARMED_CLASH);
    }

    @Test
    void keepsAnAttackOnCivilians() {
        assertThat(recoded(SubEventType.ATTACK, GUNMEN, VILLAGERS)).isEqualTo(SubEventType.ATTACK);
    }

    @Test
    void keepsAnAttackWhoseOnlyArmedSideIsNamedTwice() {
        assertThat(recoded(SubEventType.ATTACK, ARMY, VILLAGERS, ARMY)).isEqualTo(SubEventType.ATTACK);
    }

    @Test
    void keepsTheExecutionOfCaptiveSoldiersAnAttack() {
        ActorPhrase soldiers = new ActorPhrase(new Span(30, 38), ActorRole.MILITARY, "", null, null, false);
        assertThat(recoded(SubEventType.ATTACK, "Militants executed 50 captive soldiers.", GUNMEN, soldiers))
                .isEqualTo(SubEventType.ATTACK);
    }

    @Test
    void leavesOtherSubTypesAlone() {
        assertThat(recoded(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE, GUNMEN, POLICE))
                .isEqualTo(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
    }
}
