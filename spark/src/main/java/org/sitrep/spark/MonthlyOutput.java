package org.sitrep.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

import static org.apache.spark.sql.functions.col;

/**
 * Writes export lines under {@code DIR/month=YYYY-MM/part-*.jsonl} ({@code month=unknown} for undated articles),
 * sorted by article id within each file as {@code sitrep export} sorts them. Spark's own writer does the writing, so
 * a failed task's output never shows; the files are given the {@code .jsonl} name after the job has committed.
 */
final class MonthlyOutput {
    private static final StructType SCHEMA = new StructType()
            .add("month", DataTypes.StringType, false)
            .add("id", DataTypes.StringType, false)
            .add("line", DataTypes.StringType, false);

    private MonthlyOutput() {
    }

    /** @return how many lines were written */
    static long write(SparkSession spark, JavaRDD<Tuple2<String, Tuple2<String, String>>> lines, String dir, int partitions) {
        JavaRDD<Row> rows = lines.map(t -> RowFactory.create(t._1(), t._2()._1(), t._2()._2()));
        Dataset<Row> table = spark.createDataFrame(rows, SCHEMA).cache();
        long count = table.count();
        table.repartitionByRange(partitions, col("month"), col("id"))
                .sortWithinPartitions("month", "id")
                .select("month", "line")
                .write().partitionBy("month").text(dir);
        table.unpersist();
        nameAsJsonl(spark, dir);
        return count;
    }

    private static void nameAsJsonl(SparkSession spark, String dir) {
        Path root = new Path(dir);
        try {
            FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            List<Path> written = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
            while (files.hasNext()) {
                Path p = files.next().getPath();
                if (p.getName().startsWith("part-") && p.getName().endsWith(".txt")) {
                    written.add(p);
                }
            }
            for (Path p : written) {
                String name = p.getName();
                fs.rename(p, new Path(p.getParent(), name.substring(0, name.length() - ".txt".length()) + ".jsonl"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot name the written files .jsonl: " + e.getMessage(), e);
        }
    }
}
