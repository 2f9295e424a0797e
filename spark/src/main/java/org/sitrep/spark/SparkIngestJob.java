package org.sitrep.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.sitrep.core.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * Sitrep's ingest as a Spark job, for backfills: reads web archives, CSV, JSON lines, HTML and text from any Hadoop path, runs the
 * per-article pipeline in each partition (models loaded once per executor), then the steps across articles, and
 * writes the articles as {@code sitrep export} does, one JSON object per line, under {@code DIR/month=YYYY-MM/}.
 * {@code sitrep import DIR} loads the result into a data folder to serve.
 *
 * <pre>spark-submit --class org.sitrep.spark.SparkIngestJob --jars "$(ls target/lib/*.jar | paste -sd,)" \
 *     target/sitrep-spark-0.1.0-SNAPSHOT.jar --input s3a://bucket/articles/ --output s3a://bucket/sitrep/</pre>
 */
public final class SparkIngestJob {
    private static final Logger LOG = LoggerFactory.getLogger(SparkIngestJob.class);

    private final SparkSession spark;

    public SparkIngestJob(SparkSession spark) {
        this.spark = spark;
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("sitrep ingest").getOrCreate();
        try {
            JobSummary summary = new SparkIngestJob(spark).run(options);
            System.err.println("sitrep-spark: " + summary.describe());
            System.exit(summary.failed() == 0 && summary.written() > 0 ? 0 : 1);
        } finally {
            spark.stop();
        }
    }

    /** Runs the job; returns what it did. Bad inputs are logged, one line each, and counted; the rest go on. */
    public JobSummary run(JobOptions options) {
        long started = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JobCounters counters = JobCounters.register(spark.sparkContext());
        List<String> files = InputFiles.list(options.inputs(), sc.hadoopConfiguration());
        if (files.isEmpty()) {
            throw new IllegalArgumentException("--input " + options.inputs() + ": no file that the job reads "
                    + "(.csv, .html, .htm, .txt, .warc, .jsonl, also .gz)");
        }
        int partitions = options.partitions() > 0 ? options.partitions() : 3 * sc.defaultParallelism();
        // Each partition in input order, so that its own store sees an article before its later copies, as ingest does.
        JavaRDD<ArticleRecord> articles = pages(sc, files, counters).mapToPair(p -> new Tuple2<>(p.order(), p))
                .repartitionAndSortWithinPartitions(new HashPartitioner(partitions)).values()
                .mapPartitions(new PartitionProcessor(counters)).cache();
        long processed = articles.count();
        JavaRDD<ArticleRecord> kept = CrossArticleSteps.kept(articles).cache();
        // Files of about 50,000 articles (a few hundred MB) each.
        long written = MonthlyOutput.write(spark, CrossArticleSteps.lines(articles, kept), options.output(),
                (int) Math.max(1, Math.min(partitions, Math.ceil(processed / 50_000.0))));
        articles.unpersist();
        kept.unpersist();
        return new JobSummary(counters.articles().value(), written, counters.failed().value(),
                counters.tokens().value(), (System.nanoTime() - started) / 1e9);
    }

    private static JavaRDD<PageRecord> pages(JavaSparkContext sc, List<String> files, JobCounters counters) {
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            numbers.put(files.get(i), i);
        }
        Broadcast<Map<String, Integer>> fileNumbers = sc.broadcast(numbers);
        return sc.binaryFiles(String.join(",", files), Math.max(1, files.size()))
                .flatMap(file -> {
                    Integer number = fileNumbers.value().get(file._1());
                    if (number == null) {
                        throw new IllegalStateException("binaryFiles gave a file the listing lacks: " + file._1());
                    }
                    // The reader closes the stream when it has read the file.
                    return InputReader.read(file._1(), number, file._2().open(), problem -> report(problem, counters));
                });
    }

    private static void report(InputException problem, JobCounters counters) {
        LOG.warn("sitrep-spark: {}", problem.getMessage());
        counters.failed().add(1);
    }
}
