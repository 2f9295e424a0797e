package org.sitrep.index;

import java.util.Optional;

/**
 * Which known entity, if any, words name: the seam through which a search also finds an entity's other spellings
 * ("Daesh" also finds the articles that say "ISIS"). Implemented over the knowledge base and the store, which this
 * package does not see. Implementations are thread-safe.
 */
@FunctionalInterface
public interface EntityNames {
    /** Knows no entity: searches find the words as typed. */
    EntityNames NONE = words -> Optional.empty();

    /**
     * The entity that {@code words} (one term or a phrase, as typed) name, when it has other spellings worth searching
     * for; empty otherwise.
     */
    Optional<NamedEntity> named(String words);
}
