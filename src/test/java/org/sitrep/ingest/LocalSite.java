package org.sitrep.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A real HTTP server on 127.0.0.1 that answers set paths, 404 for the rest, and notes every request it receives. */
public final class LocalSite implements AutoCloseable {
    /** Answers one request. */
    @FunctionalInterface
    interface Answer {
        void answer(HttpExchange exchange) throws IOException, InterruptedException;
    }

    /** A request received: its path and when it arrived ({@link System#nanoTime()}). */
    record Request(String path, long atNanos) {
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "local-site");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(handlers);
        server.createContext("/", exchange -> {
            requests.add(new Request(exchange.getRequestURI().getPath(), System.nanoTime()));
            Answer a = answers.getOrDefault(exchange.getRequestURI().getPath(), e -> send(e, 404, "not found"));
            try (exchange) {
                a.answer(exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    /** "http://127.0.0.1:port". */
    public String base() {
        return "http://127.0.0.1:" + port();
    }

    int port() {
        return server.getAddress().getPort();
    }

    public LocalSite page(String path, String body) {
        return answer(path, e -> send(e, 200, body));
    }

    LocalSite redirect(String path, String location) {
        return answer(path, e -> {
            e.getResponseHeaders().add("Location", location);
            e.sendResponseHeaders(302, -1);
        });
    }

    LocalSite answer(String path, Answer answer) {
        answers.put(path, answer);
        return this;
    }

    /** The requests received so far, in order. */
    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The paths requested so far, in order. */
    public List<String> paths() {
        return requests().stream().map(Request::path).toList();
    }

    static void send(HttpExchange e, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        e.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
