/** Sitrep's pipeline as an Apache Spark job: the per-article stages in each partition, the cross-article steps as Spark aggregations, the export's JSON lines by month. */
package org.sitrep.spark;
