package org.sitrep.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.core.Hints;
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
        header = "Adds articles from files and folders: .txt, .html/.htm (also .gz) and .csv.",
        description = "Adds articles: .txt, .html/.htm (also .gz), folders (recursively), and .csv files with a header row. "
                + "Re-ingesting an article (same URL or same text) updates it. Prints one line per rejected input. "
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
        IngestProgress progress = new IngestProgress();
        ProgressBar bar = new ProgressBar(progress, err, ProgressBar.terminal());
        IngestSummary summary;
        try (Workspace workspace = Workspace.open(data.dir)) {
            summary = new Ingestion(Runtime.pipeline(), workspace, Runtime.workers())
                    .run(paths, hints, new Listeners(progress, bar, new ProblemPrinter(err, bar)));
        }
        bar.finish();
        err.println("sitrep: ingested " + Plural.articles(summary.stored()) + " (" + summary.created() + " new, "
                + summary.updated() + " updated), " + summary.failed() + " failed");
        return summary.failed() == 0 && summary.stored() > 0 ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
    }
}
