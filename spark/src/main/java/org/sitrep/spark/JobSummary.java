package org.sitrep.spark;

import java.util.Locale;

/**
 * What a run did: articles processed by the pipeline, articles written (fewer when some were the same article),
 * inputs that failed, tokens read, and wall-clock seconds.
 */
record JobSummary(long processed, long written, long failed, long tokens, double seconds) {
    String describe() {
        return String.format(Locale.ROOT, "%d articles processed, %d written, %d failed, %d tokens in %.1f s "
                        + "(%.2f articles/s, %.0f tokens/s)", processed, written, failed, tokens, seconds,
                processed / seconds, tokens / seconds);
    }
}
