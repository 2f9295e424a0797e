package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.Seed;
import org.sitrep.core.PageRequest;
import org.sitrep.pipeline.IngestProgress;

import static org.sitrep.JsonObjects.list;
import static org.sitrep.JsonObjects.object;

/** The map page, the place pages and the places API, over the real server with the seed and the hostile page. */
class PlacesWebTest {
    private static final long ALEPPO = 170063;
    private static final long SREBRENICA = 3190159;
    private static SiteFixture site;
    private static String seedId;

    @BeforeAll
    static void start() throws IOException {
        site = SiteFixture.shared();
        seedId = site.workspace().store().latest(new PageRequest(1, 10)).items().stream()
                .filter(a -> a.title().equals(Seed.TITLE)).findFirst().orElseThrow().id();
    }

    private static List<Map<String, Object>> items(String path) throws Exception {
        HttpResponse<String> r = site.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return list(object(r.body()).get("items")).stream().map(o -> object(o)).toList();
    }

    private static List<String> names(String path) throws Exception {
        return items(path).stream().map(i -> (String) i.get("name")).toList();
    }

    @Test
    void placesApiListsTheSeedsPlacesWithCountsAndCoordinatesButNoAnalogies() throws Exception {
        var aleppo = items("/api/v1/places?size=100").stream().filter(i -> ((Number) i.get("id")).longValue() == ALEPPO)
                .findFirst().orElseThrow();
        assertThat(aleppo).containsEntry("name", "Aleppo").containsEntry("country", "SY").containsEntry("url", "/places/170063")
                .containsEntry("lat", 36.20124).containsEntry("lon", 37.16117);
        assertThat(((Number) aleppo.get("mentions")).intValue()).isGreaterThan(10);
        assertThat(((Number) aleppo.get("articles")).intValue()).isEqualTo(2);
        assertThat(names("/api/v1/places?size=100")).contains("Manbij", "Nubl").doesNotContain("Srebrenica");
    }

    @Test
    void geoJsonIsAFeatureCollectionOfPointsWithThePlacesProperties() throws Exception {
        HttpResponse<String> r = site.get("/api/v1/places.geojson");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        var fc = object(r.body());
        assertThat(fc).containsEntry("type", "FeatureCollection").containsEntry("truncated", false);
        var first = object(list(fc.get("features")).get(0));
        assertThat(first).containsEntry("type", "Feature");
        assertThat(object(first.get("geometry"))).containsEntry("type", "Point").containsEntry("coordinates", List.of(37.16117, 36.20124));
        assertThat(object(first.get("properties"))).containsKeys("id", "name", "country", "feature", "mentions", "articles", "url")
                .containsEntry("name", "Aleppo").containsEntry("feature", "PPLA");
        assertThat(list(fc.get("features"))).hasSize(((Number) fc.get("total")).intValue());
    }

    @Test
    void outletAndDatesNarrowThePlacesToTheirArticles() throws Exception {
        assertThat(names("/api/v1/places?outlet=Hostile%20Times")).containsExactly("Aleppo");
        assertThat(names("/api/v1/places?from=2016-01-01")).containsExactly("Aleppo");
        assertThat(names("/api/v1/places?from=2014-11-01&to=2014-12-31&size=100")).contains("Aleppo", "Manbij");
        assertThat(names("/api/v1/places?to=2010-01-01")).isEmpty();
    }

    @Test
    void searchWordsNarrowThePlacesToTheArticlesTheyFind() throws Exception {
        assertThat(names("/api/v1/places?q=Manbij&size=100")).contains("Aleppo", "Manbij", "Nubl");
        assertThat(names("/api/v1/places?q=Hostile")).containsExactly("Aleppo");
        assertThat(names("/api/v1/places?q=Zzyzxnotaword")).isEmpty();
        var geo = object(site.get("/api/v1/places.geojson?q=Zzyzxnotaword").body());
        assertThat(list(geo.get("features"))).isEmpty();
    }

    @Test
    void anEntityNarrowsThePlacesToTheArticlesMentioningIt() throws Exception {
        assertThat(names("/api/v1/places?entity=person-laurent-fabius&size=100")).contains("Manbij");
        assertThat(names("/api/v1/places?entity=no-such-entity")).isEmpty();
    }

