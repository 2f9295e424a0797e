package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Annotated;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.geo.PlaceLocator;
import org.sitrep.geo.SmallGazetteer;
import org.sitrep.ingest.AddressGuard;
import org.sitrep.ingest.FetchSettings;
import org.sitrep.ingest.WebFetcher;
import org.sitrep.pipeline.IngestProgress;
import org.sitrep.pipeline.Intake;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Workspace;
import org.sitrep.quotes.QuoteAttributor;
import org.sitrep.resolve.EntityResolver;
import org.sitrep.store.PostgresAddress;
import org.sitrep.web.ServerSettings;
import org.sitrep.web.WebServer;

/**
 * Issue 19: a server on a PostgreSQL record keeps serving across a restart of the database server, as a restart or a
 * failover does it: pages asked for all the while answer again once the database is back (no 500s that stay), an
 * ingest handed to the server while the database is away fails article by article with a line each, and one handed
 * after stores everything; nothing stored before is lost. The test runs a PostgreSQL server of its own, to stop it.
 */
class ServeAcrossPostgresRestartTest {
    /** How long the pages may take to answer again once the database is back. */
    private static final Duration RECOVERY = Duration.ofSeconds(15);

    @TempDir
    Path dir;
    private EmbeddedPostgres postgres;
    private int port;

