package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.EventArticles;
import org.sitrep.core.Article;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Processed;
import org.sitrep.core.Span;
import org.sitrep.core.SubEventType;
import org.sitrep.pipeline.IngestProgress;
import org.sitrep.pipeline.Workspace;

/**
 * The polls of the search, events and entity pages (issue 18): 204 while nothing changed, a quiet re-armed poll when a
 * change adds nothing the page lists, a notice once it does. A real server on 127.0.0.1, articles saved without NLP.
 */
class LiveNoticesTest {
    private static final Entity ISLAMIC_STATE = new Entity("organization-islamic-state", "Islamic State", EntityType.ORGANIZATION, "armed group");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern POLL = Pattern.compile("hx-get=\"(/live/[^\"]+)\"");

    @TempDir
    Path dir;
    private Workspace workspace;
    private WebServer server;

    @BeforeEach
    void start() {
        workspace = Workspace.open(dir);
        save("2016-03-01", "Daesh fighters attacked positions near Aleppo.", true);
        server = new WebServer(workspace, new IngestProgress(), null);
        server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        workspace.close();
    }

    private void save(String day, String paragraph, boolean withEvent) {
        Article article = EventArticles.article("Reuters", LocalDate.parse(day), paragraph);
        String text = article.text();
        int at = text.indexOf("Daesh");
        List<LinkedMention> entities = at < 0 ? List.of()
                : List.of(new LinkedMention(new Mention(new Span(at, at + 5), "Daesh", EntityType.ORGANIZATION), ISLAMIC_STATE));
        var events = withEvent ? List.of(EventArticles.event(SubEventType.ARMED_CLASH, EventArticles.SYRIAN_FORCES,
                EventArticles.ISLAMIC_STATE, EventArticles.ALEPPO, day, 3)) : List.<org.sitrep.core.Event>of();
        Processed p = EventArticles.processed(article, events);
        workspace.save(new Processed(p.origin(), p.annotated(), entities, List.of(), List.of(), p.events(), List.of()));
        workspace.commit();
    }

    @Test
    void aSearchPollIsAnswered204UntilAMatchingArticleArrivesAndThenNamesHowManyMore() throws Exception {
        String first = poll(get("/search?q=Aleppo").body());
        assertThat(first).isEqualTo("/live/search?q=Aleppo&shown=1");
        String armed = poll(get(first).body());
        assertThat(get(armed).statusCode()).isEqualTo(204);

        save("2016-03-03", "Talks resumed in Geneva.", false);
        HttpResponse<String> quiet = get(armed);
        assertThat(quiet.statusCode()).isEqualTo(200);
        assertThat(quiet.body()).doesNotContain("live-notice");
        assertThat(get(poll(quiet.body())).statusCode()).isEqualTo(204);

        save("2016-03-02", "Air strikes on Aleppo killed five.", false);
        String notice = get(poll(quiet.body())).body();
        assertThat(notice).contains("<a href=\"/search?q=Aleppo\">1 new article matches this search — show them</a>");
    }

    @Test
    void theEventsAndEntityPagesPollForNewIncidentsAndMentions() throws Exception {
        String events = poll(get(poll(get("/events").body())).body());
        String entity = poll(get(poll(get("/entities/organization-islamic-state").body())).body());
        assertThat(get(events).statusCode()).isEqualTo(204);
        assertThat(get(entity).statusCode()).isEqualTo(204);

        save("2016-04-01", "Daesh fighters shelled Aleppo again.", true);
        assertThat(get(events).body()).contains("<a href=\"/events\">1 new incident — show them</a>");
        assertThat(get(entity).body()).contains("<a href=\"/entities/organization-islamic-state\">1 new article mentions this entity — show them</a>");
    }

    @Test
    void aPollWithACountShownThatIsNoNumberIsABadRequest() throws Exception {
        assertThat(get("/live/search?q=Aleppo&shown=lots").statusCode()).isEqualTo(400);
    }

    /** Issue 19: a page whose total is estimated polls first without a count; the answer counts and arms the next poll. */
    @Test
    void aPollWithoutACountShownCountsAndPollsOnFromThere() throws Exception {
        HttpResponse<String> first = get("/live/search?q=Aleppo");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).doesNotContain("live-notice");
        String armed = poll(first.body());
        assertThat(armed).startsWith("/live/search?q=Aleppo&shown=1&seen=");
        assertThat(get(armed).statusCode()).isEqualTo(204);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The URL the page or answer polls next, unescaped. */
    private static String poll(String html) {
        Matcher m = POLL.matcher(html);
        assertThat(m.find()).as("a poll in %s", html.length() > 400 ? html.substring(0, 400) : html).isTrue();
        return m.group(1).replace("&amp;", "&");
    }
}
