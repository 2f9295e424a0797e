package org.sitrep.web;

import static org.sitrep.EventArticles.ALEPPO;
import static org.sitrep.EventArticles.CIVILIANS;
import static org.sitrep.EventArticles.HOMS;
import static org.sitrep.EventArticles.ISLAMIC_STATE;
import static org.sitrep.EventArticles.SHAAR;
import static org.sitrep.EventArticles.SYRIAN_FORCES;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.EventArticles;
import org.sitrep.core.Article;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.Event;
import org.sitrep.core.EventActor;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Processed;
import org.sitrep.core.Span;
import org.sitrep.core.SubEventType;
import org.sitrep.pipeline.IngestProgress;
import org.sitrep.pipeline.Workspace;

/**
 * A real server on a free port of 127.0.0.1 over four articles with events built directly (no coder): two reports of
 * one clash in Aleppo (12 and 15 dead), an air strike in Homs, and a protest in Aleppo dated only to its month.
 */
final class EventSite implements AutoCloseable {
    static final Entity ISLAMIC_STATE_ENTITY = new Entity("org-islamic-state", "Islamic State", EntityType.ORGANIZATION, "armed group");
    private static EventSite shared;

    private final Workspace workspace;
    private final WebServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    final List<String> ids = new ArrayList<>();

    private EventSite(Path dir) {
        this(Workspace.open(dir));
    }

    /** The same site over this workspace (a PostgreSQL one, say); closing the site closes it. */
    EventSite(Workspace opened) {
        workspace = opened;
        save(EventArticles.article("SANA", LocalDate.parse("2016-03-01"),
                "Aleppo army units clashed with Islamic State fighters near the city on Monday, killing 12."),
                EventArticles.event(SubEventType.ARMED_CLASH, SYRIAN_FORCES, ISLAMIC_STATE, ALEPPO, "2016-02-29", 12));
        save(EventArticles.article("Reuters", LocalDate.parse("2016-03-02"),
                "al-Sha fighting between the army and Islamic State left 15 dead on Monday, a monitor said."),
                EventArticles.event(SubEventType.ARMED_CLASH, SYRIAN_FORCES, ISLAMIC_STATE, SHAAR, "2016-02-29", 15));
        save(EventArticles.article("Reuters", LocalDate.parse("2015-06-10"),
                "Homs: an air strike hit a crowded market on Tuesday, killing five people."),
                EventArticles.event(SubEventType.AIR_DRONE_STRIKE, SYRIAN_FORCES, CIVILIANS, HOMS, "2015-06-09", 5));
        save(EventArticles.article("AFP", LocalDate.parse("2014-11-20"),
                "Aleppo saw hundreds protest against the siege this November, witnesses said."),
                EventArticles.event(SubEventType.PEACEFUL_PROTEST, new EventActor("Protesters (Syria)", null), null, ALEPPO, "2014-11", null));
        workspace.commit();
        server = new WebServer(workspace, new IngestProgress(), null);
        server.start("127.0.0.1", 0);
    }

    /** The article saved with its event, its place named, and "Islamic State" linked to its entity where the text names it. */
    private void save(Article article, Event coded) {
        // The evidence is the paragraph, as a coder would give its sentence (EventArticles's is the text's first 20 characters).
        int begin = article.text().indexOf(article.paragraphs().get(0));
        Event event = new Event(coded.subType(), coded.actor1(), coded.actor2(), coded.place(), coded.geoPrecision(), coded.date(),
                coded.fatalities(), new Span(begin, begin + article.paragraphs().get(0).length()), null, coded.hedged(),
                coded.claimedBy(), coded.confidence());
        Processed p = EventArticles.processed(article, List.of(event));
        List<LinkedMention> entities = new ArrayList<>();
        int at = article.text().indexOf("Islamic State");
        if (at >= 0) {
            entities.add(new LinkedMention(new Mention(new Span(at, at + 13), "Islamic State", EntityType.ORGANIZATION), ISLAMIC_STATE_ENTITY));
        }
        ids.add(workspace.save(new Processed(p.origin(), p.annotated(), entities, List.of(), List.of(event.place()), p.events(),
                List.of())).id());
    }

    static synchronized EventSite shared() throws IOException {
        if (shared == null) {
            shared = new EventSite(Files.createTempDirectory("sitrep-events"));
            java.lang.Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
        workspace.close();
    }
}
