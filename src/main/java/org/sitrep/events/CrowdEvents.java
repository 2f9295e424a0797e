package org.sitrep.events;

import java.util.List;
import org.sitrep.core.EventType;
import org.sitrep.core.SubEventType;

/**
 * ACLED codes a fight by who fights: rioters who clash with police make a riot, not a battle, however much the
 * sentence reads like one. When the first side a sentence names is a crowd of rioters, a battle or a raid on
 * property the classifier saw becomes the riot sub-type it finds likeliest.
 */
final class CrowdEvents {
    private CrowdEvents() {
    }

    /**
     * Whether a crowd doing this is rioting: a battle or a raid on property, which ACLED codes as a riot when a
     * crowd rather than an armed group does it ("settlers raided Palestinian homes"). An attack on civilians stays
     * one (on FA-KES dev, crowds read as attackers cost a cause).
     */
    private static boolean byCrowdAFight(SubEventType sub) {
        return sub.type() == EventType.BATTLES || sub == SubEventType.LOOTING_PROPERTY_DESTRUCTION;
    }

    static IncidentCoding recode(IncidentCoding coding, List<ActorPhrase> sides, IncidentClassifier classifier,
                                 String sentence) {
        if (!byCrowdAFight(coding.subType()) || sides.isEmpty() || sides.get(0).role() != ActorRole.RIOTERS) {
            return coding;
        }
        var scores = classifier.scores(sentence);
        double violent = IncidentClassifier.score(scores, SubEventType.VIOLENT_DEMONSTRATION.label());
        double mob = IncidentClassifier.score(scores, SubEventType.MOB_VIOLENCE.label());
        SubEventType riot = mob > violent ? SubEventType.MOB_VIOLENCE : SubEventType.VIOLENT_DEMONSTRATION;
        return new IncidentCoding(riot, Math.max(mob, violent), coding.typeProbability());
    }
}
