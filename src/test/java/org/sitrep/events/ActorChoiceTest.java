package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EventActor;
import org.sitrep.core.Span;
import org.sitrep.core.SubEventType;

class ActorChoiceTest {
    private final ActorChoice choice = new ActorChoice(new ActorNaming(CountryNames::of));

    private static ActorPhrase hamas() {
        return new ActorPhrase(new Span(0, 5), ActorRole.NAMED, "", "Hamas", "hamas", false);
    }

    @Test
    void givesAnInterceptionToTheForcesOfTheStateWhereItHappened() {
        EventActor[] actors = choice.actors(SubEventType.DISRUPTED_WEAPONS_USE, List.of(hamas()), "IL", true);
        assertThat(actors[0].name()).isEqualTo("Military Forces of Israel");
        assertThat(actors[1].name()).isEqualTo("Hamas");
    }

    @Test
    void givesAnInterceptionToTheForcesTheSentenceNamesOfThatState() {
        ActorPhrase ukrainian = new ActorPhrase(new Span(0, 24), ActorRole.MILITARY, "UA", null, null, false);
        ActorPhrase russian = new ActorPhrase(new Span(40, 54), ActorRole.MILITARY, "RU", null, null, false);
        EventActor[] actors = choice.actors(SubEventType.DISRUPTED_WEAPONS_USE, List.of(ukrainian, russian), "UA", true);
        assertThat(actors[0].name()).isEqualTo("Military Forces of Ukraine");
        assertThat(actors[1].name()).isEqualTo("Military Forces of Russia");
    }

    @Test
    void leavesADisruptionThatNoStateStoppedToTheSideThatActed() {
        ActorPhrase israeli = new ActorPhrase(new Span(0, 14), ActorRole.MILITARY, "IL", null, null, false);
        EventActor[] actors = choice.actors(SubEventType.DISRUPTED_WEAPONS_USE, List.of(israeli), "PS", false);
        assertThat(actors[0].name()).isEqualTo("Military Forces of Israel");
    }

    @Test
    void namesRiotersWhoBringTheirNationalityAfterItNotAfterWhereTheyRiot() {
        ActorPhrase settlers = new ActorPhrase(new Span(0, 24), ActorRole.RIOTERS, "IL", null, null, false);
        EventActor[] actors = choice.actors(SubEventType.MOB_VIOLENCE, List.of(settlers), "PS", false);
        assertThat(actors[0].name()).isEqualTo("Rioters (Israel)");
    }

    @Test
    void namesProtestersAfterWhereTheyGather() {
        ActorPhrase iranians = new ActorPhrase(new Span(0, 18), ActorRole.PROTESTERS, "IR", null, null, false);
        EventActor[] actors = choice.actors(SubEventType.PEACEFUL_PROTEST, List.of(iranians), "GB", false);
        assertThat(actors[0].name()).isEqualTo("Protesters (United Kingdom)");
    }

    @Test
    void namesAGroupAsAcledDoesWhereItsNameDiffers() {
        ActorPhrase jnim = new ActorPhrase(new Span(0, 4), ActorRole.NAMED, "", "Jama'at Nusrat al-Islam wal-Muslimin",
                "jnim", false);
        EventActor[] actors = choice.actors(SubEventType.ATTACK, List.of(jnim), "BF", false);
        assertThat(actors[0].name()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
    }

    @Test
    void namesSettlersWhoRiotAsRiotersOfTheirNationality() {
        ActorPhrase settlers = new ActorPhrase(new Span(0, 16), ActorRole.SETTLERS, "IL", null, null, false);
        EventActor[] actors = choice.actors(SubEventType.MOB_VIOLENCE, List.of(settlers), "PS", false);
        assertThat(actors[0].name()).isEqualTo("Rioters (Israel)");
    }

    @Test
    void namesSettlersWhoSeizeLandAsSettlers() {
        ActorPhrase settlers = new ActorPhrase(new Span(0, 16), ActorRole.SETTLERS, "IL", null, null, false);
        ActorPhrase forces = new ActorPhrase(new Span(34, 48), ActorRole.MILITARY, "IL", null, null, false);
        EventActor[] actors = choice.actors(SubEventType.LOOTING_PROPERTY_DESTRUCTION, List.of(settlers, forces), "PS", false);
        assertThat(actors[0].name()).isEqualTo("Settlers (Israel)");
    }
}
