package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.JsonObjects;

/** Issue 14: no request parameter, however hostile or unlucky, makes the server fail (500). */
class HostileRequestsTest {
    private static SiteFixture site;

    /** Every page and API call that takes query parameters. */
    private static final List<String> ENDPOINTS = List.of("/", "/search", "/api/v1/search", "/quotes", "/api/v1/quotes",
            "/entities", "/api/v1/entities", "/entities/person-kristen-gillespie", "/api/v1/entities/person-kristen-gillespie",
            "/api/v1/articles", "/map", "/api/v1/places", "/api/v1/places.geojson", "/places/170063", "/api/v1/places/170063");

    @BeforeAll
    static void start() throws IOException {
        site = SiteFixture.shared();
    }

    private static String words(int n, String suffix) {
        List<String> vocabulary = List.of("aleppo", "raqqa", "rebels", "state", "islamic", "syria", "forces", "city", "said", "army");
        return IntStream.range(0, n).mapToObj(i -> vocabulary.get(i % vocabulary.size()) + i + suffix).collect(Collectors.joining(" "));
    }

    /** Query texts a reader or an attacker may send as {@code q} (and as {@code speaker}). */
    private static List<String> hostileTexts() {
        return List.of("\"unbalanced", "title:(unclosed", "RFE/RL", "9/11", "Hama!", "*:*", "*ppo", "?leppo", "/[ab]*a[ab]{30}/",
                "/(/", words(64, "~2"), words(9, "~"), words(40, "/.*"), "a* b* c* d* e* f* g* h* i*",
                "[a TO z] [b TO y] [c TO x] [d TO w] [e TO v] [f TO u] [g TO t] [h TO s] [i TO r]",
                words(2000, ""), String.join(" ", Collections.nCopies(2000, "w")), String.join(" ", Collections.nCopies(200, "x")), "AND OR NOT", "\\", "~", "^", "\u0000",
                "\uD800", "<script>alert(1)</script>", "' OR 1=1 --", "%", "_%_", "title:", ":", "\"\"", "()", "+-!");
    }

    /** Values for the other parameters: paging, dates, kinds and types. */
    private static List<Map.Entry<String, String>> hostileParams() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (String page : List.of("107374183", "2147483647", "-1", "0", "x", "1e3", "99999999999999999999", "501")) {
            out.add(Map.entry("page", page));
            out.add(Map.entry("statements", page));
        }
        for (String size : List.of("-5", "0", "101", "2147483647", "ten")) {
            out.add(Map.entry("size", size));
        }
        for (String day : List.of("yesterday", "2016-02-30", "+999999999-12-31", "-999999999-01-01", "2016-13-01", "")) {
            out.add(Map.entry("from", day));
            out.add(Map.entry("to", day));
        }
        out.add(Map.entry("kind", "shouted"));
        out.add(Map.entry("type", "ALIEN"));
        out.add(Map.entry("language", "zz-ZZ-\u0000"));
        out.add(Map.entry("outlet", "x".repeat(600)));
        for (String limit : List.of("0", "-1", "10001", "2147483648", "many")) {
            out.add(Map.entry("limit", limit));
        }
        out.add(Map.entry("entity", "' OR 1=1 --"));
        out.add(Map.entry("entity", "\u0000".repeat(3) + "x".repeat(2000)));
        return out;
    }

    @Test
    void noHostileParameterOnAnySearchLikeEndpointGivesAServerError() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String endpoint : ENDPOINTS) {
            for (String text : hostileTexts()) {
                check(endpoint, "q", text, failures);
                check(endpoint, "speaker", text, failures);
            }
            for (var p : hostileParams()) {
                check(endpoint, p.getKey(), p.getValue(), failures);
            }
        }
        assertThat(failures).isEmpty();
    }

    private static void check(String endpoint, String name, String value, List<String> failures) throws Exception {
        String path = endpoint + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8) + "&q=Aleppo".substring(name.equals("q") ? 8 : 0);
        HttpResponse<String> r = site.get(path);
        if (r.statusCode() >= 500 || r.body().contains("Exception") || r.body().contains("\tat ")) {
            failures.add(r.statusCode() + " " + path.substring(0, Math.min(path.length(), 120)));
        }
    }

    @Test
    void tooManyFuzzyTermsIsABadRequestNamingTheParameterTheRuleAndTheCount() throws Exception {
        String q = URLEncoder.encode(words(64, "~2"), StandardCharsets.UTF_8);
        HttpResponse<String> page = site.get("/search?q=" + q);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<main id=\"main\"", "q: at most 8 fuzzy (word~), wildcard (wo*d) or regular-expression (/wo.d/) terms in one search; got: 64");
        HttpResponse<String> api = site.get("/api/v1/search?q=" + q);
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(JsonObjects.object(api.body()).get("error")).asString().startsWith("q: at most 8 fuzzy");
    }

    @Test
    void aSearchTheLimitsRefuseIsAnsweredOnlyAfterAPause() throws Exception {
        String q = URLEncoder.encode(words(64, "~2"), StandardCharsets.UTF_8);
        long t = System.nanoTime();
        assertThat(site.get("/api/v1/search?q=" + q).statusCode()).isEqualTo(400);
        assertThat((System.nanoTime() - t) / 1_000_000).isGreaterThanOrEqualTo(WebServer.REFUSED_PAUSE_MILLIS);
    }

    @Test
    void requestsThatFailGiveBackTheirTurnOnTheProcessors() throws Exception {
        for (int i = 0; i < 3 * ProcessorTurns.forThisMachine(); i++) {
            assertThat(site.get("/entities/person-no-one-" + i).statusCode()).isEqualTo(404);
            assertThat(site.get("/api/v1/search?q=Aleppo&page=-" + i).statusCode()).isEqualTo(400);
            assertThat(site.get("/no/such/page/" + i).statusCode()).isEqualTo(404);
        }
        // A turn kept by any of them would leave this one waiting ProcessorTurns.WAIT_SECONDS, then "busy" (503).
        assertThat(site.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void pagingBeyondTheTenThousandthItemIsABadRequest() throws Exception {
        HttpResponse<String> r = site.get("/api/v1/search?q=Aleppo&page=107374183");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("page: page × size must be at most 10000", "got: page 107374183 × size 20");
        assertThat(site.get("/search?q=Aleppo&page=500").statusCode()).isEqualTo(200);
    }

    @Test
    void aStatementSearchOfMoreThan32WordsIsABadRequest() throws Exception {
        HttpResponse<String> r = site.get("/api/v1/quotes?q=" + URLEncoder.encode(String.join(" ", Collections.nCopies(1001, "w")), StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("q: at most 500 characters; got: 2001");
        HttpResponse<String> page = site.get("/quotes?q=" + URLEncoder.encode(words(33, ""), StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("q: at most 32 words in a statement search; got: 33");
    }

    @Test
    void ordinaryTextThatIsNotQuerySyntaxIsSearchedAsWords() throws Exception {
        HttpResponse<String> r = site.get("/search?q=" + URLEncoder.encode("RFE/RL", StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Searched for the words as written", "<mark>RFE/RL</mark>");
        HttpResponse<String> api = site.get("/api/v1/search?q=" + URLEncoder.encode("Hama!", StandardCharsets.UTF_8));
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(JsonObjects.object(api.body())).containsEntry("as_words", true).containsEntry("partial", false);
    }
}
