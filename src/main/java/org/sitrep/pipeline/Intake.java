package org.sitrep.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.RawPage;
import org.sitrep.core.Source;
import org.sitrep.ingest.WebFetcher;
import org.sitrep.store.SaveResult;

/**
 * Everything a running server takes in, through one pipeline into the workspace it owns: files (from the command line
 * or uploaded), a page at a URL, pasted text, and its sources' feeds. The server owns the data directory's index, so
 * other processes hand their work to it rather than open the directory themselves. Thread-safe; polls run one at a
 * time, so "poll now" and the background polling never fetch one feed twice at once.
 */
public final class Intake {
    private final Supplier<Pipeline> pipelines;
    private Pipeline pipeline;
    private SourcePoller poller;
    private final Workspace workspace;
    private final WebFetcher fetcher;
    private final int workers;
    private final IngestProgress progress;
    /** Held while a poll runs: one poll at a time, while files and pages go on beside it. */
    private final Object polling = new Object();

    /** An intake over a pipeline already built. */
    public Intake(Pipeline pipeline, Workspace workspace, WebFetcher fetcher, int workers, IngestProgress progress) {
        this(() -> pipeline, workspace, fetcher, workers, progress);
    }

    /**
     * @param pipelines builds the pipeline when the first article comes (CoreNLP takes 20-40 s to load, which a
     *                  server that is only read should not wait for)
     * @param fetcher   fetches pages and feeds; its address guard decides what a URL given to the server may reach
     * @param progress  hears every run, for the home page's status line
     */
    public Intake(Supplier<Pipeline> pipelines, Workspace workspace, WebFetcher fetcher, int workers, IngestProgress progress) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be >= 1; got: " + workers);
        }
        this.pipelines = pipelines;
        this.workspace = workspace;
        this.fetcher = fetcher;
        this.workers = workers;
        this.progress = progress;
    }

    private synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = pipelines.get();
        }
        return pipeline;
    }

    private synchronized SourcePoller poller() {
        if (poller == null) {
            poller = new SourcePoller(pipeline(), workspace, fetcher);
        }
        return poller;
    }

    public Workspace workspace() {
        return workspace;
    }

    public IngestProgress progress() {
        return progress;
    }

    /** Ingests files and folders as {@code sitrep ingest} does; {@code hints} apply to single files. Blocks until done. */
    public IngestSummary files(List<Path> paths, Hints hints, IngestListener listener) {
        progress.started();
        try {
            return new Ingestion(pipeline(), workspace, workers).run(paths, hints, new Listeners(progress, listener));
        } finally {
            progress.finished();
        }
    }

    /** Fetches the page at {@code url} (through the fetcher's address guard and robots.txt) and stores it. */
    public IngestSummary url(String url, Hints hints, IngestListener listener) {
        return one(url, () -> fetcher.page(url, hints), listener);
    }

    /** Stores one page made here, such as pasted text. */
    public IngestSummary page(RawPage page, IngestListener listener) {
        return one(page.origin(), () -> page, listener);
    }

    private IngestSummary one(String origin, java.util.function.Supplier<RawPage> page, IngestListener listener) {
        progress.started();
        try {
            Listeners both = new Listeners(progress, listener);
            both.pageRead();
            both.readingFinished();
            Optional<SaveResult> saved = PageIntake.take(pipeline(), workspace, origin, page, both);
            workspace.commit();
            return saved.map(s -> s.created() ? new IngestSummary(1, 0, 0) : new IngestSummary(0, 1, 0))
                    .orElse(new IngestSummary(0, 0, 1));
        } finally {
            progress.finished();
        }
    }

    /**
     * Adds a feed or sitemap to poll.
     *
     * @throws InputException when the URL is not http(s), is one this server may not fetch, or is already a source
     */
    public Source addSource(String url, String name, java.time.Duration every) {
        if (url == null || !url.strip().matches("(?i)https?://\\S+")) {
            throw new InputException(url == null ? "url" : url, "not an http(s) URL");
        }
        fetcher.settings().addresses().check(url.strip());
        return workspace.sources().add(url.strip(), name == null || name.isBlank() ? null : name.strip(), every);
    }

    /** Polls every source due at {@code now}, in id order. */
    public List<SourcePoller.PollResult> pollDue(Instant now, IngestListener listener) {
        synchronized (polling) {
            return poller().pollDue(now, listener);
        }
    }

    /**
     * Polls one source now, due or not.
     *
     * @throws InputException when there is no source with that id
     */
    public SourcePoller.PollResult poll(long sourceId, IngestListener listener) {
        Source source = workspace.sources().list().stream().filter(s -> s.id() == sourceId).findFirst()
                .orElseThrow(() -> new InputException("source " + sourceId, "no source with that id"));
        synchronized (polling) {
            return poller().poll(source, listener);
        }
    }
}
