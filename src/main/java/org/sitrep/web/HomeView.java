package org.sitrep.web;

import org.sitrep.core.ArticleSummary;
import org.sitrep.core.ResultPage;
import org.sitrep.pipeline.IngestProgress;

/**
 * The home page: the latest articles, and how a running ingestion is going.
 *
 * @param changes the store's change number (see {@code ArticleStore.sequence()}) when the page was made: the page
 *                asks again every few seconds and is answered "no change" until a new article or progress makes it
 *                differ
 */
public record HomeView(ResultPage<ArticleSummary> articles, IngestProgress.Snapshot ingest, long changes) {
    /** How often the open page asks whether it changed, in seconds. */
    public static final int LIVE_SECONDS = 3;

    public String pageLink(int page) {
        return Links.withPage("/", page);
    }

    /** What the page shows, as one word: the same while nothing new would be shown. */
    public String version() {
        return version(changes, ingest);
    }

    static String version(long changes, IngestProgress.Snapshot ingest) {
        return changes + "-" + ingest.running() + "-" + ingest.done() + "-" + ingest.read() + "-" + ingest.failed();
    }

    /** The URL the page polls: itself, with the version it shows. */
    public String liveLink() {
        return Links.withPage("/", articles.page()) + (articles.page() > 1 ? "&" : "?") + "v=" + version();
    }
}
