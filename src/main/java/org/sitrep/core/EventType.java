package org.sitrep.core;

import java.util.Arrays;
import java.util.Optional;

/** ACLED's six event types, with the names ACLED's files use. */
public enum EventType {
    BATTLES("Battles"),
    EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
    PROTESTS("Protests"),
    RIOTS("Riots"),
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    /** The name as ACLED writes it ("Explosions/Remote violence"). */
    public String label() {
        return label;
    }

    /** The type ACLED names {@code label} (case ignored); empty when none does. */
    public static Optional<EventType> ofLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equalsIgnoreCase(label.strip())).findFirst();
    }
}
