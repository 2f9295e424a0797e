package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.EventArticles;
import org.sitrep.core.Article;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Processed;
import org.sitrep.core.Span;
import org.sitrep.pipeline.IngestProgress;
import org.sitrep.pipeline.Workspace;

/**
 * Search as readers type it (issue 18), over a real server on 127.0.0.1 and four articles saved directly (no NLP): the
 * Islamic State named "Daesh" in one and "ISIS" in another, al-Nusra hyphenated in one and apart in another.
 */
class SearchWebTest {
    /** The knowledge base's id of the Islamic State, which "Daesh" names. */
    private static final Entity ISLAMIC_STATE = new Entity("organization-islamic-state", "Islamic State", EntityType.ORGANIZATION, "armed group");
    private static final Entity NUSRA = new Entity("organization-jabhat-al-nusra", "Jabhat al-Nusra", EntityType.ORGANIZATION, "armed group");

    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static WebServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String daesh;
    private static String isis;
    private static String nusraApart;
    private static String baath;

    @BeforeAll
    static void start() {
        workspace = Workspace.open(dir);
        daesh = save("SANA", "2016-03-01", "Daesh fighters attacked al-Nusra positions near Aleppo.",
                List.of(mention("Daesh", ISLAMIC_STATE), mention("al-Nusra", NUSRA)), "Aleppo");
        isis = save("Reuters", "2016-05-02", "ISIS claimed the attack; Nusra denied it.",
                List.of(mention("ISIS", ISLAMIC_STATE), mention("Nusra", NUSRA)), null);
        nusraApart = save("Reuters", "2015-01-05", "Al Jazeera reported fighting; later Nusra arrived.", List.of(), null);
        baath = save("AFP", "2014-10-10", "The Ba'ath party met in Damascus.", List.of(), null);
        workspace.commit();
        server = new WebServer(workspace, new IngestProgress(), null);
        server.start("127.0.0.1", 0);
    }

    private static String text;

    /** A mention of the words in the article saved next (its text is set by {@link #save} before it is resolved). */
    private static java.util.function.Function<String, LinkedMention> mention(String words, Entity entity) {
        return t -> {
            int at = t.indexOf(words);
            return new LinkedMention(new Mention(new Span(at, at + words.length()), words, entity.type()), entity);
        };
    }

    private static String save(String outlet, String day, String paragraph, List<java.util.function.Function<String, LinkedMention>> mentions,
                               String place) {
        Article article = EventArticles.article(outlet, LocalDate.parse(day), paragraph);
        text = article.text();
        List<LinkedMention> entities = new ArrayList<>();
        mentions.forEach(m -> entities.add(m.apply(text)));
        List<PlaceMention> places = new ArrayList<>();
        if (place != null) {
            int at = text.indexOf(place);
            places.add(new PlaceMention(new Span(at, at + place.length()), place, EventArticles.ALEPPO, PlaceRole.SETTING, 0.9));
        }
        Processed p = EventArticles.processed(article, List.of());
        return workspace.save(new Processed(p.origin(), p.annotated(), entities, List.of(), places, List.of(), List.of())).id();
    }

