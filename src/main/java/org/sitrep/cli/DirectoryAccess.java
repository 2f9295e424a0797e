package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.core.DirectoryInUseException;
import org.sitrep.core.SitrepException;
import org.sitrep.pipeline.Workspace;

/**
 * How a command that writes reaches its data directory. One process owns a directory's index: when a server runs on
 * it, the command hands its work to the server; when none answers, the command opens the directory itself; when
 * another process holds it and does not answer (an ingest, a server still starting), the command says so and waits.
 */
final class DirectoryAccess {
    /** How often a waiting command looks again. */
    private static final long WAIT_MILLIS = 1000;

    /** The way in: exactly one of {@code server} and {@code workspace} is set; close the workspace when done. */
    record Way(ServerClient server, Workspace workspace) {
    }

    private DirectoryAccess() {
    }

    /**
     * Finds the server that owns the data directory, or opens it, waiting while another process holds it.
     *
     * @throws SitrepException when interrupted while waiting
     */
    static Way reach(DataOption data, PrintWriter err) {
        Path dataDir = data.dir;
        boolean told = false;
        while (true) {
            Optional<ServerClient> server = ServerClient.find(dataDir);
            if (server.isPresent()) {
                return new Way(server.get(), null);
            }
            try {
                return new Way(null, data.open());
            } catch (DirectoryInUseException e) {
                if (!told) {
                    err.println("sitrep: " + dataDir + " is in use by another Sitrep process that takes no work over HTTP "
                            + "(an ingest, or a server still starting); waiting for it (Ctrl-C stops)");
                    err.flush();
                    told = true;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SitrepException("interrupted while waiting for the data directory", e);
        }
    }
}
