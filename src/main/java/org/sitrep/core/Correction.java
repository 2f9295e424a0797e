package org.sitrep.core;

import java.util.Locale;

/**
 * An analyst's correction of an entity.
 *
 * @param target for a merge, the entity merged into; for a split, the new entity's id; else {@code null}
 * @param value for a rename, the new name; for a retype, the new type; for a split, the spelling moved out
 */
public record Correction(long id, Kind kind, String entityId, String target, String value) {
    /** What a correction does. */
    public enum Kind {
        MERGE, RENAME, RETYPE, SPLIT;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses a kind name; an {@link InputException} for anything else. */
        public static Kind parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InputException("kind", "must be one of merge, rename, retype, split; got: " + text);
            }
        }
    }
}
