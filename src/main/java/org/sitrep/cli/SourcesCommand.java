package org.sitrep.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.InputException;
import org.sitrep.core.Source;
import org.sitrep.ingest.FetchSettings;
import org.sitrep.ingest.WebFetcher;
import org.sitrep.pipeline.IngestListener;
import org.sitrep.pipeline.SourcePoller;
import org.sitrep.pipeline.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sources", mixinStandardHelpOptions = true,
        subcommands = {SourcesCommand.Add.class, SourcesCommand.ListSources.class, SourcesCommand.Remove.class, SourcesCommand.Poll.class},
        description = "Feeds (RSS, Atom) and sitemaps that Sitrep polls for new articles.")
final class SourcesCommand implements Runnable {
    private static final Pattern INTERVAL = Pattern.compile("(\\d+)\\s*([smhd])");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: add, list, remove, poll");
    }

    /** "15m", "1h", "30s", "2d", or ISO-8601 ("PT15M"); at least one minute. */
    static Duration interval(String text) {
        Matcher m = INTERVAL.matcher(text.strip());
        Duration d;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        } else {
            try {
                d = Duration.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new InputException("--every", "must be like 15m, 1h, 30s, 2d or PT15M; got: " + text);
            }
        }
        if (d.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new InputException("--every", "must be at least one minute; got: " + text);
        }
        return d;
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
            try (Workspace w = Workspace.open(data.dir)) {
                Source s = w.sources().add(url, name, interval);
                spec.commandLine().getOut().println(s.id() + "\t" + s.url());
            } catch (InputException e) {
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
            try (Workspace w = Workspace.open(data.dir)) {
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
            try (Workspace w = Workspace.open(data.dir)) {
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

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            boolean failed = false;
            try (Workspace w = Workspace.open(data.dir)) {
                SourcePoller poller = new SourcePoller(Runtime.pipeline(), w, new WebFetcher(FetchSettings.DEFAULT.withAddresses(addresses.guard())));
                IngestListener problems = new ProblemPrinter(err);
                for (SourcePoller.PollResult r : poller.pollDue(Instant.now(), problems)) {
                    out.println(r.source().id() + "\t" + r.source().url() + "\t" + r.status());
                    failed |= r.failed() > 0;
                }
            }
            return failed ? CommandLine.ExitCode.SOFTWARE : CommandLine.ExitCode.OK;
        }
    }
}
