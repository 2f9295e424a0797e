package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccidentsTest {
    @Test
    void aFireThatKillsIsAnAccident() {
        assertThat(Accidents.only("Hotel fire kills at least seventeen in Karol Bagh, New Delhi")).isTrue();
    }

    @Test
    void aCrashIsAnAccident() {
        assertThat(Accidents.only("A helicopter with eight on board crashed in Calabasas, California.")).isTrue();
    }

    @Test
    void deathsOfAVirusAreNoIncident() {
        assertThat(Accidents.only("As of yesterday, the virus had killed at least 813 in China.")).isTrue();
    }

    @Test
    void fireOpenedOnPeopleIsViolence() {
        assertThat(Accidents.only("Israeli troops opened fire and killed 2 Palestinian brothers near the pharmacy."))
                .isFalse();
    }

    @Test
    void fireSetByMilitantsIsViolence() {
        assertThat(Accidents.only("JNIM militants set fire to tons of grain belonging to IDPs in Wa.")).isFalse();
    }

    @Test
    void aWarplaneThatCrashesOnATownIsLeftToTheModel() {
        assertThat(Accidents.only("The warplane crashed in the centre of the town, killing at least 12 people."))
                .isFalse();
    }

    @Test
    void anArmedGroupNamedAfterAnAnimalIsNoAnimal() {
        assertThat(Accidents.only("45 people were killed at the headquarters of the Lions of Islam Brigade.")).isFalse();
    }

    @Test
    void aDeathAloneIsLeftToTheModel() {
        assertThat(Accidents.only("At least eight died, including two children.")).isFalse();
    }

    @Test
    void aDeathInHospitalIsANaturalDeath() {
        assertThat(Accidents.only("The radio host died on Friday at the medical center after being hospitalized since "
                + "Christmas Eve.")).isTrue();
    }

    @Test
    void anObituaryHeadlineIsANaturalDeath() {
        assertThat(Accidents.only("South Sudanese politician John Luk Jok dies aged about 68")).isTrue();
    }

    @Test
    void anExecutiveIsNoExecution() {
        assertThat(Accidents.only("A propeller plane crashed following departure from Henderson Executive Airport."))
                .isTrue();
    }

    @Test
    void anArrestSaidNotToHaveHappenedIsNoViolence() {
        assertThat(Accidents.violent("The crash was being investigated by state police, and no arrests nor charges "
                + "were reported.")).isFalse();
    }

    @Test
    void openingFireIsViolence() {
        // eval events: 'opened fire against a group of people' names no weapon, and is the commonest shooting
        assertThat(Accidents.violent("Four men opened fire against a group of people in the neighborhood.")).isTrue();
    }

    @Test
    void anExecutionIsViolence() {
        assertThat(Accidents.violent("Militants executed two captives in the square.")).isTrue();
    }

    @Test
    void aDriverHeldForQuestioningIsNoViolenceBeyondAnArrest() {
        assertThat(Accidents.violentBeyondArrest("Police have opened a criminal case against the driver and detained "
                + "him for questioning.")).isFalse();
    }
}
