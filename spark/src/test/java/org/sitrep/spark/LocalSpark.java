package org.sitrep.spark;

import org.apache.spark.sql.SparkSession;

/** Spark in this JVM with two worker threads, listening on the loopback address only, without its web UI. */
final class LocalSpark {
    private LocalSpark() {
    }

    static SparkSession start() {
        return SparkSession.builder().appName("sitrep test").master("local[2]")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }
}
