package org.sitrep.spark;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/** The job's counts, summed over the executors: articles processed, pages that failed, tokens read. */
record JobCounters(LongAccumulator articles, LongAccumulator failed, LongAccumulator tokens) implements Serializable {
    static JobCounters register(SparkContext spark) {
        return new JobCounters(spark.longAccumulator("articles"), spark.longAccumulator("failed"),
                spark.longAccumulator("tokens"));
    }
}
