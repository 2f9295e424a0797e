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
import org.sitrep.core.PageRequest;
import org.sitrep.index.Facet;
import org.sitrep.index.SearchIndex;
import org.sitrep.index.SearchQuery;
import org.sitrep.index.SearchResults;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Writes made-up articles (words drawn as frequent as in the bundled FA-KES articles, with outlets,",
                "languages, days, entities, kinds, places and speakers) straight into a temporary search index, with no",
                "NLP, then times two-word searches with their highlighted snippets and all facet counts, as the search",
                "page asks them (one at a time). Prints build time, index size, and search p50/p95/p99 in ms (and the",
                "searching thread's CPU time, apart from waiting for a core on a busy machine), one figure per line."})
final class SearchBenchCommand implements Callable<Integer> {
    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "Articles written; default: ${DEFAULT-VALUE}")
    int articles;

    @Option(names = "--words", paramLabel = "N", defaultValue = "400", description = "Words in each article's text; default: ${DEFAULT-VALUE}")
    int words;

    @Option(names = "--searches", paramLabel = "N", defaultValue = "1000", description = "Searches timed; default: ${DEFAULT-VALUE}")
    int searches;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "300", description = "Searches run first and not timed; default: ${DEFAULT-VALUE}")
    int warmup;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Write the index into DIR and keep it (default: a temporary directory, deleted at the end)")
    Path keep;

    @Option(names = "--reuse", description = "With --keep: when DIR already holds an index of at least --articles articles "
            + "(kept by an earlier run), time searches on it without writing any")
    boolean reuse;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (articles < 1 || words < 1 || searches < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--articles, --words and --searches must be >= 1, --warmup >= 0");
        }
        if (reuse && keep == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--reuse needs --keep DIR (the index to reuse)");
        }
        PrintWriter out = spec.commandLine().getOut();
        FigureLines figures = new FigureLines(out, 1);
        Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("sitrep-search-bench");
        try (SearchIndex index = SearchIndex.open(dir)) {
            SyntheticArticles made = new SyntheticArticles(18, words);
            figures.print("vocabulary words", made.vocabulary());
            if (reuse && keep != null && index.size() >= articles) {
                figures.print("articles kept from an earlier run", index.size());
            } else {
                build(index, made, figures);
            }
            figures.print("index MB", size(dir.resolve("index")) / (1024.0 * 1024));
            // The searches' words come from a generator of their own, so that they are the same whether or not the
            // articles were written in this run.
            time(index, new SyntheticArticles(19, words), figures);
        } finally {
            if (keep == null) {
                delete(dir);
            }
        }
        return CommandLine.ExitCode.OK;
    }

    private void build(SearchIndex index, SyntheticArticles made, FigureLines figures) {
        long t = System.nanoTime();
        for (int i = 0; i < articles; i++) {
            index.put(made.next(i));
            if ((i + 1) % 100_000 == 0 && i + 1 < articles) {
                figures.print("articles written", i + 1);
            }
        }
        index.commit(articles);
        figures.print("articles", index.size());
        figures.print("build s", (System.nanoTime() - t) / 1e9);
    }

    private void time(SearchIndex index, SyntheticArticles made, FigureLines figures) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < warmup + searches; i++) {
            queries.add(made.searchWord() + " " + made.searchWord());
        }
        Latencies latencies = new Latencies();
        Latencies cpu = new Latencies();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long hits = 0;
        long partial = 0;
        long estimated = 0;
        String slowest = null;
        double slowestMs = -1;
        long slowestHits = 0;
        for (int i = 0; i < queries.size(); i++) {
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            SearchResults r = index.search(new SearchQuery(queries.get(i), null, null, null, null, new PageRequest(1, 20)));
            double ms = (System.nanoTime() - t) / 1e6;
            if (i >= warmup) {
                latencies.add(ms);
                cpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
                hits += r.hits().total();
                partial += r.partial() ? 1 : 0;
                if (ms > slowestMs) {
                    slowestMs = ms;
                    slowest = queries.get(i);
                    slowestHits = r.hits().total();
                }
                estimated += r.facetsEstimated() ? 1 : 0;
                if (r.counts(Facet.MONTH).isEmpty() && r.hits().total() > 0 && !r.partial()) {
                    throw new IllegalStateException("search '" + queries.get(i) + "' found articles but counted no months");
                }
            }
        }
        figures.print("searches", latencies.count());
        figures.print("mean matching articles", (double) hits / latencies.count());
        figures.print("searches stopped at the time limit", partial);
        figures.print("searches with facets counted on a sample of their matches", estimated);
        figures.print("two-word search with facets p50 ms", latencies.percentile(50));
        figures.print("two-word search with facets p95 ms", latencies.percentile(95));
        figures.print("two-word search with facets p99 ms", latencies.percentile(99));
        // On a shared machine the times above include waiting for a core; the search's own CPU time does not.
        figures.print("two-word search with facets CPU p50 ms", cpu.percentile(50));
        figures.print("two-word search with facets CPU p99 ms", cpu.percentile(99));
        spec.commandLine().getOut().println("slowest search: '" + slowest + "' " + String.format(java.util.Locale.ROOT, "%.1f", slowestMs) + " ms, " + slowestHits + " matching articles");
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
