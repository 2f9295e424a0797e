package org.sitrep.core;

import java.util.Locale;
import java.util.Optional;

/** The coarse types of named entities Sitrep records. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC;

    /** Parses a type name case-insensitively; empty when it names no type. */
    public static Optional<EntityType> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the text is an entity id as Sitrep makes them (a type's label, a hyphen, a lower-case slug without
     * spaces: "person-bashar-al-assad"), which no one types as words of a name. Lists that take "an id or words of a
     * name" look an id up by the indexed column alone: a name's words need a scan of every row.
     */
    public static boolean isEntityId(String text) {
        if (text == null || text.isEmpty() || !text.equals(text.toLowerCase(Locale.ROOT)) || text.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        for (EntityType t : values()) {
            if (text.startsWith(t.label() + "-") && text.length() > t.label().length() + 1) {
                return true;
            }
        }
        return false;
    }

    /** Whether entities of this type speak and act: people and organisations, not places or other names. */
    public boolean isActor() {
        return this == PERSON || this == ORGANIZATION;
    }

    /** A lower-case label for display ("person", "organization", ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
