package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Span;
import org.sitrep.core.SubEventType;

class ArmedTargetsTest {
    private static final IncidentCoding ATTACK = new IncidentCoding(SubEventType.ATTACK, 0.5, 0.6);

    private static ActorPhrase side(String text, String words, ActorRole role) {
        int at = text.indexOf(words);
        return new ActorPhrase(new Span(at, at + words.length()), role, "", null, null, false);
    }

    @Test
    void codesAnAttackOnPoliceAsAnArmedClash() {
        String text = "Armed men shot and wounded two police officers at a checkpoint.";
        ActorPhrase police = side(text, "police officers", ActorRole.POLICE);
        List<ActorPhrase> sides = List.of(side(text, "Armed men", ActorRole.UNIDENTIFIED), police);
        assertThat(ArmedTargets.recode(ATTACK, sides, Optional.of(police), text).subType())
                .isEqualTo(SubEventType.ARMED_CLASH);
    }

    @Test
    void keepsAnAttackThatKilledCiviliansAnAttack() {
        String text = "Gunmen attacked soldiers and villagers, killing two.";
        ActorPhrase soldiers = side(text, "soldiers", ActorRole.MILITARY);
        List<ActorPhrase> sides = List.of(side(text, "Gunmen", ActorRole.UNIDENTIFIED), soldiers,
                side(text, "villagers", ActorRole.CIVILIANS));
        assertThat(ArmedTargets.recode(ATTACK, sides, Optional.of(soldiers), text)).isSameAs(ATTACK);
    }

    @Test
    void readsAGroupAndItsFightersNamedTogetherAsOneSide() {
        String text = "JNIM militants killed two herders.";
        ActorPhrase militants = side(text, "militants", ActorRole.UNIDENTIFIED);
        List<ActorPhrase> sides = List.of(side(text, "JNIM", ActorRole.NAMED), militants);
        assertThat(ArmedTargets.recode(ATTACK, sides, Optional.of(militants), text)).isSameAs(ATTACK);
    }
}
