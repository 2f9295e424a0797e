package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.sitrep.ingest.AddressGuard;
import org.sitrep.ingest.FetchSettings;
import org.sitrep.ingest.WebFetcher;
import org.sitrep.pipeline.IngestProgress;
import org.sitrep.pipeline.Intake;
import org.sitrep.pipeline.Workspace;
import org.sitrep.web.ServerSettings;
import org.sitrep.web.TileSource;
import org.sitrep.web.WebServer;

/**
 * A data directory served, as {@code serve} and {@code demo} run it: the workspace, the web server over it (which also
 * takes articles and polls sources), polling in the background, and the {@link ServerNote} that tells other commands
 * where to hand their work. Closing stops it all and removes the note.
 */
final class ServedDirectory implements AutoCloseable {
    private final Workspace workspace;
    private final IngestProgress progress = new IngestProgress();
    // Set one by one as the server starts; a failed start closes the ones set.
    private WebServer web;
    private BackgroundPolling polling;
    /** With a PostgreSQL record, indexes what other processes store; {@code null} with SQLite. */
    private IndexFollowing following;
    private ServerNote.Written note;
    private int port;

    private ServedDirectory(DataOption data, ServerOptions server, ServerSettings settings, AddressGuard addresses, PrintWriter err) {
        Path dataDir = data.dir;
        String key = ServerNote.newKey();
        workspace = data.open();
        try {
            Intake intake = new Intake(Runtime::pipeline, workspace, new WebFetcher(FetchSettings.DEFAULT.withAddresses(addresses)),
                    Runtime.workers(), progress);
            web = new WebServer(workspace, settings.withIntake(intake).withLocalKey(key), progress);
            port = web.start(server.host, server.port);
            polling = new BackgroundPolling(intake, err);
            following = data.db == null ? null : new IndexFollowing(workspace, err);
            note = ServerNote.of(server.host, port, key).write(dataDir);
        } catch (RuntimeException e) {
            close(e);
            throw e;
        }
    }

    /** Opens the data directory and starts serving it. */
    static ServedDirectory start(DataOption data, ServerOptions server, String token, TileSource tiles, AddressGuard addresses, PrintWriter err) {
        return new ServedDirectory(data, server, ServerSettings.READ_ONLY.withWriteToken(token).withTiles(tiles), addresses, err);
    }

    Workspace workspace() {
        return workspace;
    }

    IngestProgress progress() {
        return progress;
    }

    int port() {
        return port;
    }

    private void close(RuntimeException failure) {
        try {
            close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Removes the note first, so no command hands work to a server that is stopping; then stops and closes. */
    @Override
    public void close() {
        try {
            if (note != null) {
                note.close();
            }
            if (following != null) {
                following.close();
            }
            if (polling != null) {
                polling.close();
            }
            if (web != null) {
                web.close();
            }
        } finally {
            workspace.close();
        }
    }
}
