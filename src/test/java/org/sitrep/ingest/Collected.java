package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.InputException;
import org.sitrep.core.RawPage;

/** An input sink that keeps what it receives, for assertions. */
final class Collected implements InputSink {
    final List<RawPage> pages = new ArrayList<>();
    final List<InputException> problems = new ArrayList<>();
    final List<SkippedRecords> skipped = new ArrayList<>();

    @Override
    public void page(RawPage page) {
        pages.add(page);
    }

    @Override
    public void problem(InputException problem) {
        problems.add(problem);
    }

    @Override
    public void skipped(SkippedRecords records) {
        skipped.add(records);
    }
}
