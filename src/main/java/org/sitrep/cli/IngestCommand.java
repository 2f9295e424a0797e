package org.sitrep.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sitrep.core.Hints;
import org.sitrep.ingest.SkippedRecords;
import org.sitrep.pipeline.IngestListener;
import org.sitrep.pipeline.IngestProgress;
import org.sitrep.pipeline.IngestSummary;
import org.sitrep.pipeline.Ingestion;
import org.sitrep.pipeline.Listeners;
import org.sitrep.pipeline.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Adds articles from files and folders: .txt, .html/.htm (also .gz), .csv and web archives (.warc).",
        description = "Adds articles: .txt, .html/.htm (also .gz), folders (recursively), .csv files with a header row, and web "
                + "archives (.warc, .warc.gz: the HTML pages fetched with status 200; other records are counted and skipped). "
                + "Re-ingesting an article (same URL or same text) updates it; another outlet's word-for-word copy of a stored "
                + "article is listed with it, not stored again; an archive's page stored already is passed over. "
                + "Prints one line per rejected input. While 'serve' or 'demo' runs on the data directory, the server ingests "
                + "the files and shows them at once; while another ingest holds it, this one waits. "
                + "Exit 0 if anything was ingested and nothing failed, 1 if some inputs failed, 2 on bad usage.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date of the single files given")
    LocalDate published;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet of the single files given")
    String outlet;

    @Option(names = "--url", paramLabel = "URL", description = "URL of the single files given")
    String url;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders to ingest")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Hints hints = new Hints(null, published, outlet, url);
        DirectoryAccess.Way way = DirectoryAccess.reach(data, err);
        IngestSummary summary = way.server() != null ? handOver(way.server(), hints) : ingest(way.workspace(), hints);
        err.println("sitrep: ingested " + Plural.articles(summary.stored()) + " ("
                + summary.created() + " new, " + summary.updated() + " updated" + (summary.copies() == 0 ? "" : ", "
                + summary.copies() + " copies of stored articles under other addresses") + (summary.unchanged() == 0 ? ""
                : ", " + summary.unchanged() + " archived pages stored already") + "), " + summary.failed() + " failed"
                + (way.server() != null ? ", by the server at " + way.server().url() : ""));
        return summary.failed() == 0 && summary.stored() > 0 ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
    }

    private IngestSummary ingest(Workspace opened, Hints hints) {
        var err = spec.commandLine().getErr();
        IngestProgress progress = new IngestProgress();
        ProgressBar bar = new ProgressBar(progress, err, ProgressBar.terminal());
        IngestSummary summary;
        List<SkippedRecords> skipped = new CopyOnWriteArrayList<>();
        IngestListener archives = new IngestListener() {
            @Override
            public void skipped(SkippedRecords records) {
                skipped.add(records);
            }
        };
        try (Workspace workspace = opened) {
            summary = new Ingestion(Runtime.pipeline(), workspace, Runtime.workers())
                    .run(paths, hints, new Listeners(progress, bar, new ProblemPrinter(err, bar), archives));
        }
        bar.finish();
        for (SkippedRecords s : skipped) {
            err.println("sitrep: " + s.file() + ": read " + s.kept() + " HTML pages, " + s.describe());
        }
        return summary;
    }

    /**
     * Gives the paths (made absolute: the server may run in another folder) to the server that owns the data
     * directory, and prints its problems and warnings as a local run would.
     */
    private IngestSummary handOver(ServerClient server, Hints hints) {
        var err = spec.commandLine().getErr();
        err.println("sitrep: a server runs on " + data.dir + " (" + server.url() + ", pid " + server.pid()
                + "); it ingests the files");
        err.flush();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("paths", paths.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList());
        body.put("published", hints.published() == null ? null : hints.published().toString());
        body.put("outlet", hints.outlet());
        body.put("url", hints.url());
        Map<?, ?> answer = server.send("POST", "/api/v1/ingest", body);
        lines(answer.get("problems")).forEach(p -> err.println("sitrep: " + p));
        lines(answer.get("warnings")).forEach(w -> err.println("sitrep: warning: " + w));
        return new IngestSummary(count(answer.get("created")), count(answer.get("updated")), count(answer.get("failed")));
    }

    private static List<String> lines(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static int count(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }
}
