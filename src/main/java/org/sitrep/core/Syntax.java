package org.sitrep.core;

import java.util.Optional;

/**
 * The dependency parses of an annotation's sentences, each made when first asked for: parsing every sentence would
 * cost more than the rest of the annotation, and only the few that hold a statement's cue need it. An article's
 * syntax is used by one thread at a time.
 */
public interface Syntax {
    /** No parses: parsing is off, or the annotation was read back from a store. */
    Syntax NONE = sentence -> Optional.empty();

    /**
     * The parse of the annotation's sentence at {@code sentence} (an index into {@link Annotated#sentences()}), empty
     * when there is none: parsing is off, or the sentence is longer than the parser reads.
     */
    Optional<Dependencies> of(int sentence);
}