    private EmbeddedPostgres startPostgres() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1").setServerConfig("fsync", "off").start();
    }

    private PostgresAddress startPostgresWithDatabase() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        postgres = startPostgres();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE sitrep_serving");
        }
        return PostgresAddress.parse("postgresql://postgres@127.0.0.1:" + port + "/sitrep_serving");
    }

    @AfterEach
    void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    /** The standard stages but an annotator that finds nothing: no CoreNLP to wait for. */
    private static Pipeline pipeline() {
        return new Pipeline(new ArticleExtractor(), a -> new Annotated(a, List.of(), List.of(), List.of(), List.of()),
                new QuoteAttributor(), new EntityResolver()).withLocator(() -> new PlaceLocator(SmallGazetteer.get()));
    }

    /** A server as {@code serve --db} runs one, in this JVM: workspace, intake, index following, key and note. */
    private static final class Served implements AutoCloseable {
        final Workspace workspace;
        final WebServer web;
        final IndexFollowing following;
        final ServerNote.Written note;
        final String base;

        Served(Path data, PostgresAddress db) {
            workspace = Workspace.open(data, db);
            String key = ServerNote.newKey();
            Intake intake = new Intake(pipeline(), workspace, new WebFetcher(FetchSettings.DEFAULT.withAddresses(AddressGuard.anyAddress())),
                    1, new IngestProgress());
            web = new WebServer(workspace, ServerSettings.READ_ONLY.withIntake(intake).withLocalKey(key), new IngestProgress());
            int port = web.start("127.0.0.1", 0);
            base = "http://127.0.0.1:" + port;
            following = new IndexFollowing(workspace, new PrintWriter(new StringWriter()));
            note = ServerNote.of("127.0.0.1", port, key).write(data);
        }

        @Override
        public void close() {
            note.close();
            following.close();
            web.close();
            workspace.close();
        }
    }

    private record Run(int code, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        return new Run(code, err.toString());
    }

    private Path articles(String folder, String... words) throws IOException {
        Path in = Files.createDirectories(dir.resolve(folder));
        for (String word : words) {
            Files.writeString(in.resolve(word + ".txt"), "Shelling near checkpoint " + word + "\n\nResidents said shelling hit the area"
                    + " near checkpoint " + word + " on Monday, and officials in Aleppo said two people were wounded.\n");
        }
        return in;
    }

    /** Asks for the pages round and round, noting each answer's status, until told to stop. */
    private static final class Reader implements Runnable {
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final List<String> urls;
        final AtomicBoolean stop = new AtomicBoolean();
        final List<Integer> statuses = new CopyOnWriteArrayList<>();
        final Map<String, Integer> last = new ConcurrentHashMap<>();

        Reader(String base, List<String> paths) {
            urls = paths.stream().map(p -> base + p).toList();
        }

        int status(String url) {
            try {
                return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -2;
            }
        }

        /** A reader, not a load test: the processes the test waits for need the processors too. */
        private static void pause() {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void run() {
            while (!stop.get()) {
                for (String url : urls) {
                    int status = status(url);
                    statuses.add(status);
                    last.put(url, status);
                }
                pause();
            }
        }
    }

    @Test
    @Timeout(120)
    void pagesAnswerAgainAndHandedIngestsLoseNothingAcrossADatabaseRestart() throws Exception {
        PostgresAddress db = startPostgresWithDatabase();
        Path data = dir.resolve("data");
        try (Served served = new Served(data, db)) {
            Run before = run("ingest", "--data", data.toString(), "--db", db.toString(), articles("before", "sitrepbefore").toString());
            assertThat(before.code()).as(before.err()).isZero();
            String id = served.workspace.store().latest(new org.sitrep.core.PageRequest(1, 1)).items().get(0).id();
            List<String> paths = List.of("/", "/search?q=sitrepbefore", "/articles/" + id, "/entities", "/events", "/quotes",
                    "/api/v1/articles", "/api/v1/search?q=checkpoint", "/api/v1/status");
            Reader reader = new Reader(served.base, paths);
            Thread reading = new Thread(reader, "pages");
            reading.start();
            try {
                postgres.close();
                postgres = null;
                Run whileDown = run("ingest", "--data", data.toString(), "--db", db.toString(),
                        articles("down", "sitrepdownone", "sitrepdowntwo").toString());
                postgres = startPostgres();

                Run after = run("ingest", "--data", data.toString(), "--db", db.toString(), articles("after", "sitrepafter").toString());
                Run downAgain = run("ingest", "--data", data.toString(), "--db", db.toString(), dir.resolve("down").toString());

                assertThat(whileDown.code()).as("ingest while the database is down: %s", whileDown.err()).isEqualTo(1);
                assertThat(whileDown.err()).contains("a server runs on " + data,
                        "sitrepdownone.txt: not stored: database write failed: Connection to 127.0.0.1:" + port + " refused",
                        "sitrepdowntwo.txt: not stored: database write failed: Connection to 127.0.0.1:" + port + " refused",
                        "ingested 0 articles (0 new, 0 updated), 2 failed, by the server");
                assertThat(after.code()).as(after.err()).isZero();
                assertThat(after.err()).contains("1 new");
                assertThat(downAgain.code()).as(downAgain.err()).isZero();
                assertThat(downAgain.err()).contains("2 new");
                long deadline = System.nanoTime() + RECOVERY.toNanos();
                int seen = reader.statuses.size();
                while (System.nanoTime() < deadline && !(reader.statuses.size() > seen + 2 * paths.size()
                        && reader.statuses.subList(reader.statuses.size() - paths.size(), reader.statuses.size()).stream().allMatch(s -> s == 200))) {
                    Thread.sleep(100);
                }
            } finally {
                reader.stop.set(true);
                reading.join();
            }
            assertThat(reader.last).as("the last answer to each page").allSatisfy((url, status) -> assertThat(status).as(url).isEqualTo(200));
            for (String path : paths) {
                assertThat(reader.status(served.base + path)).as(path).isEqualTo(200);
            }
            assertThat(served.workspace.store().count()).as("articles stored").isEqualTo(4);
            served.workspace.commit();
            assertThat(served.workspace.index().size()).as("articles in the index").isEqualTo(4);
            List<String> answers = new ArrayList<>();
            for (String word : List.of("sitrepbefore", "sitrepdownone", "sitrepdowntwo", "sitrepafter")) {
                answers.add(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(served.base + "/api/v1/search?q=" + word)).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
            }
            assertThat(answers).allSatisfy(a -> assertThat(a).contains("\"total\":1"));
        }
    }
}
