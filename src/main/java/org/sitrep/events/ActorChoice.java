package org.sitrep.events;

import java.util.List;
import org.sitrep.core.EventActor;
import org.sitrep.core.EventType;
import org.sitrep.core.SubEventType;

/**
 * Decides which side of a sentence did it (actor1) and to whom (actor2): a side marked as the doer ("by Syrian
 * forces") first, else the first side that is not a victim; the victims or the next other side second. Protests
 * and riots are the crowd's; violence against civilians has civilians as its second side when nobody else is named.
 */
final class ActorChoice {
    private final ActorNaming naming;

    ActorChoice(ActorNaming naming) {
        this.naming = naming;
    }

    /**
     * actor1 (never {@code null}) and actor2 ({@code null} when there is none).
     *
     * @param intercepted whether the sentence says a weapon was stopped before use (intercepted, shot down, seized),
     *                    which only the forces of the state where that happened do unless it names another
     */
    EventActor[] actors(SubEventType subType, List<ActorPhrase> sides, String country, boolean intercepted) {
        EventType type = subType.type();
        ActorPhrase first = doer(type, sides);
        EventActor actor1;
        if (type == EventType.PROTESTS || type == EventType.RIOTS) {
            ActorRole crowd = type == EventType.PROTESTS ? ActorRole.PROTESTERS : ActorRole.RIOTERS;
            ActorPhrase named = sides.stream().filter(p -> p.role() == crowd
                    || crowd == ActorRole.RIOTERS && p.role() == ActorRole.SETTLERS).findFirst().orElse(null);
            // A crowd is named after where it gathers, not after the cause it marches for ("pro-Palestine
            // protesters" in London are Protesters (United Kingdom)).
            // Rioters who bring their nationality with them are of it ("Israeli settler rioters" in the West Bank).
            String code = named != null && crowd == ActorRole.RIOTERS && !named.country().isEmpty() ? named.country()
                    : !country.isEmpty() || named == null ? country : named.country();
            actor1 = new EventActor(naming.name(crowd, null, code), null);
            first = named;
        } else if (subType == SubEventType.DISRUPTED_WEAPONS_USE && !country.isEmpty()
                && (disrupter(sides, country) != null || intercepted)) {
            first = disrupter(sides, country);
            actor1 = first != null ? naming.name(first, country)
                    : new EventActor(naming.name(ActorRole.MILITARY, null, country), null);
        } else if (first != null) {
            actor1 = naming.name(first, country);
        } else {
            actor1 = new EventActor(naming.name(ActorRole.UNIDENTIFIED, null, country), null);
        }
        EventActor actor2 = null;
        for (ActorPhrase p : sides) {
            if (p != first && !naming.name(p, country).name().equals(actor1.name()) && secondFits(p.role(), type)) {
                actor2 = naming.name(p, country);
                break;
            }
        }
        if (actor2 == null && type == EventType.VIOLENCE_AGAINST_CIVILIANS) {
            actor2 = new EventActor(naming.name(ActorRole.CIVILIANS, null, country), null);
        }
        return new EventActor[] {actor1, actor2};
    }

    /**
     * The side that did an incident of {@code type}, before the rules for crowds and interceptions: the side marked
     * as the doer, else the first that is no victim and can do it; {@code null} when there is none.
     */
    static ActorPhrase doer(EventType type, List<ActorPhrase> sides) {
        return sides.stream().filter(ActorPhrase::agent).findFirst()
                .orElse(sides.stream().filter(p -> !p.role().isVictim() && fits(p.role(), type)).findFirst().orElse(null));
    }

    /**
     * Who disrupted a weapon's use: ACLED codes an interception or a seizure as the act of the forces that stopped
     * it, which are the state's where it was stopped ("rockets ... intercepted over Ashdod" are Israel's forces'
     * doing however much the sentence is about Hamas firing them), and the side that fired becomes the second.
     * Returns the phrase naming those forces, {@code null} when the sentence names them only by their deed.
     */
    private static ActorPhrase disrupter(List<ActorPhrase> sides, String country) {
        return sides.stream().filter(p -> (p.role() == ActorRole.MILITARY || p.role() == ActorRole.POLICE)
                && (p.country().isEmpty() || p.country().equals(country))).findFirst().orElse(null);
    }

    /** Whether a side of this kind can do an incident of this type. */
    private static boolean fits(ActorRole role, EventType type) {
        return switch (role) {
            case PROTESTERS -> type == EventType.PROTESTS;
            case RIOTERS -> type == EventType.RIOTS;
            case SETTLERS -> type != EventType.PROTESTS;
            default -> true;
        };
    }

    /** Whether a side of this kind can be the other side: protests have only police as their other side. */
    private static boolean secondFits(ActorRole role, EventType type) {
        if (type == EventType.PROTESTS) {
            return role == ActorRole.POLICE || role == ActorRole.MILITARY;
        }
        return role != ActorRole.PROTESTERS || type == EventType.RIOTS;
    }
}
