package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.Processed;
import org.sitrep.core.RawPage;
import org.sitrep.ingest.FileSource;
import org.sitrep.ingest.Limits;
import org.sitrep.core.ArticleBudget;
import org.sitrep.pipeline.DemoCorpus;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Time and heap against an article's length: one article per size, built from distinct paragraphs of the bundled
 * demo corpus, run end to end (extract, NLP, statements, entities, store and index), as text and as HTML.
 */
@Command(name = "length", mixinStandardHelpOptions = true,
        description = "Builds one long article per size from distinct paragraphs of the demo corpus, as plain text and "
                + "as HTML, runs each end to end (extract, NLP, statements, entities, store, index) and prints seconds "
                + "and heap per stage and size, then the growth exponent between sizes (1 is linear, 2 quadratic).")
final class LengthBenchCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", paramLabel = "KB", defaultValue = "10,100,250,1000,4000,16000",
            description = "Article lengths in thousands of characters. Default: ${DEFAULT-VALUE}")
    List<Integer> sizes;

    @Option(names = "--formats", split = ",", paramLabel = "FORMAT", defaultValue = "text,html",
            description = "text, html or both. Default: ${DEFAULT-VALUE}")
    List<String> formats;

    @Option(names = "--no-budget", description = "Run the expensive stages over the whole article however long it is"
            + " (shows how their cost grows; without it they stop at the per-article budget, as ingest does)")
    boolean noBudget;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private PrintWriter out;

    @Override
    public Integer call() throws IOException {
        out = spec.commandLine().getOut();
        Path scratch = Files.createTempDirectory("sitrep-bench-length");
        try {
            Pipeline pipeline = noBudget ? Runtime.pipeline().withBudget(ArticleBudget.UNLIMITED) : Runtime.pipeline();
            List<String> paragraphs = paragraphs(pipeline, scratch);
            figure("source paragraphs", paragraphs.size());
            figure("budget characters", pipeline.budget().maxCharacters());
            figure("budget seconds", pipeline.budget().maxTime().toMillis() / 1000.0);
            run(pipeline, LongArticle.text(paragraphs, 20_000), "warm-up", scratch);
            for (String format : formats) {
                List<double[]> rows = new ArrayList<>();
                for (int kb : sizes) {
                    byte[] bytes = format.equals("html") ? LongArticle.html(paragraphs, kb * 1000) : LongArticle.text(paragraphs, kb * 1000);
                    double[] row = run(pipeline, new RawPage(format + "-" + kb + "k", bytes,
                            format.equals("html") ? ContentType.HTML : ContentType.BODY_TEXT, "UTF-8", null,
                            new Hints(null, LocalDate.of(2017, 1, 1), null, null)), format + " " + kb + " KB", scratch);
                    rows.add(new double[] {kb, row[0], row[1]});
                }
                for (int i = 1; i < rows.size(); i++) {
                    double[] a = rows.get(i - 1);
                    double[] b = rows.get(i);
                    figure(String.format(Locale.ROOT, "%s growth exponent %d->%d KB", format, (int) a[0], (int) b[0]),
                            Math.log(b[1] / a[1]) / Math.log(b[0] / a[0]));
                }
            }
        } finally {
            BenchCommand.delete(scratch);
        }
        return CommandLine.ExitCode.OK;
    }

    /** Body paragraphs of the bundled corpus (the seed and the FA-KES articles), each once. */
    private static List<String> paragraphs(Pipeline pipeline, Path scratch) {
        List<Path> corpus = DemoCorpus.unpack(scratch.resolve("corpus")).stream().flatMap(b -> b.paths().stream()).toList();
        List<String> out = new ArrayList<>();
        for (RawPage page : new FileSource(Limits.DEFAULT).pages(corpus, Hints.NONE, problem -> { })) {
            try {
                out.addAll(pipeline.extractor().extract(page).paragraphs());
            } catch (InputException e) {
                // A row without an article adds no paragraph.
            }
        }
        return out.stream().filter(p -> p.length() > 80).distinct().toList();
    }

    private double[] run(Pipeline pipeline, byte[] text, String name, Path scratch) {
        return run(pipeline, new RawPage(name, text, ContentType.BODY_TEXT, "UTF-8", null, Hints.NONE), name, scratch);
    }

    /** Runs one page through every stage; returns {seconds end to end, heap peak MB}. */
    private double[] run(Pipeline pipeline, RawPage page, String name, Path scratch) {
        System.gc();
        try (HeapSampler heap = new HeapSampler(); Workspace w = Workspace.open(scratch.resolve("data-" + name.replace(' ', '-')))) {
            long start = System.nanoTime();
            long t = start;
            Article article = pipeline.extractor().extract(page);
            double extract = seconds(t);
            t = System.nanoTime();
            Annotated annotated = pipeline.annotate(article);
            double nlp = seconds(t);
            t = System.nanoTime();
            Processed processed = pipeline.findAndResolve(page.origin(), annotated);
            double statements = seconds(t);
            t = System.nanoTime();
            w.save(processed);
            w.commit();
            double store = seconds(t);
            double total = seconds(start);
            double peak = heap.peakMegabytes();
            if (!name.equals("warm-up")) {
                figure(name + " characters", article.text().length());
                figure(name + " characters annotated", annotated.tokens().isEmpty() ? 0 : annotated.tokens().get(annotated.tokens().size() - 1).span().end());
                figure(name + " tokens", annotated.tokens().size());
                figure(name + " mentions", annotated.mentions().size());
                figure(name + " statements", processed.quotes().size());
                figure(name + " extract s", extract);
                figure(name + " nlp s", nlp);
                figure(name + " statements+entities s", statements);
                figure(name + " store+index s", store);
                figure(name + " end-to-end s", total);
                figure(name + " heap peak MB", peak);
                processed.warnings().forEach(warning -> out.println("# " + warning));
            }
            return new double[] {total, peak};
        }
    }

    private void figure(String name, double value) {
        new FigureLines(out, 3).print(name, value);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Long articles made of distinct paragraphs: each pass over the source numbers its paragraphs anew. */
    static final class LongArticle {
        private LongArticle() {
        }

        static byte[] text(List<String> paragraphs, int characters) {
            StringBuilder sb = new StringBuilder("A long report on the war\n\n");
            for (String p : cycle(paragraphs, characters)) {
                sb.append(p).append("\n\n");
            }
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        }

        static byte[] html(List<String> paragraphs, int characters) {
            StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A long report"
                    + " on the war</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>A long report on the war</h1>");
            for (String p : cycle(paragraphs, characters)) {
                sb.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
            }
            return sb.append("</article><footer>Footer</footer></body></html>").toString().getBytes(StandardCharsets.UTF_8);
        }

        private static List<String> cycle(List<String> paragraphs, int characters) {
            List<String> out = new ArrayList<>();
            int size = 0;
            for (int i = 0; size < characters; i++) {
                String p = paragraphs.get(i % paragraphs.size());
                if (i >= paragraphs.size()) {
                    p = "Update " + (i / paragraphs.size()) + ": " + p;
                }
                out.add(p);
                size += p.length() + 2;
            }
            return out;
        }
    }
}
