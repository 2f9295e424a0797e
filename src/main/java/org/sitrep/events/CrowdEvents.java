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

    /**
     * Whether the classifier read a demonstration where the sentence names no crowd and its first side is armed
     * people ("four members of a drug trafficking group opened fire against a group of people"): gunmen and gangs
     * do not demonstrate, so the incident is another kind.
     */
    private static boolean byArmedACrowdEvent(SubEventType sub, List<ActorPhrase> sides) {
        return (sub.type() == EventType.PROTESTS || sub.type() == EventType.RIOTS) && !sides.isEmpty()
                && (sides.get(0).role() == ActorRole.UNIDENTIFIED || sides.get(0).role() == ActorRole.GANG
                || sides.get(0).role() == ActorRole.COMMUNAL)
                && sides.stream().noneMatch(p -> p.role() == ActorRole.PROTESTERS || p.role() == ActorRole.RIOTERS
                || p.role() == ActorRole.SETTLERS);
    }

    /** The likeliest sub-type that is neither a protest nor a riot, keeping {@code coding}'s type probability. */
    private static IncidentCoding likeliestOutside(IncidentCoding coding, java.util.Map<String, Double> scores) {
        SubEventType best = coding.subType();
        double bestScore = -1;
        for (SubEventType sub : SubEventType.values()) {
            double score = IncidentClassifier.score(scores, sub.label());
            if (sub.type() != EventType.PROTESTS && sub.type() != EventType.RIOTS && score > bestScore) {
                best = sub;
                bestScore = score;
            }
        }
        return new IncidentCoding(best, Math.max(bestScore, 0), coding.typeProbability(), coding.noneProbability());
    }

    static IncidentCoding recode(IncidentCoding coding, List<ActorPhrase> sides, IncidentClassifier classifier,
                                 String sentence) {
        if (byArmedACrowdEvent(coding.subType(), sides)) {
            return likeliestOutside(coding, classifier.scores(sentence));
        }
        // Whatever rioters named first do ("Palestinian rioters threw homemade explosives at Israeli forces") is a
        // riot to ACLED, not the explosion or strike the words alone suggest; an attack on civilians stays one, as above.
        boolean byRioters = !sides.isEmpty() && sides.get(0).role() == ActorRole.RIOTERS
                && coding.subType().type() != EventType.RIOTS && coding.subType().type() != EventType.PROTESTS
                && coding.subType() != SubEventType.ATTACK;
        if (!byRioters && !byCrowdAFight(coding.subType()) || sides.isEmpty()
                || sides.get(0).role() != ActorRole.RIOTERS && sides.get(0).role() != ActorRole.SETTLERS) {
            return coding;
        }
        var scores = classifier.scores(sentence);
        double violent = IncidentClassifier.score(scores, SubEventType.VIOLENT_DEMONSTRATION.label());
        double mob = IncidentClassifier.score(scores, SubEventType.MOB_VIOLENCE.label());
        SubEventType riot = mob > violent ? SubEventType.MOB_VIOLENCE : SubEventType.VIOLENT_DEMONSTRATION;
        return new IncidentCoding(riot, Math.max(mob, violent), coding.typeProbability(), coding.noneProbability());
    }
}
