package org.sitrep.core;

/** A mention joined to the entity it names. */
public record LinkedMention(Mention mention, Entity entity) {
}
