package org.sitrep.core;

import java.util.Optional;

/**
 * The dependency parses of an annotation's sentences, each made when first asked for: parsing every sentence would
 * cost more than the rest of the annotation, and only the few that hold a statement's cue need it. An article's
 * syntax is used by one thread at a time.
 */
public interface Syntax {
    /** No parses: parsing is off, or the annotation was read back from a store. */
    Syntax NONE = (sentence, through) -> Optional.empty();

    /**
     * The parse of the annotation's whole sentence at {@code sentence} (an index into {@link Annotated#sentences()}),
     * empty when there is none: parsing is off, or the sentence is longer than the parser reads.
     */
    default Optional<Dependencies> of(int sentence) {
        return of(sentence, Integer.MAX_VALUE);
    }

    /**
     * A parse of the sentence at {@code sentence} from its first word through its token {@code through} (an index
     * into {@link Annotated#tokens()}), at least: a parser that reads left to right with a few words of lookahead
     * relates the words before {@code through}, and {@code through} to the words before it, as it would in the whole
     * sentence, while the words further on cost nothing. Its token indices count from the sentence's first token; it
     * may reach further than asked (up to the whole sentence). Empty as {@link #of(int)} is.
     */
    Optional<Dependencies> of(int sentence, int through);

    /**
     * A parse of the sentence at {@code sentence} from its token {@code from} through its token {@code through}
     * (indices into {@link Annotated#tokens()}), as {@link #of(int, int)} but of the words from {@code from} on alone,
     * read as if the sentence began there: its token indices count from {@code from}. At or before the sentence's
     * first token it is {@link #of(int, int)}. Empty as {@link #of(int)} is; empty too for a syntax that parses
     * sentences whole only.
     */
    default Optional<Dependencies> of(int sentence, int from, int through) {
        return Optional.empty();
    }
}
