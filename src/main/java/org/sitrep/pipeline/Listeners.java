package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.core.InputException;
import org.sitrep.ingest.SkippedRecords;
import org.sitrep.store.SaveResult;

/** Several listeners heard as one. */
public final class Listeners implements IngestListener {
    private final List<IngestListener> listeners;

    public Listeners(IngestListener... listeners) {
        this.listeners = List.of(listeners);
    }

    @Override
    public void pageRead() {
        listeners.forEach(IngestListener::pageRead);
    }

    @Override
    public void readingFinished() {
        listeners.forEach(IngestListener::readingFinished);
    }

    @Override
    public void saved(String origin, SaveResult result) {
        listeners.forEach(l -> l.saved(origin, result));
    }

    @Override
    public void problem(InputException problem) {
        listeners.forEach(l -> l.problem(problem));
    }

    @Override
    public void skipped(SkippedRecords skipped) {
        listeners.forEach(l -> l.skipped(skipped));
    }

    @Override
    public void warning(String message) {
        listeners.forEach(l -> l.warning(message));
    }
}
