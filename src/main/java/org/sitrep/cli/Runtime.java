package org.sitrep.cli;

import org.sitrep.pipeline.Pipeline;

/** The parts every command builds the same way. */
final class Runtime {
    private Runtime() {
    }

    static Pipeline pipeline() {
        return Pipeline.standard();
    }

    static int workers() {
        return Math.max(1, java.lang.Runtime.getRuntime().availableProcessors());
    }
}
