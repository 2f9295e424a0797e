package org.sitrep.core;

/**
 * One real-world entity, whatever its spellings.
 *
 * @param id stable identifier, used in URLs and exports
 * @param kind finer kind ("armed group", "media", ...), or {@code null} when unknown
 */
public record Entity(String id, String name, EntityType type, String kind) {
}
