package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.sitrep.core.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load test of a running server (start one with 'sitrep demo' or 'sitrep serve'): mixed requests "
                + "(home, article pages, search, entity pages, quotes, API) at a fixed concurrency while expensive fuzzy "
                + "searches run beside them, then p50/p95/p99 in ms, errors (no answer, or 5xx other than 503 busy) and "
                + "statuses per kind of request, one figure per line.")
final class LoadBenchCommand implements Callable<Integer> {
    @Option(names = "--url", defaultValue = "http://127.0.0.1:7070", description = "The server; default: ${DEFAULT-VALUE}")
    URI url;

    @Option(names = "--requests", defaultValue = "3000", description = "Requests measured; default: ${DEFAULT-VALUE}")
    int requests;

    @Option(names = "--concurrency", defaultValue = "16", description = "Requests in flight at once; default: ${DEFAULT-VALUE}")
    int concurrency;

    @Option(names = "--expensive", defaultValue = "8",
            description = "Clients that send expensive fuzzy searches without pause beside the mix; default: ${DEFAULT-VALUE}")
    int expensive;

    @Option(names = "--fuzzy-terms", defaultValue = "64", description = "Fuzzy terms (word~2) in each expensive search; default: ${DEFAULT-VALUE}")
    int fuzzyTerms;

    @Option(names = "--warmup", defaultValue = "300", description = "Requests sent first and not measured; default: ${DEFAULT-VALUE}")
    int warmup;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(java.time.Duration.ofSeconds(10)).build();

    /** What came back for one kind of request: times, and how many answers had each status (-1: no answer). */
    private static final class Outcome {
        final Latencies latencies = new Latencies();
        final Map<Integer, Integer> statuses = new TreeMap<>();

        synchronized void record(double millis, int status) {
            latencies.add(millis);
            statuses.merge(status, 1, Integer::sum);
        }

        /** Answers that are the server's fault (5xx other than a deliberate 503 "busy") or none at all. */
        int errors() {
            return statuses.entrySet().stream().filter(e -> e.getKey() < 0 || e.getKey() >= 500 && e.getKey() != 503)
                    .mapToInt(Map.Entry::getValue).sum();
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (requests < 1 || concurrency < 1 || expensive < 0 || fuzzyTerms < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--requests, --concurrency and --fuzzy-terms must be >= 1, --expensive and --warmup >= 0");
        }
        if (!"http".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--url must be an http:// address with a host (the load test runs on loopback); got: " + url);
        }
        List<String> articles = ids("/api/v1/articles?size=100", false);
        List<String> entities = ids("/api/v1/entities?size=100", true);
        out.println("# " + articles.size() + " articles and " + entities.size() + " entities at " + url);
        run(LoadMix.requests(warmup, articles, entities), new EnumMap<>(LoadMix.Kind.class));
        AtomicBoolean done = new AtomicBoolean();
        Outcome heavy = new Outcome();
        List<Thread> heavyClients = new ArrayList<>();
        for (int i = 0; i < expensive; i++) {
            String path = LoadMix.fuzzySearch(fuzzyTerms, i);
            heavyClients.add(started("expensive-" + i, () -> {
                try (KeptAliveConnection connection = new KeptAliveConnection(url)) {
                    while (!done.get()) {
                        send(connection, path, heavy);
                    }
                }
            }));
        }
        Map<LoadMix.Kind, Outcome> outcomes = new EnumMap<>(LoadMix.Kind.class);
        long t = System.nanoTime();
        run(LoadMix.requests(requests, articles, entities), outcomes);
        double seconds = (System.nanoTime() - t) / 1e9;
        done.set(true);
        for (Thread c : heavyClients) {
            c.join();
        }
        report(out, outcomes, heavy, seconds);
        return CommandLine.ExitCode.OK;
    }

    private void run(List<LoadMix.Request> list, Map<LoadMix.Kind, Outcome> outcomes) throws InterruptedException {
        for (LoadMix.Kind k : LoadMix.Kind.values()) {
            outcomes.putIfAbsent(k, new Outcome());
        }
        AtomicInteger next = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            clients.add(started("client-" + i, () -> {
                try (KeptAliveConnection connection = new KeptAliveConnection(url)) {
                    for (int n = next.getAndIncrement(); n < list.size(); n = next.getAndIncrement()) {
                        send(connection, list.get(n).path(), outcomes.get(list.get(n).kind()));
                    }
                }
            }));
        }
        for (Thread c : clients) {
            c.join();
        }
    }

    private static Thread started(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.start();
        return t;
    }

    /** Sends one GET and records its time and status; a request that gets no answer counts with status -1. */
    private static void send(KeptAliveConnection connection, String path, Outcome outcome) {
        long t = System.nanoTime();
        int status;
        try {
            status = connection.get(path);
        } catch (IOException e) {
            status = -1;
        }
        outcome.record((System.nanoTime() - t) / 1e6, status);
    }

    /** The ids of the first page of a list from the API ({@code items[].id}, or {@code items[].entity.id}). */
    private List<String> ids(String path, boolean nested) throws InterruptedException {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(url.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
            Object items = Json.parse(r.body()).filter(Map.class::isInstance).map(m -> ((Map<?, ?>) m).get("items")).orElse(null);
            List<String> ids = new ArrayList<>();
            if (items instanceof List<?> list) {
                for (Object item : list) {
                    Object o = nested && item instanceof Map<?, ?> m ? m.get("entity") : item;
                    if (o instanceof Map<?, ?> m && m.get("id") != null) {
                        ids.add(m.get("id").toString());
                    }
                }
            }
            if (ids.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--url: " + url.resolve(path)
                        + " answered " + r.statusCode() + " without items; is it a Sitrep server with articles?");
            }
            return ids;
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--url: cannot reach " + url + " (" + e.getMessage() + ")");
        }
    }

    private void report(PrintWriter out, Map<LoadMix.Kind, Outcome> outcomes, Outcome heavy, double seconds) {
        Outcome all = new Outcome();
        Outcome searches = new Outcome();
        for (var e : outcomes.entrySet()) {
            Outcome o = e.getValue();
            line(out, e.getKey().name().toLowerCase(Locale.ROOT), o);
            merge(all, o);
            if (e.getKey() == LoadMix.Kind.SEARCH || e.getKey() == LoadMix.Kind.SEARCH_TIMELINE || e.getKey() == LoadMix.Kind.API_SEARCH) {
                merge(searches, o);
            }
        }
        line(out, "ordinary searches", searches);
        line(out, "all", all);
        figure(out, "requests/s", all.latencies.count() / seconds);
        figure(out, "concurrency", concurrency);
        figure(out, "expensive clients", expensive);
        if (expensive > 0) {
            line(out, "expensive fuzzy (" + fuzzyTerms + " terms)", heavy);
        }
        out.flush();
    }

    private static void merge(Outcome into, Outcome from) {
        into.latencies.addAll(from.latencies);
        from.statuses.forEach((status, n) -> into.statuses.merge(status, n, Integer::sum));
    }

    private static void line(PrintWriter out, String name, Outcome o) {
        figure(out, name + " requests", o.latencies.count());
        figure(out, name + " p50 ms", o.latencies.percentile(50));
        figure(out, name + " p95 ms", o.latencies.percentile(95));
        figure(out, name + " p99 ms", o.latencies.percentile(99));
        figure(out, name + " errors", o.errors());
        out.println(name + " statuses: " + o.statuses.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
                .collect(Collectors.joining(" ")));
    }

    private static void figure(PrintWriter out, String name, double value) {
        new FigureLines(out, 1).print(name, value);
    }
}
