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

    /**
     * Whether {@code sentence} says weapons were stopped before use by whoever holds the ground: intercepted or
     * shot down, or a cache, arms or explosives seized, found or defused, which a state's forces do.
     */
    static boolean stopped(String sentence) {
        return said(sentence) || SEIZED.matcher(sentence).find() && ARMS.matcher(sentence).find();
    }

    private static final Pattern SEIZED = Pattern.compile("(?i)\\b(?:seiz(?:ed|es|ing|ure)|confiscat\\w*|defus\\w*"
            + "|dismantl\\w*|discover\\w*|found|destroyed)\\b");
    private static final Pattern ARMS = Pattern.compile("(?i)\\b(?:weapons?|cache|arms|ammunition|explosives?|IEDs?"
            + "|mines|bombs?|rockets?|mortars?)\\b");

    static IncidentCoding recode(IncidentCoding coding, String sentence) {
        if (coding.subType().type() != EventType.EXPLOSIONS_REMOTE_VIOLENCE || !said(sentence)) {
            return coding;
        }
        return coding.withSubType(SubEventType.DISRUPTED_WEAPONS_USE);
    }
}
