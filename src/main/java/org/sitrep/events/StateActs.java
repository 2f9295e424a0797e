package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import org.sitrep.core.SubEventType;

/**
 * ACLED's sub-event types that say whether a state acted: arrests are made by state forces (a non-state group that
 * detains someone abducts them), a government regains territory and a non-state actor overtakes it. The model reads
 * the deed from the sentence's words; who did it is the side the actor rules find, so the sub-type follows that side.
 */
final class StateActs {
    private StateActs() {
    }

    /**
     * {@code coding} with its sub-type made to agree with whether its doer is a state's side; unchanged when the
     * sentence names no doer (a side is then only assumed) or the sub-type does not depend on it.
     */
    static IncidentCoding recode(IncidentCoding coding, List<ActorPhrase> sides) {
        ActorPhrase doer = ActorChoice.doer(coding.subType().type(), sides);
        if (doer == null) {
            return coding;
        }
        boolean state = state(doer);
        return switch (coding.subType()) {
            case ARRESTS -> state ? coding : coding.withSubType(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
            case GOVERNMENT_REGAINS_TERRITORY -> state ? coding
                    : coding.withSubType(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
            case NON_STATE_ACTOR_OVERTAKES_TERRITORY -> state
                    ? coding.withSubType(SubEventType.GOVERNMENT_REGAINS_TERRITORY) : coding;
            default -> coding;
        };
    }

    /**
     * Whether {@code side} is a state's: its army or police, or a named body of states' forces (a coalition,
     * unidentified military forces). Crowds, settlers and civilians are no state either.
     */
    static boolean state(ActorPhrase side) {
        return switch (side.role()) {
            case MILITARY, POLICE -> true;
            case NAMED -> side.name() != null && (side.name().toLowerCase(Locale.ROOT).contains("coalition")
                    || side.name().contains("Military Forces"));
            default -> false;
        };
    }
}
