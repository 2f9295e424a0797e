package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.JsonObjects;
import org.sitrep.core.Json;

/** Issue 18: the current view as CSV and JSONL, every item of it, and links that reproduce the view. */
class DownloadsWebTest {
    private static SiteFixture site;

    @BeforeAll
    static void start() throws IOException {
        site = SiteFixture.shared();
    }

    private static List<CsvRecord> csv(String body) {
        return CsvReader.builder().ofCsvRecord(body).stream().toList();
    }

    private static List<Map<String, Object>> jsonl(String body) {
        return body.lines().map(JsonObjects::object).toList();
    }

    @Test
    void statementsDownloadAsCsvAndJsonlWithTheSameRowsAsTheApiCounts() throws Exception {
        long total = ((Number) JsonObjects.object(site.get("/api/v1/quotes?speaker=person-laurent-fabius").body()).get("total")).longValue();
        HttpResponse<String> csv = site.get("/api/v1/quotes?speaker=person-laurent-fabius&format=csv");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).isEqualTo("attachment; filename=\"sitrep-statements.csv\"");
        List<CsvRecord> rows = csv(csv.body());
        assertThat(rows.get(0).getFields()).isEqualTo(Downloads.STATEMENT_COLUMNS);
        assertThat(rows).hasSize((int) total + 1);
        assertThat(total).isGreaterThan(0);

        HttpResponse<String> jsonl = site.get("/api/v1/quotes?speaker=person-laurent-fabius&format=jsonl");
        assertThat(jsonl.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
        List<Map<String, Object>> lines = jsonl(jsonl.body());
        assertThat(lines).hasSize((int) total).allSatisfy(l -> assertThat(l)
                .containsEntry("speaker_entity", "person-laurent-fabius").containsKeys(Downloads.STATEMENT_COLUMNS.toArray(String[]::new)));
        assertThat(rows.get(1).getField(Downloads.STATEMENT_COLUMNS.indexOf("text"))).isEqualTo(lines.get(0).get("text"));
        assertThat(lines.get(0).get("link")).isEqualTo("/articles/" + lines.get(0).get("article_id"));
    }

    @Test
    void searchResultsDownloadEveryMatchNotOnlyThePageShown() throws Exception {
        long total = ((Number) JsonObjects.object(site.get("/api/v1/search?q=Aleppo&size=1").body()).get("total")).longValue();
        List<CsvRecord> rows = csv(site.get("/api/v1/search?q=Aleppo&size=1&page=1&format=csv").body());
        assertThat(rows).hasSize((int) total + 1);
        assertThat(rows.get(0).getFields()).isEqualTo(Downloads.SEARCH_COLUMNS);
        assertThat(jsonl(site.get("/api/v1/search?q=Aleppo&format=jsonl").body())).hasSize((int) total)
                .anySatisfy(l -> assertThat(l.get("title")).isEqualTo(org.sitrep.Seed.TITLE));
        assertThat(csv(site.get("/api/v1/search?q=Aleppo&outlet=Hostile+Times&format=csv").body())).hasSize(2);
    }

    @Test
    void anEntitysArticlesAndStatementsDownload() throws Exception {
        List<Map<String, Object>> articles = jsonl(site.get("/api/v1/entities/person-kristen-gillespie/articles?format=jsonl").body());
        assertThat(articles).hasSize(2).allSatisfy(a -> assertThat(a).containsKeys("id", "title", "outlet", "published", "url", "link"));
        assertThat(jsonl(site.get("/api/v1/entities/person-kristen-gillespie/articles?format=jsonl&from=2016-02-29&to=2016-03-06").body()))
                .singleElement().satisfies(a -> assertThat(a.get("title")).asString().contains("Hostile page"));
        HttpResponse<String> statements = site.get("/api/v1/entities/person-laurent-fabius/statements?format=csv");
        assertThat(statements.statusCode()).isEqualTo(200);
        assertThat(csv(statements.body()).size()).isGreaterThan(1);
        assertThat(site.get("/api/v1/entities/person-nobody/statements?format=csv").statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownFormatIsABadRequestNamingTheFormats() throws Exception {
        HttpResponse<String> r = site.get("/api/v1/quotes?format=xlsx");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("format: must be one of json, csv, jsonl; got: xlsx");
    }

    @Test
    void pagesLinkTheirDownloadsWithEveryFilterOfTheView() throws Exception {
        assertThat(site.get("/search?q=Aleppo&outlet=Hostile+Times&page=1").body())
                .contains("href=\"/api/v1/search?q=Aleppo&amp;outlet=Hostile%20Times&amp;format=csv\"",
                        "href=\"/api/v1/search?q=Aleppo&amp;outlet=Hostile%20Times&amp;format=jsonl\"",
                        "href=\"/search?q=Aleppo&amp;outlet=Hostile%20Times\"");
        assertThat(site.get("/quotes?speaker=Fabius&kind=direct").body())
                .contains("href=\"/api/v1/quotes?speaker=Fabius&amp;kind=direct&amp;format=csv\"");
        assertThat(site.get("/entities/person-kristen-gillespie?from=2016-02-29").body())
                .contains("href=\"/api/v1/entities/person-kristen-gillespie/articles?from=2016-02-29&amp;format=jsonl\"");
    }
}
