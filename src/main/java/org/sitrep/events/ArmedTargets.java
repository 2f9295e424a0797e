package org.sitrep.events;

import java.util.List;
import java.util.Optional;
import org.sitrep.core.SubEventType;

/**
 * ACLED's "attack" is violence against civilians: armed people who strike at soldiers, police or another armed
 * group fight a battle, however one-sided the sentence makes it sound ("two police officers were shot by armed
 * men"). An attack whose other side is armed becomes an armed clash, unless the sentence names civilians too.
 */
final class ArmedTargets {
    private ArmedTargets() {
    }

    /**
     * @param other the phrase naming the other side (actor2), if any
     * @param text  the text the phrases' spans are offsets into
     */
    static IncidentCoding recode(IncidentCoding coding, List<ActorPhrase> sides, Optional<ActorPhrase> other,
                                 String text) {
        if (coding.subType() != SubEventType.ATTACK || other.isEmpty() || !armed(other.get().role())
                || sides.stream().anyMatch(p -> p.role() == ActorRole.CIVILIANS)
                || continues(sides, other.get(), text)) {
            return coding;
        }
        return new IncidentCoding(SubEventType.ARMED_CLASH, coding.subTypeProbability(), coding.typeProbability());
    }

    /** Whether the phrase only goes on naming the side before it ("JNIM" "militants"): nothing stands between. */
    private static boolean continues(List<ActorPhrase> sides, ActorPhrase other, String text) {
        int at = sides.indexOf(other);
        return at > 0 && text.substring(sides.get(at - 1).span().end(), other.span().begin()).isBlank();
    }

    private static boolean armed(ActorRole role) {
        return role == ActorRole.MILITARY || role == ActorRole.POLICE || role == ActorRole.UNIDENTIFIED
                || role == ActorRole.NAMED;
    }
}
