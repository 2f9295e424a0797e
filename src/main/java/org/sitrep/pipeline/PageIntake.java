package org.sitrep.pipeline;

import java.util.Optional;
import java.util.function.Supplier;
import org.sitrep.core.Article;
import org.sitrep.core.InputException;
import org.sitrep.core.Processed;
import org.sitrep.core.RawPage;
import org.sitrep.core.StorageException;
import org.sitrep.store.SaveResult;

/** Takes one page into a workspace, as ingest and polling both do: through the pipeline, stored, reported. */
final class PageIntake {
    private PageIntake() {
    }

    /**
     * Reads the page ({@code page} may fetch it), processes and stores it, and tells the listener it was saved, with
     * any warnings. Whatever goes wrong, even an Error such as a stack or heap the page exhausts, is reported to the
     * listener against {@code origin} and the caller goes on: what the page held is garbage now, so the heap it took
     * is free again. A page fetched from an address of its own (a web archive's record) that the store holds as it is
     * already goes no further than extraction: a capture does not change, and a second run over an archive, after a
     * crash, then costs a fraction of the first.
     *
     * @return how it was saved; empty when it failed (reported)
     */
    static Optional<SaveResult> take(Pipeline pipeline, Workspace workspace, String origin, Supplier<RawPage> page,
                                     IngestListener listener) {
        try {
            RawPage raw = page.get();
            Article article = pipeline.extractor().extract(raw);
            Optional<SaveResult> held = raw.location() == null ? Optional.empty() : workspace.store().holding(article);
            if (held.isPresent()) {
                listener.saved(origin, held.get());
                return held;
            }
            Processed processed = pipeline.findAndResolve(raw.origin(), pipeline.annotate(article),
                    workspace.outletRegions(article));
            SaveResult saved = workspace.save(processed);
            if (!raw.sourceFields().isEmpty() && saved.outcome() != SaveResult.Outcome.COPY) {
                workspace.store().saveSourceFields(saved.id(), raw.sourceFields());
            }
            listener.saved(origin, saved);
            processed.warnings().forEach(listener::warning);
            return Optional.of(saved);
        } catch (InputException e) {
            listener.problem(e);
        } catch (StorageException e) {
            // The page is fine; the store is not (its database away, say): the same page stores once it is back.
            listener.problem(new InputException(origin, "not stored: " + e.getMessage(), e));
        } catch (Throwable e) {
            listener.problem(new InputException(origin, "processing failed: " + e, e));
        }
        return Optional.empty();
    }
}