    @AfterAll
    static void stop() {
        server.close();
        workspace.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String link(String id) {
        return "href=\"" + Links.article(id) + "\"";
    }

    @Test
    void punctuationAndUnbalancedQuotesAreSearchedAsWordsAndThePageSaysSo() throws Exception {
        for (String q : List.of("Aleppo%21", "%22Aleppo", "Aleppo%2F", "%28Aleppo")) {
            HttpResponse<String> r = get("/search?q=" + q);
            assertThat(r.statusCode()).as(q).isEqualTo(200);
            assertThat(r.body()).as(q).contains(link(daesh), "Searched for the words as written, since the text is not query syntax.");
        }
    }

    @Test
    void aHyphenatedNameFindsTheNameNotEachOfItsParts() throws Exception {
        String body = get("/search?q=al-Nusra&names=off").body();
        // The ISIS article says "Nusra" alone, but its entity's name is Jabhat al-Nusra, which the search also reads.
        assertThat(body).contains(link(daesh)).doesNotContain(link(nusraApart));
        assertThat(get("/search?q=Ba%27ath").body()).contains(link(baath));
    }

    @Test
    void aKnownNameAlsoFindsItsOtherSpellingsAndSaysWhich() throws Exception {
        String body = get("/search?q=daesh").body();
        assertThat(body).contains(link(daesh), link(isis), "names <a href=\"/entities/organization-islamic-state\">Islamic State</a>",
                "its other spellings were searched too: ISIS", "<mark>ISIS</mark>", "href=\"/search?q=daesh&amp;names=off\"");
    }

    @Test
    void otherSpellingsCanBeSwitchedOff() throws Exception {
        String body = get("/search?q=daesh&names=off").body();
        assertThat(body).contains(link(daesh), "Only the words as typed were searched.").doesNotContain(link(isis));
    }

    @Test
    void aFieldThatDoesNotExistIsRefusedWithTheFieldsThatDo() throws Exception {
        HttpResponse<String> r = get("/search?q=author%3Asmith");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("there is no field \"author\" to search in; the fields are title, text, entity, place,");
    }

    @Test
    void fieldsThatExistFilter() throws Exception {
        assertThat(get("/search?q=Nusra+outlet%3Asana").body()).contains(link(daesh)).doesNotContain(link(isis));
        assertThat(get("/search?q=Nusra+published%3A%5B2016-01-01+TO+2016-12-31%5D").body())
                .contains(link(daesh), link(isis)).doesNotContain(link(nusraApart));
        assertThat(get("/search?q=title%3AISIS").body()).contains("<mark>ISIS</mark> claimed");
    }

    @Test
    void facetsCountTheResultsAndAFacetLinkFiltersByItsValue() throws Exception {
        String body = get("/search?q=Nusra&names=off").body();
        assertThat(body).contains("<h2>Outlet</h2>", "<h2>Entity</h2>", "<h2>Actor kind</h2>", "<h2>Place</h2>", "<h2>Month</h2>");
        assertThat(body).contains("<a href=\"/search?q=Nusra&amp;outlet=reuters&amp;names=off\">Reuters</a> <span class=\"facet-count\">2</span>",
                "<a href=\"/search?q=Nusra&amp;place=170063&amp;names=off\">Aleppo</a> <span class=\"facet-count\">1</span>",
                "Jabhat al-Nusra</a> <span class=\"facet-count\">2</span>");
        String filtered = get("/search?q=Nusra&outlet=reuters&names=off").body();
        assertThat(filtered).contains(link(isis), link(nusraApart)).doesNotContain(link(daesh));
        assertThat(get("/search?q=Nusra&place=170063&names=off").body()).contains(link(daesh)).doesNotContain(link(isis), link(nusraApart));
    }

    @Test
    void aChosenOutletStillListsTheOtherOutletsWithTheirCountsAndOneCanBeAdded() throws Exception {
        String filtered = get("/search?q=Nusra&outlet=reuters&names=off").body();
        assertThat(filtered).contains("<a href=\"/search?q=Nusra&amp;outlet=reuters&amp;outlet=sana&amp;names=off\">SANA</a> <span class=\"facet-count\">1</span>",
                "<a class=\"facet-chosen\" href=\"/search?q=Nusra&amp;names=off\"><span aria-hidden=\"true\">✓ </span>Reuters<span class=\"visually-hidden\"> (chosen; take off)</span></a> <span class=\"facet-count\">2</span>");
        String both = get("/search?q=Nusra&outlet=reuters&outlet=SANA&names=off").body();
        assertThat(both).contains(link(daesh), link(isis), link(nusraApart), "3 matching articles",
                "<input type=\"hidden\" name=\"outlet\" value=\"SANA\">");
    }

    @Test
    void sortsByDateNewestFirstWhenAsked() throws Exception {
        String body = get("/search?q=Nusra&sort=newest&names=off").body();
        int newest = body.indexOf(link(isis));
        int middle = body.indexOf(link(daesh));
        int oldest = body.indexOf(link(nusraApart));
        assertThat(newest).isPositive().isLessThan(middle);
        assertThat(middle).isLessThan(oldest);
    }

    @Test
    void theApiAnswersWithFacetsAndOtherSpellings() throws Exception {
        String body = get("/api/v1/search?q=daesh").body();
        assertThat(body).contains("\"facets\":{\"outlet\":[", "\"also_searched\":[{\"typed\":\"daesh\",\"id\":\"organization-islamic-state\"");
    }
}
