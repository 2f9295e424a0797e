package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.JsonObjects;
import org.sitrep.Seed;
import org.sitrep.core.Json;
import org.sitrep.core.PageRequest;

class WebServerTest {
    private static SiteFixture site;
    private static String seedId;

    @BeforeAll
    static void start() throws IOException {
        site = SiteFixture.shared();
        seedId = site.workspace().store().latest(new PageRequest(1, 10)).items().stream()
                .filter(a -> a.title().equals(Seed.TITLE)).findFirst().orElseThrow().id();
    }

    @Test
    void homeListsArticlesWithOutletAndDate() throws Exception {
        HttpResponse<String> r = site.get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<html lang=\"en\">", "Skip to main content", "<main id=\"main\"",
                "href=\"/articles/" + seedId + "\"", "RFE/RL", "2014-12-01");
    }

    @Test
    void articlePageShowsHeadlineBylineCaptionsAndLinkedMentions() throws Exception {
        HttpResponse<String> r = site.get("/articles/" + seedId);
        assertThat(r.statusCode()).isEqualTo(200);
        // The caption reports the seed's event E1 (issue 17), so it opens with that event's anchor.
        assertThat(r.body()).containsPattern("<figcaption lang=\"en\" dir=\"auto\">(<span class=\"event-anchor\" id=\"event-\\d+\"></span>)+"
                + "Syrian civil defense workers");
        assertThat(r.body()).contains("Joanna Paraszczuk",
                "href=\"/entities/person-kristen-gillespie\"", "<time datetime=\"2014-12-01\">");
        assertThat(r.body()).doesNotContain("Accessibility links", "Latest Posts");
    }

    @Test
    void searchFindsTheSeedWithHighlightedWords() throws Exception {
        HttpResponse<String> r = site.get("/search?q=Gillespie");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("href=\"/articles/" + seedId + "\"", "<mark>Gillespie</mark>");
    }

    @Test
    void searchFiltersByOutletAndDate() throws Exception {
        assertThat(site.get("/search?q=Aleppo&outlet=Hostile+Times").body()).doesNotContain("/articles/" + seedId);
        assertThat(site.get("/search?q=Aleppo&from=2014-11-01&to=2014-12-31").body()).contains("/articles/" + seedId);
    }

    @Test
    void searchFiltersByLanguage() throws Exception {
        assertThat(site.get("/search").body()).contains("<option value=\"en\"", ">English (");
        assertThat(site.get("/search?q=Aleppo&language=ar").body()).doesNotContain("/articles/" + seedId);
        assertThat(site.get("/search?q=Aleppo&language=en").body()).contains("/articles/" + seedId);
        assertThat(site.get("/api/v1/search?q=Aleppo&language=en").body()).contains("\"id\":\"" + seedId + "\"");
    }

    @Test
    void badDateIsABadRequestWithAReason() throws Exception {
        HttpResponse<String> r = site.get("/search?q=x&from=yesterday");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("from: must be a date as YYYY-MM-DD; got: yesterday");
    }

    @Test
    void unbalancedQuerySyntaxIsSearchedAsWords() throws Exception {
        HttpResponse<String> r = site.get("/search?q=title%3A%28unclosed");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Searched for the words as written");
    }

    @Test
    void scriptInArticleTextNeverReachesThePageAsMarkup() throws Exception {
        String id = site.workspace().store().latest(new PageRequest(1, 10)).items().stream()
                .filter(a -> a.title().contains("Hostile")).findFirst().orElseThrow().id();
        for (String path : List.of("/", "/articles/" + id, "/search?q=Hostile")) {
            // The site's own scripts (the search page's timeline) are files from this server; nothing else may be a script.
            String body = site.get(path).body().replaceAll("<script (defer )?src=\"/(static|webjars)/[^\"<>]+\"></script>", "");
            assertThat(body).doesNotContain("<script", "<img src=x", "href=\"javascript:");
        }
        assertThat(site.get("/articles/" + id).body()).contains("&lt;script&gt;alert(");
        assertThat(site.get("/").headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'"));
    }

    @Test
    void articlePageShowsTheTimeOfPublicationAndLinksTheLeadImageWithoutLoadingIt() throws Exception {
        String id = site.workspace().store().latest(new PageRequest(1, 10)).items().stream()
                .filter(a -> a.title().contains("Hostile")).findFirst().orElseThrow().id();
        String body = site.get("/articles/" + id).body();
        assertThat(body).contains("<dt>Lead image</dt>", "href=\"https://img.example/market.jpg\" rel=\"noopener noreferrer nofollow\"",
                "Smoke &lt;b onmouseover=alert(2)&gt;over the market", "<time datetime=\"2016-03-05T09:30+02:00\">09:30 UTC+02:00</time>");
        assertThat(body).doesNotContain("<img", "<b onmouseover");
    }

    @Test
    void articlePageNamesTheLanguageAndMarksTheTextWithIt() throws Exception {
        String body = site.get("/articles/" + seedId).body();
        assertThat(body).contains("<dt>Language</dt><dd>English</dd>", "<div class=\"article-body\" lang=\"en\" dir=\"auto\">");
    }

    @Test
    void apiGivesArticlesInTheExportSchema() throws Exception {
        HttpResponse<String> r = site.get("/api/v1/articles/" + seedId);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        Map<String, Object> a = JsonObjects.object(r.body());
        assertThat(a.keySet()).containsExactly("id", "url", "title", "byline", "published", "outlet", "captions",
                "paragraphs", "text", "entities", "quotes", "places", "dates", "events", "language", "section", "published_at", "image", "described_entities");
        assertThat(a.get("published")).isEqualTo("2014-12-01");
    }

    @Test
    void apiSearchesAndListsEntities() throws Exception {
        assertThat(site.get("/api/v1/search?q=Raqqa").body()).contains("\"id\":\"" + seedId + "\"");
        assertThat(site.get("/api/v1/entities?type=PERSON").body()).contains("\"name\":\"Kristen Gillespie\"");
        assertThat(site.get("/api/v1/entities/person-kristen-gillespie").body()).contains(seedId);
        HttpResponse<String> bad = site.get("/api/v1/search?q=x&page=0");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("page: must be >= 1; got: 0");
    }

    @Test
    void entityPageListsEveryArticleMentioningIt() throws Exception {
        HttpResponse<String> r = site.get("/entities/person-kristen-gillespie");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<h1>Kristen Gillespie</h1>", "/articles/" + seedId, "Hostile");
    }

    @Test
    void articlePageMarksQuotesWithTheirSpeakers() throws Exception {
        String body = site.get("/articles/" + seedId).body();
        assertThat(body).contains("class=\"quote quote-partial\"", "class=\"quote quote-direct\"", "class=\"quote quote-reported\"",
                "role=\"tooltip\"", "Abu Abdo Salabman, spokesman, Jaish al-Mujahideen · in The Daily Telegraph · 2014-11-28");
    }

    @Test
    void entityPageListsTheSpeakersStatementsLinkedToTheirPlace() throws Exception {
        String body = site.get("/entities/person-kristen-gillespie").body();
        assertThat(body).contains("Statements (", "quagmire.", "/articles/" + seedId + "#q-");
    }

    @Test
    void quotesPageFindsStatementsBySpeakerAndWords() throws Exception {
        String body = site.get("/quotes?speaker=Gillespie&q=Raqqa").body();
        assertThat(body).contains("1 statement, newest first.", "IS capital is already in Raqqa");
        assertThat(site.get("/quotes?kind=shouted").statusCode()).isEqualTo(400);
    }

    @Test
    void quotesPageListsStatementsBeforeAnySearch() throws Exception {
        String body = site.get("/quotes").body();
        assertThat(body).contains("statements, newest first.", "IS capital is already in Raqqa");
    }

    @Test
    void apiFindsQuotesBySpeaker() throws Exception {
        String body = site.get("/api/v1/quotes?speaker=person-laurent-fabius").body();
        assertThat(body).contains("\"name\":\"Laurent Fabius\"", "\"medium\":\"The Washington Post\"", "\"said_on\":\"2014-11-04\"");
    }

    @Test
    void entityPageShowsKindMentionsOverTimeAndCoMentionedEntities() throws Exception {
        String body = site.get("/entities/organization-islamic-state").body();
        assertThat(body).contains("<h1>Islamic State</h1>", "armed group", "Daesh", "Mentions over time", "2014-12",
                "Mentioned with", "href=\"/entities/person-kristen-gillespie\"");
    }

    @Test
    void entityIndexFiltersByKind() throws Exception {
        String body = site.get("/entities?kind=media").body();
        assertThat(body).contains("Radio Free Europe/Radio Liberty", "Syria Direct").doesNotContain(">Islamic State<");
    }

    @Test
    void unknownThingsAreNotFound() throws Exception {
        assertThat(site.get("/articles/nope").statusCode()).isEqualTo(404);
        assertThat(site.get("/entities/nope").statusCode()).isEqualTo(404);
        assertThat(site.get("/no/such/page").statusCode()).isEqualTo(404);
        assertThat(site.get("/api/v1/articles/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void aboutPageCreditsTheDemoCorpus() throws Exception {
        assertThat(site.get("/about").body()).contains("FA-KES", "CC BY 4.0", "ICWSM");
    }
}
