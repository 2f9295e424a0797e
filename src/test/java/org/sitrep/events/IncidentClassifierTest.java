package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.EventType;
import org.sitrep.core.SubEventType;

/** The model that ships, on sentences written for this test (not in its training data). */
class IncidentClassifierTest {
    private final IncidentClassifier classifier = IncidentClassifier.bundled();

    @Test
    void codesAnAirStrikeThatKilledCivilians() {
        assertThat(classifier.classify("Government warplanes bombed a vegetable market in the town on Tuesday, "
                + "killing 14 civilians, rescuers said.")).map(IncidentCoding::subType)
                .contains(SubEventType.AIR_DRONE_STRIKE);
    }

    @Test
    void codesAMarchAsAProtest() {
        assertThat(classifier.classify("Hundreds of teachers marched to the ministry on Monday to demand unpaid "
                + "salaries.")).map(c -> c.subType().type()).contains(EventType.PROTESTS);
    }

    @Test
    void leavesAStatementOfPolicyUncoded() {
        assertThat(classifier.classify("The foreign minister said talks on a new trade agreement would resume "
                + "next year.")).isEmpty();
    }

    @Test
    void codesStateForcesGainingGroundInANamedPlaceAsRetakingTerritory() {
        // issue 17: gains in a named place are a change of territory, not background
        assertThat(classifier.classify("Army units have made gains on the western edge of the town of Sirte, "
                + "officers said.")).map(IncidentCoding::subType).contains(SubEventType.GOVERNMENT_REGAINS_TERRITORY);
    }

    @Test
    void codesWorkersGatheringOutsideAnOfficeWithDemandsAsAProtest() {
        assertThat(classifier.classify("Dock workers gathered outside the port authority on Monday demanding "
                + "overtime pay.")).map(c -> c.subType().type()).contains(EventType.PROTESTS);
    }

    @Test
    void givesProbabilitiesBetweenZeroAndOne() {
        IncidentCoding c = classifier.classify("Rebels clashed with army troops near the airport.").orElseThrow();
        assertThat(c.subTypeProbability()).isBetween(0.0, 1.0);
        assertThat(c.typeProbability()).isBetween(c.subTypeProbability(), 1.0);
    }
}
