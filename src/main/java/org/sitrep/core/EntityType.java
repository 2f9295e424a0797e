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

    /** A lower-case label for display ("person", "organization", ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
