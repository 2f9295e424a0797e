package org.sitrep.core;

/**
 * One side of an event, named as ACLED names actors ("Military Forces of Syria (2000-2024)", "Islamic State (Syria)",
 * "Civilians (Syria)", "Protesters (Morocco)").
 *
 * @param entity the id of the entity it was found as, or {@code null} when it was named by a common noun only
 *               ("protesters", "gunmen")
 */
public record EventActor(String name, String entity) {
    public EventActor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an event actor needs a name; got: " + name);
        }
    }
}
