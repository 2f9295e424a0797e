package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.sitrep.core.SitrepException;
import org.sitrep.pipeline.IngestProgress;
import org.sitrep.pipeline.Workspace;
import org.sitrep.store.PendingArticle;
import org.sitrep.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "pages", mixinStandardHelpOptions = true,
        description = {"Fills a temporary data directory with made-up articles (as 'bench search' makes them, with their",
                "entities, places and every fifth with an event) straight into the database and the search index, with",
                "no NLP; serves it on 127.0.0.1 and times the pages a reader opens, one request at a time over HTTP:",
                "the home page, a two-word search and the timeline it loads after its results, an article, an entity and the",
                "events page. Prints the fill time and each page's p50/p95/p99 in ms, one figure per line."})
final class PageBenchCommand implements Callable<Integer> {
    private static final int FILL_BATCH = 100;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "Articles stored; default: ${DEFAULT-VALUE}")
    int articles;

    @Option(names = "--words", paramLabel = "N", defaultValue = "400", description = "Words in each article's text; default: ${DEFAULT-VALUE}")
    int words;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "200", description = "Requests timed per page; default: ${DEFAULT-VALUE}")
    int requests;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "50", description = "Requests per page first, not timed; default: ${DEFAULT-VALUE}")
    int warmup;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Fill DIR and keep it (default: a temporary directory, deleted at the end); a DIR filled before is timed again as it is")
    Path keep;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (articles < 1 || words < 1 || requests < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--articles, --words and --requests must be >= 1, --warmup >= 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        FigureLines figures = new FigureLines(out, 1);
        Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("sitrep-page-bench");
        try (Workspace workspace = Workspace.open(dir)) {
            SyntheticRecords made = new SyntheticRecords(18, words);
            fill(workspace, made, figures);
            try (WebServer server = new WebServer(workspace, new IngestProgress(), null)) {
                int port = server.start("127.0.0.1", 0);
                time("http://127.0.0.1:" + port, pages(workspace, made), figures);
            }
        } finally {
            if (keep == null) {
                delete(dir);
            }
        }
        return CommandLine.ExitCode.OK;
    }

    private void fill(Workspace workspace, SyntheticRecords made, FigureLines figures) {
        int stored = (int) workspace.store().count();
        // A directory filled part-way before goes on where it stopped: the articles it holds are made again and
        // dropped, so the rest are new ones, not copies of the first (which the store would keep as copies).
        for (int i = 0; i < Math.min(stored, articles); i++) {
            made.next(i);
        }
        long t = System.nanoTime();
        // Saved as 'sitrep import' saves: batches of 100 in one transaction each (one article per transaction made
        // the fill of 100,000 articles take over an hour, the commits' syncs more than the work).
        List<PendingArticle> batch = new ArrayList<>(FILL_BATCH);
        for (int i = stored; i < articles; i++) {
            batch.add(PendingArticle.of(made.next(i)));
            if (batch.size() == FILL_BATCH || i + 1 == articles) {
                workspace.saveAll(batch).stream().filter(a -> a.failure().isPresent()).findFirst().ifPresent(a -> {
                    throw new SitrepException("bench pages: a made-up article could not be stored: " + a.failure().get().getMessage(),
                            a.failure().get());
                });
                batch.clear();
            }
            if ((i + 1) % 1000 == 0) {
                workspace.commit();
            }
            if ((i + 1) % 10_000 == 0 && i + 1 < articles) {
                figures.print("articles stored", i + 1);
                out().flush();
            }
        }
        workspace.commit();
        figures.print("articles", workspace.store().count());
        figures.print("fill s", (System.nanoTime() - t) / 1e9);
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** The pages timed, each as the URL of its n-th request. */
    private Map<String, IntFunction<String>> pages(Workspace workspace, SyntheticRecords made) {
        int n = warmup + requests;
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            queries.add(made.query());
        }
        Random random = new Random(7);
        int stored = (int) workspace.store().count();
        Map<String, IntFunction<String>> pages = new LinkedHashMap<>();
        pages.put("home", i -> "/");
        pages.put("search", i -> "/search?q=" + queries.get(i).replace(' ', '+'));
        // The timeline a search page loads after its results (counted anew: the page itself no longer counts it).
        pages.put("search timeline", i -> "/search/timeline?q=" + queries.get(i).replace(' ', '+'));
        pages.put("article", i -> "/articles/" + workspace.store().latest(new org.sitrep.core.PageRequest(1 + random.nextInt(Math.max(1, Math.min(stored, 10_000) / 20)), 20))
                .items().get(0).id());
        // Entities are drawn skewed as the articles name them: most requests open a much-named one.
        pages.put("entity", i -> "/entities/" + SyntheticArticles.entityId((int) Math.floor(Math.pow(random.nextDouble(), 3) * 3000)));
        pages.put("events", i -> i % 2 == 0 ? "/events" : "/events?page=" + (2 + random.nextInt(5)));
        return pages;
    }

    private void time(String base, Map<String, IntFunction<String>> pages, FigureLines figures) {
        HttpClient http = HttpClient.newHttpClient();
        for (var page : pages.entrySet()) {
            Latencies latencies = new Latencies();
            long bytes = 0;
            for (int i = 0; i < warmup + requests; i++) {
                String path = page.getValue().apply(i);
                long t = System.nanoTime();
                HttpResponse<String> r = get(http, base + path);
                double ms = (System.nanoTime() - t) / 1e6;
                if (r.statusCode() != 200 && !(page.getKey().equals("entity") && r.statusCode() == 404)) {
                    throw new SitrepException("the benchmark's request " + path + " answered HTTP " + r.statusCode());
                }
                if (i >= warmup) {
                    latencies.add(ms);
                    bytes += r.body().length();
                }
            }
            figures.print(page.getKey() + " page p50 ms", latencies.percentile(50));
            figures.print(page.getKey() + " page p95 ms", latencies.percentile(95));
            figures.print(page.getKey() + " page p99 ms", latencies.percentile(99));
            figures.print(page.getKey() + " page mean kB", bytes / 1024.0 / latencies.count());
            out().flush();
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SitrepException("the benchmark's request " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SitrepException("interrupted during " + url, e);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
