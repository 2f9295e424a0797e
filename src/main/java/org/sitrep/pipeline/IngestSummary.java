package org.sitrep.pipeline;

/** How an ingestion went: articles new and updated, inputs that failed. */
public record IngestSummary(int created, int updated, int failed) {
    public int stored() {
        return created + updated;
    }
}
