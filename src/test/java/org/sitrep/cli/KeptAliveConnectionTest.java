package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptAliveConnectionTest {
    /** A server on loopback that answers each request with the next scripted answer, and counts connections. */
    private static final class ScriptedServer implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        final AtomicInteger connections = new AtomicInteger();
        private final Deque<String> answers;

        ScriptedServer(List<String> answers) throws IOException {
            this.answers = new ArrayDeque<>(answers);
            Thread t = new Thread(this::serve, "scripted-server");
            t.setDaemon(true);
            t.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    connections.incrementAndGet();
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                    OutputStream out = s.getOutputStream();
                    while (in.readLine() != null) {
                        while (!in.readLine().isEmpty()) {
                            // the request's headers: the script answers whatever they say
                        }
                        String answer = answers.poll();
                        if (answer == null) {
                            break;
                        }
                        out.write(answer.getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        if (answer.contains("Connection: close") || answer.endsWith("CUT")) {
                            break;
                        }
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void readsSizedAndChunkedAnswersOneAfterAnotherOnOneConnection() throws IOException {
        try (ScriptedServer server = new ScriptedServer(List.of(
                "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
                "HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n",
                "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n"));
             KeptAliveConnection c = new KeptAliveConnection(server.uri())) {
            assertThat(List.of(c.get("/a"), c.get("/b"), c.get("/c"))).containsExactly(200, 404, 503);
            assertThat(server.connections.get()).isEqualTo(1);
        }
    }

    @Test
    void opensANewConnectionAfterTheServerSaysItCloses() throws IOException {
        try (ScriptedServer server = new ScriptedServer(List.of(
                "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok",
                "HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n"));
             KeptAliveConnection c = new KeptAliveConnection(server.uri())) {
            assertThat(List.of(c.get("/a"), c.get("/b"))).containsExactly(200, 201);
            assertThat(server.connections.get()).isEqualTo(2);
        }
    }

    @Test
    void failsWhenTheServerHangsUpBeforeTheBodyEnds() throws IOException {
        try (ScriptedServer server = new ScriptedServer(List.of("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nCUT"));
             KeptAliveConnection c = new KeptAliveConnection(server.uri())) {
            assertThatThrownBy(() -> c.get("/a")).isInstanceOf(IOException.class).hasMessageContaining("before the body's end");
        }
    }

    @Test
    void refusesAnAddressThatIsNotPlainHttp() {
        assertThatThrownBy(() -> new KeptAliveConnection(URI.create("https://127.0.0.1:1/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https://127.0.0.1:1/");
    }
}
