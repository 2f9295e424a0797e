package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.core.Hints;
import org.sitrep.ingest.SkippedRecords;
import org.sitrep.ingest.WebArchiveWriter;
import org.sitrep.pipeline.IngestListener;
import org.sitrep.pipeline.IngestSummary;
import org.sitrep.pipeline.Ingestion;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "warc", mixinStandardHelpOptions = true,
        description = {"Writes a web archive of generated news pages, as a crawler writes one (a request record before each",
                "response, images, pages not found, wire stories published again by a second outlet), ingests it into a",
                "temporary data directory with the whole pipeline, and prints records/s and HTML pages/s end to end and the",
                "heap's peak, one figure per line."})
final class WarcBenchCommand implements Callable<Integer> {
    /** One page in this many also comes as an image response, one as a page not found, one as a second outlet's copy. */
    private static final int IMAGE_EVERY = 20;
    private static final int MISSING_EVERY = 50;
    private static final int COPY_EVERY = 25;

    @Option(names = "--pages", paramLabel = "N", defaultValue = "10000", description = "Generated HTML pages. Default: ${DEFAULT-VALUE}")
    int pages;

    @Option(names = "--workers", paramLabel = "N", description = "Worker threads (default: one per core)")
    Integer workers;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (pages < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--pages must be >= 1; got: " + pages);
        }
        FigureLines out = new FigureLines(spec.commandLine().getOut(), 1);
        Path scratch = Files.createTempDirectory("sitrep-bench-warc");
        try {
            Path warc = scratch.resolve("bench.warc.gz");
            long t = System.nanoTime();
            int records = write(warc);
            out.print("warc records", records);
            out.print("warc MB", Files.size(warc) / (1024.0 * 1024));
            out.print("warc write s", seconds(t));
            ingest(warc, scratch.resolve("data"), records, out);
        } finally {
            BenchCommand.delete(scratch);
        }
        return CommandLine.ExitCode.OK;
    }

    private int write(Path warc) throws IOException {
        Instant date = Instant.parse("2016-06-01T00:00:00Z");
        int records = 0;
        try (WebArchiveWriter w = WebArchiveWriter.create(warc)) {
            for (int n = 0; n < pages; n++) {
                String url = "https://levant-wire.example/syria/" + n + "?utm_source=rss";
                byte[] page = GeneratedNews.page(n);
                w.request(url, date.plusSeconds(n));
                w.response(url, date.plusSeconds(n), 200, "text/html; charset=utf-8", page);
                records += 2;
                if (n % IMAGE_EVERY == 0) {
                    w.response("https://levant-wire.example/img/" + n + ".jpg", date, 200, "image/jpeg", new byte[2048]);
                    records++;
                }
                if (n % MISSING_EVERY == 0) {
                    w.response("https://levant-wire.example/gone/" + n, date, 404, "text/html",
                            "<html><body><p>Not found</p></body></html>".getBytes(StandardCharsets.UTF_8));
                    records++;
                }
                if (n % COPY_EVERY == 0) {
                    w.response("https://daily.example/world/" + n, date.plusSeconds(n + 60), 200, "text/html", page);
                    records++;
                }
            }
        }
        return records;
    }

    private void ingest(Path warc, Path data, int records, FigureLines out) {
        long t = System.nanoTime();
        Pipeline pipeline = Runtime.pipeline();
        out.print("nlp model load s", seconds(t));
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        IngestListener listener = new IngestListener() {
            @Override
            public void skipped(SkippedRecords s) {
                skipped.addAndGet(s.total());
            }

            @Override
            public void problem(org.sitrep.core.InputException problem) {
                if (failed.incrementAndGet() <= 3) {
                    spec.commandLine().getErr().println("sitrep: bench warc: " + problem.getMessage());
                }
            }
        };
        try (HeapSampler heap = new HeapSampler(); Workspace workspace = Workspace.open(data)) {
            t = System.nanoTime();
            double cpu = processCpuSeconds();
            IngestSummary summary = new Ingestion(pipeline, workspace, workers != null ? workers : Runtime.workers())
                    .run(List.of(warc), Hints.NONE, listener);
            double s = seconds(t);
            out.print("ingest s (gazetteer and event model loads included)", s);
            out.print("articles stored", summary.created() + summary.updated());
            out.print("wire copies listed, not stored again", summary.copies());
            out.print("records skipped", skipped.get());
            out.print("pages failed", summary.failed());
            out.print("records/s end to end", records / s);
            out.print("HTML pages/s end to end", (records - skipped.get()) / s);
            // On a shared machine the wall clock also counts other people's work; the process's CPU time does not.
            out.print("CPU s per 1000 HTML pages (all threads)", (processCpuSeconds() - cpu) * 1000 / (records - skipped.get()));
            out.print("heap peak MB", heap.peakMegabytes());
            out.print("heap live after MB", heap.liveMegabytes());
            out.print("heap max MB", java.lang.Runtime.getRuntime().maxMemory() / (1024.0 * 1024));
        }
    }

    private static double processCpuSeconds() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
