package org.sitrep.ingest;

import org.sitrep.core.InputException;
import org.sitrep.core.RawPage;

/**
 * Receives what ingest reads: each readable page, a problem for each input that cannot be used, and what each web
 * archive left out.
 */
public interface InputSink {
    void page(RawPage page);

    void problem(InputException problem);

    /** A web archive was read to its end (or to where it broke), and these of its records were left out. */
    default void skipped(SkippedRecords skipped) {
    }
}
