package org.sitrep.web;

import org.sitrep.core.ArticleSummary;
import org.sitrep.core.ResultPage;
import org.sitrep.pipeline.IngestProgress;

/** The home page: the latest articles, and how a running ingestion is going. */
public record HomeView(ResultPage<ArticleSummary> articles, IngestProgress.Snapshot ingest) {
    public String pageLink(int page) {
        return Links.withPage("/", page);
    }
}
