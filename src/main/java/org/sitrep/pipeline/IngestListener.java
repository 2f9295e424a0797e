package org.sitrep.pipeline;

import org.sitrep.core.InputException;
import org.sitrep.ingest.SkippedRecords;
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

    /** A web archive has been read, and these of its records were left out (not HTML, not status 200, ...). */
    default void skipped(SkippedRecords skipped) {
    }

    /** An input was stored, but the user should know something of how it was read; the message names the input. */
    default void warning(String message) {
    }

    IngestListener NONE = new IngestListener() {
    };
}
