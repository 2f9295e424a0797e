package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Span;
import org.sitrep.core.SubEventType;

class StateActsTest {
    private static final ActorPhrase SDF = new ActorPhrase(new Span(0, 3), ActorRole.NAMED, "",
            "Syrian Democratic Forces", "sdf", false);
    private static final ActorPhrase ARMY = new ActorPhrase(new Span(0, 8), ActorRole.MILITARY, "SY", null, null, false);

    private static SubEventType recoded(SubEventType subType, ActorPhrase... sides) {
        return StateActs.recode(new IncidentCoding(subType, 0.5, 0.6, 0.2), List.of(sides)).subType();
    }

    @Test
    void codesADetentionByANonStateGroupAsAnAbduction() {
        assertThat(recoded(SubEventType.ARRESTS, SDF)).isEqualTo(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
    }

    @Test
    void keepsAnArrestWhoseDoerTheSentenceDoesNotName() {
        assertThat(recoded(SubEventType.ARRESTS)).isEqualTo(SubEventType.ARRESTS);
    }

    @Test
    void codesTerritoryTakenByStateForcesAsRegainedByTheGovernment() {
        assertThat(recoded(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, ARMY))
                .isEqualTo(SubEventType.GOVERNMENT_REGAINS_TERRITORY);
    }

    @Test
    void codesTerritoryTakenByANonStateGroupAsOvertaken() {
        assertThat(recoded(SubEventType.GOVERNMENT_REGAINS_TERRITORY, SDF))
                .isEqualTo(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
    }
}
