package org.sitrep.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.sitrep.core.Json;
import org.sitrep.core.SitrepException;

/** Talks to the server that owns a data directory, found by its {@link ServerNote}, over its local HTTP API. */
final class ServerClient {
    /** How long a server has to answer that it is there; it answers its status in milliseconds. */
    private static final Duration KNOCK = Duration.ofSeconds(3);

    private final ServerNote note;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(KNOCK).build();

    private ServerClient(ServerNote note) {
        this.note = note;
    }

    /** The server named in {@code dataDir}'s note, if there is one and it answers; empty otherwise. */
    static Optional<ServerClient> find(Path dataDir) {
        return ServerNote.read(dataDir).map(ServerClient::new).filter(ServerClient::answers);
    }

    String url() {
        return note.url();
    }

    long pid() {
        return note.pid();
    }

    private boolean answers() {
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create(note.url() + "/api/v1/status")).timeout(KNOCK).GET().build();
            int status = http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
            // 503: the server is there but cannot reach its database just now; it still owns the directory, and
            // reports each input it cannot store, where opening the directory here would fail or wait for it.
            return status == 200 || status == 503;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks the server to do something; {@code body} is JSON or {@code null}. Returns the answer's JSON object. */
    Map<?, ?> send(String method, String path, Object body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(note.url() + path))
                .header("Authorization", "Bearer " + note.key())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(Json.write(body)));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        HttpResponse<String> response;
        try {
            response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SitrepException("the server at " + note.url() + " stopped answering: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SitrepException("interrupted while the server at " + note.url() + " worked", e);
        }
        Map<?, ?> answer = response.body().isBlank() ? Map.of()
                : Json.parse(response.body()).filter(Map.class::isInstance).map(Map.class::cast).orElse(Map.of());
        if (response.statusCode() / 100 != 2) {
            throw new Refused(response.statusCode(), answer.get("error") == null ? "HTTP " + response.statusCode() : answer.get("error").toString());
        }
        return answer;
    }

    /** The server refused the work; {@code status} is its HTTP status (404 for a thing that does not exist, 400 for bad input). */
    static final class Refused extends SitrepException {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
