package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 14: every answer carries the security headers, Jetty's own included, and unknown paths get the site's 404. */
class SecurityHeadersTest {
    private static SiteFixture site;

    @BeforeAll
    static void start() throws IOException {
        site = new SiteFixture(Files.createTempDirectory("sitrep-headers"));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** Sends raw bytes over a socket and returns the whole answer (the server closes after an error). */
    private static String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", site.port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static void assertSecure(String response) {
        String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
        assertThat(head).containsIgnoringCase("Content-Security-Policy: default-src 'self'")
                .containsIgnoringCase("X-Content-Type-Options: nosniff")
                .containsIgnoringCase("Referrer-Policy: no-referrer")
                .containsIgnoringCase("X-Frame-Options: DENY");
    }

    @Test
    void jettysOwnAnswerToAnUnparsableUriCarriesTheHeaders() throws IOException {
        String r = raw("GET /% HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(r).startsWith("HTTP/1.1 400");
        assertSecure(r);
    }

    @Test
    void jettysOwnAnswerToAPathThatLeavesTheSiteOrHoldsANulIsTheSitesBadRequestPageWithTheHeaders() throws IOException {
        for (String path : java.util.List.of("/../etc/passwd", "/%2e%2e/x", "/a%00b", "/entities/%ZZ")) {
            String r = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(r).as(path).startsWith("HTTP/1.1 400");
            assertSecure(r);
            assertThat(r).containsIgnoringCase("Content-Type: text/html;charset=utf-8")
                    .contains("<title>Bad request · Sitrep</title>".replace("·", "\u00c2\u00b7"), "<a href=\"/\">Latest articles</a>")
                    .doesNotContain("Bad Message");
        }
    }

    @Test
    void jettysOwnAnswerToAnOversizedHeaderCarriesTheHeaders() throws IOException {
        String r = raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(64 * 1024) + "\r\nConnection: close\r\n\r\n");
        assertThat(r).startsWith("HTTP/1.1 431");
        assertSecure(r);
    }

    @Test
    void jettysOwnAnswerToAnUnknownProtocolCarriesTheHeaders() throws IOException {
        String r = raw("BREW /pot HTCPCP/1.0\r\n\r\n");
        assertThat(r).startsWith("HTTP/1.1 505");
        assertSecure(r);
    }

    @Test
    void pagesStaticFilesApiAndErrorsCarryTheHeaders() throws IOException {
        for (String path : List.of("/", "/static/sitrep.css", "/api/v1/status", "/search?q=x&page=0", "/no/such/page",
                "/api/v1/nope", "/static/nope.css")) {
            String r = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(r).as(path).startsWith("HTTP/1.1 ");
            assertSecure(r);
        }
    }

    @Test
    void anUnknownPathGetsTheSitesOwnNotFoundPage() throws Exception {
        var r = site.get("/no/such/page");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.body()).contains("<main id=\"main\"", "<h1>Not found</h1>", "There is no page at /no/such/page.");
    }

    @Test
    void anUnknownApiPathGetsJson() throws Exception {
        var r = site.get("/api/v1/nope");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.body()).isEqualTo("{\"error\":\"There is no page at /api/v1/nope.\"}");
    }

    @Test
    void anUnknownArticleKeepsItsOwnMessage() throws Exception {
        assertThat(site.get("/articles/nope").body()).contains("There is no article with id nope.");
    }
}
