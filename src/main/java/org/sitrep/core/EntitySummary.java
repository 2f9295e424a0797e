package org.sitrep.core;

/** An entity with how often it is mentioned: in how many articles, and how many times. */
public record EntitySummary(Entity entity, long articles, long mentions) {
}
