package org.sitrep.pipeline;

import org.sitrep.core.InputException;
import org.sitrep.store.SaveResult;

/** Hears how an ingestion goes. Called from worker threads; implementations are thread-safe. */
public interface IngestListener {
    /** A page was read and waits to be processed. */
    default void pageRead() {
    }

    /** Every input of the run has been read; pages may still be in processing. */
    default void readingFinished() {
    }

    default void saved(String origin, SaveResult result) {
    }

    default void problem(InputException problem) {
    }

    IngestListener NONE = new IngestListener() {
    };
}
