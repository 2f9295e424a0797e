package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.PostgresServer;
import org.sitrep.pipeline.Workspace;

/**
 * The site over a PostgreSQL database answers every page and API call as it does over SQLite (issue 19): the same
 * articles stored in both, the same requests, the same answers.
 */
class PostgresSiteTest {
    @TempDir
    Path dir;

    private static List<String> paths(List<String> ids) {
        String id = ids.get(0);
        List<String> out = new ArrayList<>(List.of("/", "/search?q=Aleppo", "/entities", "/entities?type=ORGANIZATION&q=islamic",
                "/entities/org-islamic-state", "/quotes", "/events", "/events?actor=islamic&outlet=reuters", "/map",
                "/places/170063", "/api/v1/events", "/api/v1/events?place=aleppo", "/api/v1/places", "/api/v1/places.geojson",
                "/api/v1/places/170063", "/api/v1/articles", "/api/v1/search?q=" + URLEncoder.encode("army", StandardCharsets.UTF_8),
                "/api/v1/entities", "/api/v1/entities?q=ISLAMIC", "/api/v1/entities/org-islamic-state", "/api/v1/quotes",
                "/api/v1/quotes?outlet=REUTERS", "/api/v1/status"));
        out.add("/articles/" + id);
        out.add("/api/v1/articles/" + id);
        return out;
    }

    @Test
    void answersEveryPageAndApiCallAsOverSqlite() throws Exception {
        try (EventSite sqlite = new EventSite(Workspace.open(dir.resolve("sqlite")));
             EventSite postgres = new EventSite(Workspace.open(dir.resolve("postgres"), PostgresServer.newDatabase()))) {
            assertThat(postgres.ids).isEqualTo(sqlite.ids);
            for (String path : paths(sqlite.ids)) {
                HttpResponse<String> expected = sqlite.get(path);
                HttpResponse<String> got = postgres.get(path);
                assertThat(got.statusCode()).as("status of %s", path).isEqualTo(expected.statusCode()).isEqualTo(200);
                assertThat(got.body().replace(postgres.base(), "")).as("body of %s", path)
                        .isEqualTo(expected.body().replace(sqlite.base(), ""));
            }
        }
    }
}