    @Test
    void badFilterValuesAreBadRequestsNamingTheParameter() throws Exception {
        HttpResponse<String> r = site.get("/api/v1/places.geojson?from=yesterday");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(object(r.body()).get("error")).isEqualTo("from: must be a date as YYYY-MM-DD; got: yesterday");
        assertThat(site.get("/api/v1/places.geojson?limit=0").statusCode()).isEqualTo(400);
        assertThat(site.get("/api/v1/places?from=2015-01-01&to=2014-01-01").statusCode()).isEqualTo(400);
        assertThat(site.get("/map?from=2015-01-01&to=2014-01-01").body()).contains("role=\"alert\"", "date range starts after it ends");
    }

    @Test
    void placePageShowsTheNamesArticlesStatementsAndNearbyPlaces() throws Exception {
        HttpResponse<String> r = site.get("/places/" + ALEPPO);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(site.get("/entities/person-laurent-fabius").body()).contains("href=\"/map?entity=person-laurent-fabius\"");
        assertThat(r.body()).contains("<h1>Aleppo</h1>", "<dd>Syria</dd>", "36.2012, 37.1612", "href=\"/articles/" + seedId + "\"",
                "Statements naming it", "href=\"/places/166331\">Nubl</a>", "id=\"place-map\"", "/webjars/leaflet/1.9.4/dist/leaflet.js");
    }

    @Test
    void aPlaceNamedOnlyAsAnAnalogyIsMarkedOnItsPage() throws Exception {
        HttpResponse<String> r = site.get("/places/" + SREBRENICA);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("named as an analogy only", "href=\"/articles/" + seedId + "\"");
        var body = object(site.get("/api/v1/places/" + SREBRENICA).body());
        assertThat(object(body.get("place"))).containsEntry("name", "Srebrenica").containsEntry("geonames_id", 3190159);
        assertThat(object(list(object(body.get("articles")).get("items")).get(0))).containsEntry("role", "analogy");
    }

    @Test
    void anUnknownPlaceIsNotFound() throws Exception {
        assertThat(site.get("/places/1").statusCode()).isEqualTo(404);
        assertThat(site.get("/places/aleppo").statusCode()).isEqualTo(404);
        HttpResponse<String> api = site.get("/api/v1/places/1");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(object(api.body())).containsKey("error");
    }

    @Test
    void articleTextLinksPlaceNamesToTheirPagesAndMarksAnalogies() throws Exception {
        String body = site.get("/articles/" + seedId).body();
        assertThat(body).contains("<a class=\"place place-setting\" href=\"/places/170063\"",
                "<a class=\"place place-analogy\" href=\"/places/3190159\" title=\"Srebrenica (place named as an analogy: nothing in the article happened there)\">Srebrenica</a>");
    }

    @Test
    void mapPageListsThePlacesAndLoadsLeafletFromThisServerOnly() throws Exception {
        HttpResponse<String> r = site.get("/map?outlet=Hostile%20Times");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<a href=\"/map\" aria-current=\"page\">Map</a>", "<a href=\"/places/170063\">Aleppo</a>", "1 place",
                "data-geojson=\"/api/v1/places.geojson?outlet=Hostile%20Times\"", "<label for=\"map-from\">");
        assertThat(r.body()).doesNotContain("href=\"/places/166331\"", "data-tile-url=\"http", "https://unpkg", "//cdn");
        assertThat(site.get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode()).isEqualTo(200);
        assertThat(site.get("/static/map.js").statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("img-src 'self' data:;");
    }

    @Test
    void aConfiguredTileUrlAddsATileLayerAndAllowsItsOriginForImagesOnly() throws Exception {
        TileSource tiles = new TileSource("https://{s}.tile.example.org/{z}/{x}/{y}.png", "© Example contributors");
        try (WebServer web = new WebServer(site.workspace(), new IngestProgress(), null, tiles)) {
            int port = web.start("127.0.0.1", 0);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/map"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.body()).contains("data-tile-url=\"https://{s}.tile.example.org/{z}/{x}/{y}.png\"",
                    "data-tile-attribution=\"© Example contributors\"");
            assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("img-src 'self' data: https://*.tile.example.org;", "script-src 'self';");
        }
    }
}
