package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.SubEventType;

class RiotKindsTest {
    private static IncidentCoding coded(SubEventType sub) {
        return new IncidentCoding(sub, 0.5, 0.6, 0.2);
    }

    @Test
    void codesRiotersStoningCarsOutsideAnyDemonstrationAsMobViolence() {
        assertThat(RiotKinds.recode(coded(SubEventType.VIOLENT_DEMONSTRATION),
                "Settler rioters hurled stones at Palestinian vehicles near Jericho.").subType())
                .isEqualTo(SubEventType.MOB_VIOLENCE);
    }

    @Test
    void codesADemonstrationThatTurnedViolentAsAViolentDemonstration() {
        assertThat(RiotKinds.recode(coded(SubEventType.MOB_VIOLENCE),
                "Rioters set fire to a truck and threw petrol bombs from their procession.").subType())
                .isEqualTo(SubEventType.VIOLENT_DEMONSTRATION);
    }

    @Test
    void leavesIncidentsThatAreNoRiotAlone() {
        IncidentCoding clash = coded(SubEventType.ARMED_CLASH);
        assertThat(RiotKinds.recode(clash, "Militants clashed with soldiers after a protest.")).isSameAs(clash);
    }
}
