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
 * @param source where its facts come from ("wikipedia:Hamas" is the English Wikipedia page of that title), or
 *               {@code null} in a user's file that gives none
 * @param context words one of which an article must contain for the entry's descriptions ("government forces",
 *                "the coalition") to count as naming it; empty when the descriptions need no context
 */
public record Actor(String name, EntityType type, String kind, List<String> aliases, LocalDate validFrom, LocalDate validTo,
                    String source, List<String> context) {
    public Actor {
        aliases = List.copyOf(aliases);
        context = List.copyOf(context);
    }

    /** An entry without a source or context words. */
    public Actor(String name, EntityType type, String kind, List<String> aliases, LocalDate validFrom, LocalDate validTo) {
        this(name, type, kind, aliases, validFrom, validTo, null, List.of());
    }

    /** False when {@code day} is known and before the name came into use: the name cannot mean this actor then. */
    public boolean existedOn(LocalDate day) {
        return day == null || validFrom == null || !day.isBefore(validFrom);
    }
}
