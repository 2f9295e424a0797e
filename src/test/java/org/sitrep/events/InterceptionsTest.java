package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.SubEventType;

class InterceptionsTest {
    private static IncidentCoding coded(SubEventType sub) {
        return new IncidentCoding(sub, 0.5, 0.6, 0.2);
    }

    @Test
    void codesRocketsThatWereInterceptedAsDisruptedWeaponsUse() {
        assertThat(Interceptions.recode(coded(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK),
                "Air defences intercepted 20 drones and two missiles over Kherson overnight.").subType())
                .isEqualTo(SubEventType.DISRUPTED_WEAPONS_USE);
    }

    @Test
    void leavesAStrikeThatHitAlone() {
        IncidentCoding strike = coded(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
        assertThat(Interceptions.recode(strike, "Rockets hit a school in Sderot, wounding two.")).isSameAs(strike);
    }

    @Test
    void leavesAFighterWhoInterceptedAColumnAlone() {
        IncidentCoding clash = coded(SubEventType.ARMED_CLASH);
        assertThat(Interceptions.recode(clash, "Fighters intercepted and attacked an army column.")).isSameAs(clash);
    }

    @Test
    void takesACacheSeizedAsWeaponsStoppedBeforeUse() {
        assertThat(Interceptions.stopped("Police discovered and destroyed a weapons cache in Abu Ghraib district.")).isTrue();
    }

    @Test
    void takesAnAttackForNoWeaponStopped() {
        assertThat(Interceptions.stopped("Gunmen destroyed a house in the village.")).isFalse();
    }
}
