package org.sitrep.nlp;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.core.EntityType;

/**
 * A knowledge-base entry.
 *
 * @param kind "armed group", "state forces", "government", "international body", "media", "person", "place", ...
 * @param validFrom first day the name was in use, or {@code null}
 * @param validTo last day, or {@code null} while in use
 */
public record Actor(String name, EntityType type, String kind, List<String> aliases, LocalDate validFrom, LocalDate validTo) {
    public Actor {
        aliases = List.copyOf(aliases);
    }
}
