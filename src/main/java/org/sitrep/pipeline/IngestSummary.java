package org.sitrep.pipeline;

/**
 * How an ingestion went: articles new and updated, pages that were stored articles word for word under another
 * address (another outlet's copy of a wire story), inputs that failed.
 */
public record IngestSummary(int created, int updated, int failed, int copies) {
    /** A summary of a run that met no copies. */
    public IngestSummary(int created, int updated, int failed) {
        this(created, updated, failed, 0);
    }

    /** Pages stored: as articles new or updated, or as copies of stored ones. */
    public int stored() {
        return created + updated + copies;
    }
}
