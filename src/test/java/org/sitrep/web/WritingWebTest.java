package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.JsonObjects;
import org.sitrep.core.Json;
import org.sitrep.core.PageRequest;

/**
 * Issue 18: articles and sources added while the server runs, from the upload page and the sources page, behind the
 * write token; a feed and a page served by a real HTTP server on 127.0.0.1.
 */
class WritingWebTest {
    private static final String TOKEN = "upload-token-of-some-length";
    private static SiteFixture site;
    private static HttpServer feeds;
    private static String feedBase;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        site = new SiteFixture(Files.createTempDirectory("sitrep-writing"), TOKEN, true);
        feeds = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feedBase = "http://127.0.0.1:" + feeds.getAddress().getPort();
        Map<String, String> pages = Map.of(
                "/feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
                        + "<item><title>Strike on Idlib</title><link>" + feedBase + "/idlib.html</link></item></channel></rss>",
                "/idlib.html", "<html><head><meta property=\"og:site_name\" content=\"Wire\"></head><body><article><h1>Strike on Idlib market</h1>"
                        + "<p>An air strike hit a market in Idlib on Monday, killing nine people, a monitoring group said.</p></article></body></html>",
                "/geneva.html", "<html><body><article><h1>Talks resume in Geneva</h1>"
                        + "<p>Delegations met in Geneva on Tuesday for a new round of talks, the envoy said.</p></article></body></html>");
        feeds.createContext("/", exchange -> {
            String body = pages.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", exchange.getRequestURI().getPath().endsWith(".xml")
                    ? "application/rss+xml" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        feeds.start();
    }

    @AfterAll
    static void stop() {
        feeds.stop(0);
        site.close();
    }

    private HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((k, v) -> body.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return site.post(path, "application/x-www-form-urlencoded", body.toString(), null);
    }

    /** A multipart/form-data upload: plain fields, then files as (name, content). */
    private HttpResponse<String> upload(Map<String, String> fields, Map<String, String> files) throws IOException, InterruptedException {
        String boundary = "sitrep-test-boundary-7f3a";
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(k)
                .append("\"\r\n\r\n").append(v).append("\r\n"));
        files.forEach((name, content) -> b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"files\"; filename=\"")
                .append(name).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n").append(content).append("\r\n"));
        b.append("--").append(boundary).append("--\r\n");
        HttpRequest r = HttpRequest.newBuilder(URI.create(site.base() + "/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(b.toString(), StandardCharsets.UTF_8)).build();
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    private long articles() {
        return site.workspace().store().count();
    }

    @Test
    void anUploadWithoutTheTokenIsRefusedAndStoresNothing() throws Exception {
        long before = articles();
        HttpResponse<String> r = upload(Map.of("token", "not-the-token-at-all", "text", "Shelling hit Daraa on Friday, residents said."), Map.of());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("a valid write token is required");
        HttpResponse<String> none = upload(Map.of("text", "Shelling hit Daraa on Friday, residents said."), Map.of());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void anUploadWithTheTokenStoresAFileAPageAtAUrlAndPastedText() throws Exception {
        long before = articles();
        HttpResponse<String> r = upload(Map.of("token", TOKEN, "url", feedBase + "/geneva.html",
                        "title", "Convoy reaches Madaya", "text", "An aid convoy reached the besieged town of Madaya on Monday, the Red Cross said.",
                        "outlet", "Field notes", "published", "2016-01-11"),
                Map.of("homs-report.html", "<html><body><article><h1>Homs evacuation completed</h1><p>The last rebels left the Waer "
                        + "district of Homs on Sunday, the governor said.</p></article></body></html>"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("Stored 3 articles", "homs-report.html", feedBase + "/geneva.html", "pasted text “Convoy reaches Madaya”");
        assertThat(articles()).isEqualTo(before + 3);
        assertThat(site.get("/api/v1/search?q=Madaya").body()).contains("Convoy reaches Madaya");
        assertThat(site.get("/search?q=Waer").body()).contains("Homs evacuation completed");
        assertThat(site.workspace().dataDir().resolve(UploadPages.UPLOADS)).isDirectoryContaining(p -> p.getFileName().toString().endsWith("-homs-report.html"));
    }

    @Test
    void theOpenHomePageIsToldNoChangeUntilAnArticleArrivesAndThenGetsTheNewList() throws Exception {
        java.util.regex.Matcher live = java.util.regex.Pattern.compile("hx-get=\"([^\"]+)\"").matcher(site.get("/").body());
        assertThat(live.find()).isTrue();
        String poll = live.group(1).replace("&amp;", "&");
        assertThat(site.get(poll).statusCode()).isEqualTo(204);
        upload(Map.of("token", TOKEN, "title", "Ceasefire holds in Zabadani", "text", "The truce in Zabadani held for a third day, residents said."), Map.of());
        HttpResponse<String> changed = site.get(poll);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("id=\"home-live\"", "Ceasefire holds in Zabadani");
    }

    @Test
    void anUploadOfAnUnreachableUrlSaysWhyAndStoresNothing() throws Exception {
        HttpResponse<String> r = upload(Map.of("token", TOKEN, "url", feedBase + "/missing.html"), Map.of());
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("Stored 0 articles, 1 failed", feedBase + "/missing.html: HTTP 404");
    }

    @Test
    void theSourcesPageAddsPollsAndRemovesAFeedWithTheToken() throws Exception {
        HttpResponse<String> refused = postForm("/sources", Map.of("url", feedBase + "/feed.xml", "token", "wrong-token-of-some-length"));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(site.workspace().sources().list()).isEmpty();

        HttpResponse<String> added = postForm("/sources", Map.of("url", feedBase + "/feed.xml", "name", "Wire", "every", "1h", "token", TOKEN));
        assertThat(added.statusCode()).isEqualTo(200);
        long id = site.workspace().sources().list().get(0).id();
        assertThat(added.body()).contains("Added " + feedBase + "/feed.xml (id " + id + ")", "<td data-label=\"Every\">1h</td>", "<td data-label=\"Last poll\">never</td>");

        HttpResponse<String> polled = postForm("/sources/" + id + "/poll", Map.of("token", TOKEN));
        assertThat(polled.body()).contains("Polled " + feedBase + "/feed.xml: 1 new, 0 failed, 1 in the feed.");
        assertThat(site.get("/sources").body()).contains("1 new, 0 failed, 1 in the feed").doesNotContain(">never</td>");
        assertThat(site.get("/search?q=Idlib").body()).contains("Strike on <mark>Idlib</mark> market");

        HttpResponse<String> removed = postForm("/sources/" + id + "/remove", Map.of("token", TOKEN));
        assertThat(removed.body()).contains("Removed source " + id + ".", "No sources yet.");
        assertThat(site.workspace().sources().list()).isEmpty();
    }

    @Test
    void theSourcesApiTakesTheLocalKeyAndAnswersInJson() throws Exception {
        HttpResponse<String> added = site.post("/api/v1/sources", "application/json",
                "{\"url\": \"" + feedBase + "/other.xml\", \"every\": \"2h\"}", SiteFixture.LOCAL_KEY);
        assertThat(added.statusCode()).isEqualTo(201);
        Map<String, Object> source = JsonObjects.object(Json.parse(added.body()).orElseThrow());
        assertThat(source).containsEntry("every_seconds", 7200).containsEntry("url", feedBase + "/other.xml");
        assertThat(site.get("/api/v1/sources").body()).contains(feedBase + "/other.xml");
        HttpResponse<String> gone = http.send(HttpRequest.newBuilder(URI.create(site.base() + "/api/v1/sources/" + source.get("id")))
                .header("Authorization", "Bearer " + SiteFixture.LOCAL_KEY).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(gone.statusCode()).isEqualTo(204);
        assertThat(site.post("/api/v1/sources/" + source.get("id") + "/poll", "application/json", "", TOKEN).statusCode()).isEqualTo(400);
    }

    @Test
    void pathsAreIngestedOnlyForTheLocalKeyNotForTheSitesToken() throws Exception {
        Path file = Files.writeString(Files.createTempDirectory("sitrep-paths").resolve("raqqa.txt"),
                "Raqqa residents flee\n\nHundreds of families left Raqqa on Thursday as fighting neared, a monitor said.\n");
        String body = "{\"paths\": [" + Json.write(file.toString()) + "], \"outlet\": \"Monitor\"}";
        assertThat(site.post("/api/v1/ingest", "application/json", body, TOKEN).statusCode()).isEqualTo(401);
        HttpResponse<String> r = site.post("/api/v1/ingest", "application/json", body, SiteFixture.LOCAL_KEY);
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, Object> answer = JsonObjects.object(Json.parse(r.body()).orElseThrow());
        assertThat(answer).containsEntry("created", 1).containsEntry("failed", 0);
        assertThat(site.workspace().store().latest(new PageRequest(1, 100)).items())
                .anySatisfy(a -> assertThat(a.outlet()).isEqualTo("Monitor"));
        assertThat((List<?>) answer.get("problems")).isEmpty();
    }
}
