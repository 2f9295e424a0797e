package org.sitrep.events;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.sitrep.core.SubEventType;

/**
 * ACLED's violence against civilians is violence against the unarmed: a shooting or killing whose target is a
 * state's soldiers or police, or an armed group, is a battle between armed sides (an armed clash), however one-sided.
 * The model reads the deed from the sentence's words ("shot and killed"), which are the same whoever the target is;
 * the sides the actor rules find tell who it was. Soldiers or fighters held captive are unarmed: their execution stays
 * an attack.
 */
final class ArmedTargets {
    private static final Pattern CAPTIVE = Pattern.compile("(?i)\\b(?:execut(?:e|es|ed|ing|ions?)|behead\\w*|captiv\\w*"
            + "|captured|prisoners?|detainees?|hostages?)\\b");

    private ArmedTargets() {
    }

    /**
     * {@code coding} recoded to an armed clash when it is an attack on civilians and the sentence names, beside its
     * doer, a side that is armed and not said to be held captive; unchanged otherwise, and when it names no doer.
     */
    static IncidentCoding recode(IncidentCoding coding, List<ActorPhrase> sides, String sentence) {
        if (coding.subType() != SubEventType.ATTACK || CAPTIVE.matcher(sentence).find()) {
            return coding;
        }
        ActorPhrase doer = ActorChoice.doer(coding.subType().type(), sides);
        if (doer == null) {
            return coding;
        }
        boolean armedTarget = sides.stream().anyMatch(p -> p != doer && armed(p) && !sameSide(p, doer));
        return armedTarget ? coding.withSubType(SubEventType.ARMED_CLASH) : coding;
    }

    /** Whether {@code side} bears arms: a state's forces or police, or armed people the text does not name. */
    private static boolean armed(ActorPhrase side) {
        return switch (side.role()) {
            case MILITARY, POLICE, UNIDENTIFIED, GANG -> true;
            default -> false;
        };
    }

    private static boolean sameSide(ActorPhrase a, ActorPhrase b) {
        return a.role() == b.role() && a.country().equals(b.country()) && Objects.equals(a.name(), b.name());
    }
}
