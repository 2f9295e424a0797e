package org.sitrep.events;

import java.util.regex.Pattern;
import org.sitrep.core.EventType;
import org.sitrep.core.SubEventType;

/**
 * Rockets, missiles or drones that were intercepted or shot down hit nothing: ACLED codes their firing as disrupted
 * weapons use (a strategic development), not as the strike it would have been.
 */
final class Interceptions {
    private static final Pattern INTERCEPTED = Pattern.compile("(?i)\\b(?:intercept(?:ed|ions?|ing|s)?|shot down|downed)\\b");
    private static final Pattern PROJECTILE = Pattern.compile("(?i)\\b(?:rockets?|missiles?|drones?|projectiles?"
            + "|kamikaze|UAVs?|shells?)\\b");

    private Interceptions() {
    }

    /** Whether {@code sentence} says a rocket, missile, drone or shell was intercepted or shot down. */
    static boolean said(String sentence) {
        return INTERCEPTED.matcher(sentence).find() && PROJECTILE.matcher(sentence).find();
    }

    static IncidentCoding recode(IncidentCoding coding, String sentence) {
        if (coding.subType().type() != EventType.EXPLOSIONS_REMOTE_VIOLENCE || !said(sentence)) {
            return coding;
        }
        return coding.withSubType(SubEventType.DISRUPTED_WEAPONS_USE);
    }
}
