package org.sitrep.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.pipeline.IngestProgress;
import org.sitrep.pipeline.Workspace;
import org.sitrep.web.TileSource;
import org.sitrep.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serves the web application and JSON API.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @CommandLine.Mixin
    ServerOptions server;

    @Mixin
    AddressOption addresses;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        TileSource tiles = server.tiles(spec.commandLine(), System.getenv());
        String token = server.writeToken(spec.commandLine(), System.getenv(), spec.commandLine().getErr());
        try (Workspace workspace = Workspace.open(data.dir);
             WebServer web = new WebServer(workspace, new IngestProgress(), token, tiles);
             BackgroundPolling polling = new BackgroundPolling(workspace, addresses.guard(), spec.commandLine().getErr())) {
            int port = web.start(server.host, server.port);
            spec.commandLine().getErr().println("sitrep: serving " + Plural.articles(workspace.store().count()) + " at http://"
                    + server.host + ":" + port + "/ (Ctrl-C stops)");
            awaitShutdown();
        }
        return CommandLine.ExitCode.OK;
    }

    static void awaitShutdown() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        java.lang.Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        stop.await();
    }
}
