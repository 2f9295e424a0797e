package org.sitrep.events;

import java.util.regex.Pattern;
import org.sitrep.core.EventType;
import org.sitrep.core.SubEventType;

/**
 * A demonstration whose crowd burns, stones, smashes or fights is a violent demonstration to ACLED, however
 * peacefully it began; the violence is mostly told in the sentence after the one that reports the protest
 * ("Residents blocked the road to demand water. They burned tyres ...").
 */
final class ProtestViolence {
    private static final Pattern VIOLENCE = Pattern.compile("(?i)\\b(?:burn(?:ed|t|ing)|set (?:\\w+ )?(?:on )?fire"
            + "|torch(?:ed|ing)|(?:threw|hurled|throwing|hurling) (?:stones|rocks|petrol bombs|molotov)|stone-throwing"
            + "|clash(?:ed|es) with|vandali[sz](?:ed|ing)|smash(?:ed|ing)|bonfires?|loot(?:ed|ing))\\b");

    private ProtestViolence() {
    }

    /** @param report the protest's sentence and the one after it, if any */
    static IncidentCoding recode(IncidentCoding coding, String report) {
        if (coding.subType().type() != EventType.PROTESTS || !VIOLENCE.matcher(report).find()) {
            return coding;
        }
        return coding.withSubType(SubEventType.VIOLENT_DEMONSTRATION);
    }
}
