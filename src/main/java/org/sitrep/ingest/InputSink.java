package org.sitrep.ingest;

import org.sitrep.core.InputException;
import org.sitrep.core.RawPage;

/** Receives what ingest reads: each readable page, and a problem for each input that cannot be used. */
public interface InputSink {
    void page(RawPage page);

    void problem(InputException problem);
}
