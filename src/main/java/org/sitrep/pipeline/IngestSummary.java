package org.sitrep.pipeline;

/**
 * How an ingestion went: articles new and updated, pages that were stored articles word for word under another
 * address (another outlet's copy of a wire story), archived pages the store held as they are already, inputs that
 * failed.
 */
public record IngestSummary(int created, int updated, int failed, int copies, int unchanged) {
    /** A summary of a run that met no copies and nothing stored already. */
    public IngestSummary(int created, int updated, int failed) {
        this(created, updated, failed, 0, 0);
    }

    /** Pages stored: as articles new or updated, as copies of stored ones, or stored already. */
    public int stored() {
        return created + updated + copies + unchanged;
    }
}
