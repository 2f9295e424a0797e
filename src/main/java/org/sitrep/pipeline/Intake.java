package org.sitrep.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
    private final Pipeline pipeline;
    private final Workspace workspace;
    private final WebFetcher fetcher;
    private final int workers;
    private final IngestProgress progress;
    private final SourcePoller poller;

    /**
     * @param fetcher  fetches pages and feeds; its address guard decides what a URL given to the server may reach
     * @param progress hears every run, for the home page's status line
     */
    public Intake(Pipeline pipeline, Workspace workspace, WebFetcher fetcher, int workers, IngestProgress progress) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be >= 1; got: " + workers);
        }
        this.pipeline = pipeline;
        this.workspace = workspace;
        this.fetcher = fetcher;
        this.workers = workers;
        this.progress = progress;
        this.poller = new SourcePoller(pipeline, workspace, fetcher);
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
            return new Ingestion(pipeline, workspace, workers).run(paths, hints, new Listeners(progress, listener));
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
            Optional<SaveResult> saved = PageIntake.take(pipeline, workspace, origin, page, both);
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
    public synchronized List<SourcePoller.PollResult> pollDue(Instant now, IngestListener listener) {
        return poller.pollDue(now, listener);
    }

    /**
     * Polls one source now, due or not.
     *
     * @throws InputException when there is no source with that id
     */
    public synchronized SourcePoller.PollResult poll(long sourceId, IngestListener listener) {
        Source source = workspace.sources().list().stream().filter(s -> s.id() == sourceId).findFirst()
                .orElseThrow(() -> new InputException("source " + sourceId, "no source with that id"));
        return poller.poll(source, listener);
    }
}
