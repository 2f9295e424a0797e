package org.sitrep.store;

/** What a poll is to do with one item of a feed, as {@link SourceStore#take} decides. */
public enum ItemTurn {
    /** Never taken before: read it, then {@link SourceStore#finish finish} it. */
    FIRST,
    /**
     * Taken by a poll that never finished it: its process stopped (was killed) while reading it. Read it again, unless
     * what it stored is there already, then finish it.
     */
    AGAIN,
    /** Finished before: pass over it. */
    DONE,
    /**
     * Taken {@link SourceStore#MAX_ATTEMPTS} times and never finished: the item itself may stop the process. Finished
     * now, unread; the poll reports it, once.
     */
    GIVEN_UP
}
