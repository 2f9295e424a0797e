package org.sitrep.spark;

import org.sitrep.pipeline.Pipeline;

/**
 * The pipeline of this JVM: built when the first task of an executor needs it, then shared by the executor's tasks
 * (it is thread-safe), so the models load once per executor rather than once per partition.
 */
final class ExecutorPipeline {
    private ExecutorPipeline() {
    }

    private static final class Holder {
        static final Pipeline PIPELINE = Pipeline.standard();
    }

    static Pipeline get() {
        return Holder.PIPELINE;
    }
}
