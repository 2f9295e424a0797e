package org.sitrep.core;

import java.util.Locale;

/** How words are given: a whole quoted statement, a few quoted words inside the writer's sentence, or reported speech. */
public enum QuoteKind {
    DIRECT, PARTIAL, REPORTED;

    /** The export's name: "direct", "partial", "reported". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
