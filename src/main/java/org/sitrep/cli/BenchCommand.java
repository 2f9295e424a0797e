package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.Quote;
import org.sitrep.core.Processed;
import org.sitrep.events.EventCoder;
import org.sitrep.geo.PlaceLocator;
import org.sitrep.core.RawPage;
import org.sitrep.ingest.FileSource;
import org.sitrep.ingest.Limits;
import org.sitrep.nlp.BaselinePipeline;
import org.sitrep.pipeline.DemoCorpus;
import org.sitrep.pipeline.IngestListener;
import org.sitrep.pipeline.IngestSummary;
import org.sitrep.pipeline.Ingestion;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Workspace;
import org.sitrep.resolve.EntityResolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {LengthBenchCommand.class, LoadBenchCommand.class, GeoBenchCommand.class, WarcBenchCommand.class, SearchBenchCommand.class, StatementBenchCommand.class, PageBenchCommand.class, ParseBenchCommand.class},
        header = "Measures ingestion speed (articles/s, tokens/s per stage) on a corpus.",
        description = "Ingests a corpus (by default the bundled FA-KES development articles) into a temporary data "
                + "directory and prints articles/s and tokens/s for each stage and end to end, then the same figures "
                + "for Stanford CoreNLP's default English pipeline on the first articles, one figure per line.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "PATH", description = "Files or folders to ingest (default: the FA-KES demo articles)")
    List<Path> corpus;

    @Option(names = "--baseline", paramLabel = "N", defaultValue = "20",
            description = "How many articles CoreNLP's default pipeline annotates (it is slow); 0 skips it. Default: ${DEFAULT-VALUE}")
    int baseline;

    @Option(names = "--workers", paramLabel = "N", description = "Worker threads end to end (default: one per core)")
    Integer workers;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private PrintWriter out;

    @Override
    public Integer call() throws IOException {
        out = spec.commandLine().getOut();
        Path scratch = Files.createTempDirectory("sitrep-bench");
        try {
            List<Path> inputs = corpus != null ? corpus : List.of(DemoCorpus.unpack(scratch.resolve("corpus")).get(1).paths().get(0));
            run(inputs, scratch);
        } finally {
            delete(scratch);
        }
        return CommandLine.ExitCode.OK;
    }

    private void run(List<Path> inputs, Path scratch) {
        try (HeapSampler heap = new HeapSampler()) {
            runStages(inputs, scratch, heap);
        }
    }

    private void runStages(List<Path> inputs, Path scratch, HeapSampler heap) {
        long t = System.nanoTime();
        List<RawPage> pages = read(inputs);
        double readSeconds = seconds(t);
        t = System.nanoTime();
        Pipeline pipeline = Runtime.pipeline();
        figure("nlp model load s", seconds(t));

        List<Article> articles = new ArrayList<>();
        t = System.nanoTime();
        for (RawPage page : pages) {
            try {
                articles.add(pipeline.extractor().extract(page));
            } catch (InputException e) {
                out.println("# skipped " + e.getMessage());
            }
        }
        double extractSeconds = seconds(t);
        articles.stream().limit(5).forEach(pipeline.annotator()::annotate);
        List<Annotated> annotated = new ArrayList<>();
        t = System.nanoTime();
        for (Article a : articles) {
            annotated.add(pipeline.annotator().annotate(a));
        }
        double nlpSeconds = seconds(t);
        long tokens = annotated.stream().mapToLong(a -> a.tokens().size()).sum();
        List<List<Quote>> quotes = new ArrayList<>();
        t = System.nanoTime();
        for (Annotated a : annotated) {
            quotes.add(pipeline.attributor().find(a));
        }
        double quoteSeconds = seconds(t);
        List<Processed> processed = new ArrayList<>();
        t = System.nanoTime();
        for (int i = 0; i < annotated.size(); i++) {
            EntityResolver.Resolved resolved = pipeline.resolver().resolve(annotated.get(i), quotes.get(i));
            processed.add(new Processed("bench", annotated.get(i), resolved.entities(), resolved.quotes()));
        }
        double resolveSeconds = seconds(t);
        t = System.nanoTime();
        PlaceLocator locator = PlaceLocator.shared();
        figure("gazetteer load s", seconds(t));
        t = System.nanoTime();
        for (int i = 0; i < processed.size(); i++) {
            Processed p = processed.get(i);
            processed.set(i, p.withPlaces(locator.locate(p.annotated(), p.entities())));
        }
        double geoSeconds = seconds(t);
        t = System.nanoTime();
        EventCoder coder = EventCoder.shared();
        figure("event model load s", seconds(t));
        t = System.nanoTime();
        for (int i = 0; i < processed.size(); i++) {
            Processed p = processed.get(i);
            processed.set(i, p.withEvents(coder.code(p.annotated(), p.entities(), p.places(), p.quotes())));
        }
        double eventSeconds = seconds(t);
        double storeSeconds;
        try (Workspace w = Workspace.open(scratch.resolve("stages"))) {
            t = System.nanoTime();
            processed.forEach(w::save);
            w.commit();
            storeSeconds = seconds(t);
        }
        figure("corpus articles", articles.size());
        figure("corpus tokens", tokens);
        stage("read", articles.size(), tokens, readSeconds);
        stage("extract", articles.size(), tokens, extractSeconds);
        stage("nlp", articles.size(), tokens, nlpSeconds);
        stage("quotes", articles.size(), tokens, quoteSeconds);
        figure("quotes found", quotes.stream().mapToInt(List::size).sum());
        double perArticle = extractSeconds + nlpSeconds + quoteSeconds + resolveSeconds + geoSeconds + eventSeconds
                + storeSeconds;
        figure("quotes share of per-article work %", 100 * quoteSeconds / perArticle);
        stage("resolve", articles.size(), tokens, resolveSeconds);
        stage("geo", articles.size(), tokens, geoSeconds);
        figure("places found", processed.stream().mapToInt(p -> p.places().size()).sum());
        stage("events", articles.size(), tokens, eventSeconds);
        figure("events found", processed.stream().mapToInt(p -> p.events().size()).sum());
        figure("events share of per-article work %", 100 * eventSeconds / perArticle);
        stage("store+index", articles.size(), tokens, storeSeconds);

        int threads = workers != null ? workers : Runtime.workers();
        try (Workspace w = Workspace.open(scratch.resolve("end-to-end"))) {
            t = System.nanoTime();
            IngestSummary summary = new Ingestion(pipeline, w, threads).run(inputs, Hints.NONE, IngestListener.NONE);
            double s = seconds(t);
            figure("end-to-end workers", threads);
            stage("end-to-end", summary.stored(), tokens, s);
        }
        figure("heap max MB", java.lang.Runtime.getRuntime().maxMemory() / (1024.0 * 1024));
        figure("heap peak MB", heap.peakMegabytes());
        figure("heap live after ingest MB", heap.liveMegabytes());
        if (baseline > 0) {
            baseline(articles.subList(0, Math.min(baseline, articles.size())));
        }
    }

    /** CoreNLP as it comes on the same articles: its default NER alone (the option Sitrep's settings replace), then the whole default pipeline. */
    private void baseline(List<Article> sample) {
        baseline("corenlp-default-ner", BaselinePipeline.DEFAULT_NER, sample);
        baseline("corenlp-default", BaselinePipeline.ANNOTATORS, sample);
    }

    private void baseline(String name, String annotators, List<Article> sample) {
        long t = System.nanoTime();
        BaselinePipeline corenlp = new BaselinePipeline(annotators);
        figure(name + " model load s", seconds(t));
        corenlp.annotate(sample.get(0).text());
        long tokens = 0;
        t = System.nanoTime();
        for (Article a : sample) {
            tokens += corenlp.annotate(a.text());
        }
        stage(name + " (" + annotators + ")", sample.size(), tokens, seconds(t));
    }

    private List<RawPage> read(List<Path> inputs) {
        return new FileSource(Limits.DEFAULT).pages(inputs, Hints.NONE, problem -> out.println("# skipped " + problem.getMessage()));
    }

    private void stage(String name, long articles, long tokens, double seconds) {
        figure(name + " seconds", seconds);
        figure(name + " articles/s", articles / seconds);
        figure(name + " tokens/s", tokens / seconds);
    }

    private void figure(String name, double value) {
        new FigureLines(out, 2).print(name, value);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }


    static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
