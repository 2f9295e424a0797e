package org.sitrep.events;

import java.util.regex.Pattern;
import org.sitrep.core.EventType;
import org.sitrep.core.SubEventType;

/**
 * ACLED tells its two kinds of riot apart by the occasion, not by the violence: a violent demonstration is a
 * demonstration that turned violent; mob violence is rioters attacking or fighting outside any demonstration (youths
 * who stone a patrol during a raid, settlers who stone cars). A riot whose sentence speaks of no demonstration is mob
 * violence.
 */
final class RiotKinds {
    private static final Pattern DEMONSTRATION = Pattern.compile("(?i)\\b(?:demonstrat\\w*|protest\\w*|march(?:ed|es|ers)?"
            + "|rall(?:y|ies|ied)|processions?|sit-in|strikers|hartal|blockade)\\b");

    private RiotKinds() {
    }

    static IncidentCoding recode(IncidentCoding coding, String sentence) {
        if (coding.subType().type() != EventType.RIOTS) {
            return coding;
        }
        SubEventType kind = DEMONSTRATION.matcher(sentence).find()
                ? SubEventType.VIOLENT_DEMONSTRATION : SubEventType.MOB_VIOLENCE;
        return kind == coding.subType() ? coding : coding.withSubType(kind);
    }
}
