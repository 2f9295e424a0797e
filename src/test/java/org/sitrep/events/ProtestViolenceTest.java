package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.SubEventType;

class ProtestViolenceTest {
    private static final IncidentCoding PROTEST = new IncidentCoding(SubEventType.PEACEFUL_PROTEST, 0.7, 0.8, 0.2);

    @Test
    void codesAProtestWhoseCrowdBurnedTyresAsAViolentDemonstration() {
        assertThat(ProtestViolence.recode(PROTEST, "Residents blocked the road to demand water. "
                + "The demonstrators burned tyres on the road.").subType())
                .isEqualTo(SubEventType.VIOLENT_DEMONSTRATION);
    }

    @Test
    void leavesAProtestThatBlockedARoadPeaceful() {
        assertThat(ProtestViolence.recode(PROTEST, "Farmers blocked the highway with tractors to demand higher prices."))
                .isSameAs(PROTEST);
    }
}
