package org.sitrep.resolve;

/**
 * Decides whether a name the article uses once, and that the knowledge base does not know, is kept (see
 * {@link LonePersons}, {@link LoneBodies}). {@link #RULES} keeps it when a cue word around marks its type;
 * {@link LearnedOnceNamed} weighs the cues with the rest of its features.
 */
@FunctionalInterface
public interface OnceNamedJudge {
    /** Keeps the names some cue word around marks, as the hand-written rules do. */
    OnceNamedJudge RULES = OnceNamedCandidate::marked;

    /** Whether the candidate is kept. */
    boolean keeps(OnceNamedCandidate candidate);
}
