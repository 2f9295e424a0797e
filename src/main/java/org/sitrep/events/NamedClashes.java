package org.sitrep.events;

import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.core.SubEventType;

/**
 * A sentence that calls what happened a clash, an exchange of fire or a gunfight names a battle between armed sides,
 * ACLED's armed clash: "an armed clash took place between military police officers and unidentified armed
 * individuals", "a clash between cousins resulted in 1 fatality". The model reads the harm done ("killed",
 * "injured") as an attack on the victims; the word for the fight says that both sides fought. A crowd that clashes
 * with police is a riot, not a battle, and a sentence that names the shells or rockets fired keeps its remote
 * violence.
 */
final class NamedClashes {
    private static final Pattern CLASH = Pattern.compile("(?i)\\b(?:clash(?:es|ed|ing)?|exchang(?:e|ed|ing)\\s+(?:of\\s+)?"
            + "(?:gun)?fire|fire ?fights?|gun ?fights?|gun battles?|shoot-?outs?|skirmish(?:es|ed)?)\\b");
    /** The weapons of remote violence, whose naming keeps a shelling a shelling however the sides fought. */
    private static final Pattern REMOTE_WEAPON = Pattern.compile("(?i)\\b(?:shell(?:s|ed|ing)?|artillery|mortars?"
            + "|rockets?|missiles?|drones?|air ?strikes?|air raids?|bomb\\w*|explosi\\w*|IEDs?|grenades?)\\b");

    private NamedClashes() {
    }

    /**
     * {@code coding} recoded to an armed clash when it is an attack, an abduction or (naming no weapon of remote
     * violence) a shelling, and {@code sentence} calls the incident a clash or an exchange of fire between sides none
     * of which {@code sides} names as protesters or rioters; unchanged otherwise.
     */
    static IncidentCoding recode(IncidentCoding coding, List<ActorPhrase> sides, String sentence) {
        boolean recodable = switch (coding.subType()) {
            case ATTACK, ABDUCTION_FORCED_DISAPPEARANCE -> true;
            case SHELLING_ARTILLERY_MISSILE_ATTACK -> !REMOTE_WEAPON.matcher(sentence).find();
            default -> false;
        };
        if (!recodable || !CLASH.matcher(sentence).find()
                || sides.stream().anyMatch(s -> s.role() == ActorRole.PROTESTERS || s.role() == ActorRole.RIOTERS)) {
            return coding;
        }
        return coding.withSubType(SubEventType.ARMED_CLASH);
    }
}
