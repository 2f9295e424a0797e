package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.pipeline.DemoCorpus;
import org.sitrep.pipeline.IngestProgress;
import org.sitrep.pipeline.Ingestion;
import org.sitrep.pipeline.Listeners;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Workspace;
import org.sitrep.web.TileSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Ingests the bundled demo corpus once and serves it.",
        description = "Ingests the bundled demo corpus (the seed article and 573 FA-KES articles) into the data "
                + "directory, once, and serves it; the site is usable while the corpus is ingested.")
final class DemoCommand implements Callable<Integer> {
    private static final String DONE_MARKER = "demo-ingested";

    @Mixin
    DataOption data;

    @Mixin
    ServerOptions server;

    @Mixin
    AddressOption addresses;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException, IOException {
        var err = spec.commandLine().getErr();
        TileSource tiles = server.tiles(spec.commandLine(), System.getenv());
        String token = server.writeToken(spec.commandLine(), System.getenv(), err);
        Shutdown shutdown = Shutdown.hook();
        try (ServedDirectory served = ServedDirectory.start(data, server, token, tiles, addresses.guard(), err)) {
            Workspace workspace = served.workspace();
            IngestProgress progress = served.progress();
            int port = served.port();
            err.println("sitrep: serving at http://" + server.host + ":" + port + "/ (Ctrl-C stops)");
            Path marker = data.dir.resolve(DONE_MARKER);
            if (!Files.exists(marker)) {
                err.println("sitrep: ingesting the demo corpus (the site shows articles as they arrive)");
                ingest(workspace, progress, err);
                Files.writeString(marker, "done\n");
            }
            err.println("sitrep: " + Plural.articles(workspace.store().count()) + " at http://" + server.host + ":" + port + "/");
            shutdown.await();
        } finally {
            shutdown.closed();
        }
        return CommandLine.ExitCode.OK;
    }

    private static void ingest(Workspace workspace, IngestProgress progress, java.io.PrintWriter err) {
        ProgressBar bar = new ProgressBar(progress, err, ProgressBar.terminal());
        // Started before the pipeline is built, so the home page says the demo is starting while CoreNLP loads.
        progress.started();
        try {
            Pipeline pipeline = Runtime.pipeline();
            for (DemoCorpus.Batch batch : DemoCorpus.unpack(workspace.dataDir())) {
                new Ingestion(pipeline, workspace, Runtime.workers())
                        .run(batch.paths(), batch.hints(), new Listeners(progress, bar, new ProblemPrinter(err, bar)));
            }
        } finally {
            progress.finished();
        }
        bar.finish();
    }
}
