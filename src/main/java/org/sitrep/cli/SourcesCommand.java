package org.sitrep.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.core.InputException;
import org.sitrep.core.Source;
import org.sitrep.ingest.FetchSettings;
import org.sitrep.ingest.Politeness;
import org.sitrep.ingest.WebFetcher;
import org.sitrep.pipeline.IngestListener;
import org.sitrep.pipeline.Records;
import org.sitrep.pipeline.SourcePoller;
import org.sitrep.pipeline.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sources", mixinStandardHelpOptions = true,
        subcommands = {SourcesCommand.Add.class, SourcesCommand.ListSources.class, SourcesCommand.Remove.class, SourcesCommand.Poll.class},
        description = {"Feeds (RSS, Atom) and sitemaps that Sitrep polls for new articles.",
                "While 'serve' or 'demo' runs on the data directory, the server adds, removes and polls them."})
final class SourcesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: add, list, remove, poll");
    }

    /** "15m", "1h", "30s", "2d", or ISO-8601 ("PT15M"); at least one minute. */
    static Duration interval(String text) {
        return org.sitrep.core.PollInterval.parse("--every", text);
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a feed or sitemap to poll.")
    static final class Add implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Mixin
        AddressOption addresses;

        @Parameters(paramLabel = "URL", description = "The feed's or sitemap's http(s) URL")
        String url;

        @Option(names = "--name", paramLabel = "NAME", description = "A name to show")
        String name;

        @Option(names = "--every", paramLabel = "INTERVAL", defaultValue = "15m", description = "How often to poll; default: ${DEFAULT-VALUE}")
        String every;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Duration interval;
            try {
                interval = interval(every);
                if (!url.matches("(?i)https?://\\S+")) {
                    throw new InputException(url, "not an http(s) URL");
                }
                addresses.guard().check(url);
            } catch (InputException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            var server = ServerClient.find(data.dir);
            try {
                if (server.isPresent()) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("url", url);
                    body.put("name", name);
                    body.put("every", every);
                    Map<?, ?> added = server.get().send("POST", "/api/v1/sources", body);
                    spec.commandLine().getOut().println(((Number) added.get("id")).longValue() + "\t" + added.get("url"));
                    spec.commandLine().getErr().println("sitrep: added by the server at " + server.get().url() + ", which polls it within a minute");
                } else {
                    // Sources live in the database alone: no need to wait for a process that holds the index.
                    try (Records r = data.records()) {
                        Source s = r.sources().add(url, name, interval);
                        spec.commandLine().getOut().println(s.id() + "\t" + s.url());
                    }
                }
            } catch (InputException | ServerClient.Refused e) {
                spec.commandLine().getErr().println("sitrep: " + e.getMessage());
                return CommandLine.ExitCode.SOFTWARE;
            }
            return CommandLine.ExitCode.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the sources: id, URL, name, interval, last poll and its result.")
    static final class ListSources implements Callable<Integer> {
        @Mixin
        DataOption data;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            try (Records w = data.records()) {
                for (Source s : w.sources().list()) {
                    out.println(s.id() + "\t" + s.url() + "\t" + (s.name() == null ? "" : s.name()) + "\t" + s.every()
                            + "\t" + (s.lastPolledAt() == null ? "never" : s.lastPolledAt()) + "\t" + (s.lastStatus() == null ? "" : s.lastStatus()));
                }
            }
            return CommandLine.ExitCode.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes a source by id.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Parameters(paramLabel = "ID", description = "The source's id (see 'sources list')")
        long id;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var server = ServerClient.find(data.dir);
            if (server.isPresent()) {
                try {
                    server.get().send("DELETE", "/api/v1/sources/" + id, null);
                    spec.commandLine().getErr().println("sitrep: removed by the server at " + server.get().url());
                } catch (ServerClient.Refused e) {
                    spec.commandLine().getErr().println("sitrep: " + (e.status() == 404 ? "no source with id " + id : e.getMessage()));
                    return CommandLine.ExitCode.SOFTWARE;
                }
                return CommandLine.ExitCode.OK;
            }
            try (Records w = data.records()) {
                if (!w.sources().remove(id)) {
                    spec.commandLine().getErr().println("sitrep: no source with id " + id);
                    return CommandLine.ExitCode.SOFTWARE;
                }
            }
            return CommandLine.ExitCode.OK;
        }
    }

    @Command(name = "poll", mixinStandardHelpOptions = true,
            description = "Fetches every due source once, ingests what is new, prints a line per source, and exits. "
                    + "Obeys robots.txt and waits at least a second between requests to one host; each fetch has 30 s.")
    static final class Poll implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Mixin
        AddressOption addresses;

        @Option(names = "--host-delay", paramLabel = "MILLISECONDS", defaultValue = "1000",
                description = "Least time between two requests to one host, in milliseconds (a robots.txt Crawl-delay may ask "
                        + "for more); lower it only for hosts of your own, such as a local feed bridge (a server that owns the directory polls with its own); "
                        + "default: ${DEFAULT-VALUE}")
        long hostDelayMillis;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        private FetchSettings fetching() {
            if (hostDelayMillis < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--host-delay must be >= 0; got: " + hostDelayMillis);
            }
            return FetchSettings.DEFAULT.withAddresses(addresses.guard())
                    .withPoliteness(Politeness.DEFAULT.withMinDelay(Duration.ofMillis(hostDelayMillis)));
        }

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            FetchSettings fetching = fetching();
            boolean failed = false;
            DirectoryAccess.Way way = DirectoryAccess.reach(data, err);
            if (way.server() != null) {
                return handOver(way.server());
            }
            try (Workspace w = way.workspace()) {
                SourcePoller poller = new SourcePoller(Runtime.pipeline(), w, new WebFetcher(fetching));
                IngestListener problems = new ProblemPrinter(err);
                for (SourcePoller.PollResult r : poller.pollDue(Instant.now(), problems)) {
                    out.println(r.source().id() + "\t" + r.source().url() + "\t" + r.status());
                    failed |= r.failed() > 0;
                }
            }
            return failed ? CommandLine.ExitCode.SOFTWARE : CommandLine.ExitCode.OK;
        }

        /** Asks the server that owns the data directory to poll the due sources, and prints what it did. */
        private int handOver(ServerClient server) {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            err.println("sitrep: a server runs on " + data.dir + " (" + server.url() + ", pid " + server.pid() + "); it polls the due sources");
            err.flush();
            Map<?, ?> answer = server.send("POST", "/api/v1/sources/poll", null);
            boolean failed = false;
            if (answer.get("problems") instanceof List<?> problems) {
                problems.forEach(p -> err.println("sitrep: " + p));
            }
            if (answer.get("polled") instanceof List<?> polled) {
                for (Object o : polled) {
                    Map<?, ?> r = (Map<?, ?>) o;
                    Map<?, ?> source = (Map<?, ?>) r.get("source");
                    out.println(((Number) source.get("id")).longValue() + "\t" + source.get("url") + "\t" + r.get("status"));
                    failed |= ((Number) r.get("failed")).intValue() > 0;
                }
            }
            return failed ? CommandLine.ExitCode.SOFTWARE : CommandLine.ExitCode.OK;
        }
    }
}
