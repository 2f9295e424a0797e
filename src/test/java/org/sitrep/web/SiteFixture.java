package org.sitrep.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.Seed;
import org.sitrep.core.Hints;
import org.sitrep.pipeline.DemoCorpus;
import org.sitrep.pipeline.IngestListener;
import org.sitrep.pipeline.IngestProgress;
import org.sitrep.pipeline.Intake;
import org.sitrep.ingest.AddressGuard;
import org.sitrep.ingest.FetchSettings;
import org.sitrep.ingest.Politeness;
import org.sitrep.ingest.WebFetcher;
import org.sitrep.pipeline.Ingestion;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Workspace;

/**
 * A real server on a free port of 127.0.0.1 over a data directory holding the seed and a hostile page, their places
 * located with the tests' small gazetteer ({@link TestPlaces}).
 */
final class SiteFixture implements AutoCloseable {
    /** The local key of a fixture that takes articles. */
    static final String LOCAL_KEY = "local-key-of-the-tests-0123456789";
    static final String HOSTILE_TITLE = "<script>alert('title')</script> Hostile page";
    private static SiteFixture shared;

    private final Workspace workspace;
    private final WebServer server;
    private final IngestProgress progress = new IngestProgress();
    private final Intake intake;
    private final HttpClient http = HttpClient.newHttpClient();
    final int port;

    SiteFixture(Path dir) throws IOException {
        this(dir, null);
    }

    SiteFixture(Path dir, String writeToken) throws IOException {
        this(dir, writeToken, false);
    }

    /**
     * @param takesArticles whether the server takes articles (uploads, sources) as {@code sitrep serve} does, with the
     *                      tests' pipeline and a fetcher allowed to reach 127.0.0.1, and the local key {@link #LOCAL_KEY}
     */
    SiteFixture(Path dir, String writeToken, boolean takesArticles) throws IOException {
        Path seed = Seed.copyTo(dir);
        Path hostile = dir.resolve("hostile.html");
        Files.writeString(hostile, "<html><head><meta property=\"og:title\" content=\"" + HOSTILE_TITLE.replace("<", "&lt;").replace(">", "&gt;")
                + "\"><meta property=\"og:site_name\" content=\"Hostile Times\"><meta property=\"og:image\" "
                + "content=\"https://img.example/market.jpg\"><meta property=\"article:published_time\" content=\"2016-03-05T09:30:00+02:00\"></head><body><article><figure><img src=\"https://img.example/market.jpg\">"
                + "<figcaption>Smoke &lt;b onmouseover=alert(2)&gt;over the market</figcaption></figure>"
                + "<p>Body with &lt;script&gt;alert('body')&lt;/script&gt; and <script>alert('live')</script> an img "
                + "&lt;img src=x onerror=alert(1)&gt; in Aleppo, said Kristen Gillespie.</p></article></body></html>");
        workspace = Workspace.open(dir.resolve("data"));
        Pipeline pipeline = Pipeline.standard().withLocator(TestPlaces::locator);
        new Ingestion(pipeline, workspace, 2).run(List.of(seed), DemoCorpus.SEED_HINTS, IngestListener.NONE);
        new Ingestion(pipeline, workspace, 1).run(List.of(hostile), new Hints(null, null, null, "javascript:alert(1)"), IngestListener.NONE);
        intake = takesArticles ? new Intake(pipeline, workspace,
                new WebFetcher(FetchSettings.DEFAULT.withAddresses(AddressGuard.anyAddress()).withPoliteness(Politeness.DEFAULT.withMinDelay(java.time.Duration.ZERO))), 1, progress) : null;
        server = new WebServer(workspace, ServerSettings.READ_ONLY.withWriteToken(writeToken).withIntake(intake)
                .withLocalKey(takesArticles ? LOCAL_KEY : null), progress);
        port = server.start("127.0.0.1", 0);
    }

    /**
     * One fixture without write token for the tests that only read, ingested once per JVM and closed when it exits:
     * ingesting the seed costs seconds.
     */
    static synchronized SiteFixture shared() throws IOException {
        if (shared == null) {
            Path dir = Files.createTempDirectory("sitrep-site");
            shared = new SiteFixture(dir);
            java.lang.Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET as htmx asks for a part of a page (the HX-Request header). */
    HttpResponse<String> getPart(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("HX-Request", "true").build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    IngestProgress progress() {
        return progress;
    }

    Workspace workspace() {
        return workspace;
    }

    @Override
    public void close() {
        server.close();
        workspace.close();
    }
}
