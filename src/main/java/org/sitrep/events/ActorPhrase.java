package org.sitrep.events;

import org.sitrep.core.Span;

/**
 * A phrase of a sentence naming a side of an incident.
 *
 * @param country ISO 3166-1 alpha-2 code the phrase itself gives ("Israeli forces"), empty when it gives none
 * @param name    the canonical name of a {@link ActorRole#NAMED} side; otherwise {@code null}
 * @param entity  the entity id of a named side, {@code null} when there is none
 * @param agent   whether the text marks it as the doer ("by Syrian forces")
 */
record ActorPhrase(Span span, ActorRole role, String country, String name, String entity, boolean agent) {
}
