package org.sitrep.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.web.TileSource;
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
        var err = spec.commandLine().getErr();
        Shutdown shutdown = Shutdown.hook();
        try (ServedDirectory served = ServedDirectory.start(data, server, token, tiles, addresses.guard(), err)) {
            err.println("sitrep: serving " + Plural.articles(served.workspace().store().count()) + " at http://"
                    + server.host + ":" + served.port() + "/ (Ctrl-C stops)");
            shutdown.await();
        } finally {
            shutdown.closed();
        }
        return CommandLine.ExitCode.OK;
    }

}
