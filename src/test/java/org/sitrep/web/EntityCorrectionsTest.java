package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corrections over real HTTP, behind the write token. */
class EntityCorrectionsTest {
    @TempDir
    Path dir;

    @Test
    void refusesWritesWithoutAConfiguredTokenOrWithAWrongOne() throws Exception {
        try (SiteFixture open = new SiteFixture(dir.resolve("a"))) {
            assertThat(open.post("/api/v1/entities/person-kristen-gillespie/corrections", "application/json",
                    "{\"kind\":\"rename\",\"name\":\"X\"}", "anything").statusCode()).isEqualTo(403);
            assertThat(open.get("/entities/person-kristen-gillespie").body()).doesNotContain("Correct this entity");
        }
        try (SiteFixture locked = new SiteFixture(dir.resolve("b"), "s3cret")) {
            assertThat(locked.post("/api/v1/entities/person-kristen-gillespie/corrections", "application/json",
                    "{\"kind\":\"rename\",\"name\":\"X\"}", "wrong").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void renamesMergesAndSplitsWithTheToken() throws Exception {
        try (SiteFixture site = new SiteFixture(dir, "s3cret")) {
            var renamed = site.post("/api/v1/entities/person-kristen-gillespie/corrections", "application/json",
                    "{\"kind\":\"rename\",\"name\":\"Kristen Gillespie (Syria Direct)\"}", "s3cret");
            assertThat(renamed.statusCode()).isEqualTo(201);
            assertThat(site.get("/entities/person-kristen-gillespie").body()).contains("<h1>Kristen Gillespie (Syria Direct)</h1>",
                    "Correct this entity");
            var split = site.post("/api/v1/entities/organization-islamic-state/corrections", "application/json",
                    "{\"kind\":\"split\",\"spelling\":\"IS\"}", "s3cret");
            assertThat(split.body()).contains("\"target\":\"organization-islamic-state--is\"");
            assertThat(site.get("/entities/organization-islamic-state").body()).doesNotContain("· IS");
            var form = site.post("/entities/person-edward-dark/corrections", "application/x-www-form-urlencoded",
                    "kind=merge&into=person-abu-abdo-salabman&token=s3cret", null);
            assertThat(form.statusCode()).isEqualTo(303);
            assertThat(site.get("/entities/person-abu-abdo-salabman").body()).contains("Edward Dark", "Dark");
            var bad = site.post("/api/v1/entities/person-nobody/corrections", "application/json",
                    "{\"kind\":\"rename\",\"name\":\"X\"}", "s3cret");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("person-nobody: no such entity");
        }
    }

    @Test
    void afterFiveWrongTokensInAMinuteEvenTheRightOneWaits() throws Exception {
        try (SiteFixture site = new SiteFixture(dir, "s3cret")) {
            String path = "/api/v1/entities/person-kristen-gillespie/corrections";
            String body = "{\"kind\":\"rename\",\"name\":\"X\"}";
            for (int i = 0; i < 5; i++) {
                assertThat(site.post(path, "application/json", body, "guess" + i).statusCode()).isEqualTo(401);
            }
            var refused = site.post(path, "application/json", body, "s3cret");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isBetween(1L, 60L));
            assertThat(refused.body()).contains("more than 5 wrong tokens from 127.0.0.1 within a minute");
            var form = site.post("/entities/person-edward-dark/corrections", "application/x-www-form-urlencoded",
                    "kind=merge&into=person-abu-abdo-salabman&token=s3cret", null);
            assertThat(form.statusCode()).isEqualTo(429);
        }
    }
}
