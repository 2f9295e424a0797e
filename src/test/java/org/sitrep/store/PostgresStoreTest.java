package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.EventArticles.ALEPPO;
import static org.sitrep.EventArticles.CIVILIANS;
import static org.sitrep.EventArticles.HOMS;
import static org.sitrep.EventArticles.SYRIAN_FORCES;
import static org.sitrep.EventArticles.event;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.PostgresServer;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.DateExpression;
import org.sitrep.core.DayRange;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.Event;
import org.sitrep.core.LeadImage;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.PageRequest;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Processed;
import org.sitrep.core.Quote;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.Sentence;
import org.sitrep.core.Span;
import org.sitrep.core.Speaker;
import org.sitrep.core.SpeakerBasis;
import org.sitrep.core.SubEventType;

/** The store on a real PostgreSQL server (issue 19): the same behaviour as on SQLite, and writers in several processes. */
class PostgresStoreTest {
    private static final PageRequest FIRST = new PageRequest(1, 20);
    private static final String BODY = "Air strikes hit Aleppo on Wednesday. \"We counted twelve dead,\" said Rania Haddad.";

    private PostgresAddress address;
    private Database db;
    private ArticleStore store;

    @BeforeEach
    void open() {
        address = PostgresServer.newDatabase();
        db = Database.open(address);
        store = new ArticleStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** An article with a caption, a lead image, a quote by a named person, two entities, a place, a date and an event. */
    private static Processed full(String url, String body) {
        Article a = new Article(url, "Strikes on Aleppo", List.of("By A. Reporter"), LocalDate.of(2014, 11, 13), "Alpha",
                "World", List.of("Smoke over Aleppo."), List.of(body), "en",
                new LeadImage("https://alpha.example/smoke.jpg", "Smoke over Aleppo."),
                LocalDate.of(2014, 11, 13).atTime(9, 30).atOffset(java.time.ZoneOffset.ofHours(2)));
        String text = a.text();
        int aleppo = text.indexOf("Aleppo");
        int rania = text.indexOf("Rania Haddad");
        int quoted = text.indexOf("We counted");
        Mention place = new Mention(new Span(aleppo, aleppo + 6), "Aleppo", EntityType.LOCATION);
        Mention person = new Mention(new Span(rania, rania + 12), "Rania Haddad", EntityType.PERSON);
        Entity aleppoEntity = new Entity("location-aleppo", "Aleppo", EntityType.LOCATION, null);
        Entity raniaEntity = new Entity("person-rania-haddad", "Rania Haddad", EntityType.PERSON, "activist");
        Speaker speaker = new Speaker(new Span(rania, rania + 12), "Rania Haddad", person, "teacher", null, SpeakerBasis.NAME);
        Quote quote = new Quote(new Span(quoted, quoted + 22), "We counted twelve dead", QuoteKind.DIRECT, speaker,
                new Span(rania - 5, rania - 1), "said", null, "2014-11-12");
        Annotated ann = new Annotated(a, List.of(new Sentence(new Span(0, text.length()), 0, 1)), List.of(), List.of(place, person),
                List.of(new DateExpression(new Span(text.indexOf("Wednesday"), text.indexOf("Wednesday") + 9), "Wednesday", "2014-11-12")));
        PlaceMention named = new PlaceMention(new Span(aleppo, aleppo + 6), "Aleppo", ALEPPO, PlaceRole.SETTING, 0.9);
        Event strike = new Event(SubEventType.AIR_DRONE_STRIKE, SYRIAN_FORCES, CIVILIANS, named, 1, "2014-11-12", 12,
                new Span(0, 20), null, true, "activists", 0.8);
        return new Processed("test", ann, List.of(new LinkedMention(place, aleppoEntity), new LinkedMention(person, raniaEntity)),
                List.of(new AttributedQuote(quote, raniaEntity)), List.of(named), List.of(strike), List.of());
    }

    @Test
    void storedArticleReadsBackWithItsQuotesEntitiesPlacesDatesAndEvents() {
        Processed p = full("https://alpha.example/1", BODY);
        String id = store.save(p).id();

        var stored = store.find(id).orElseThrow();
        assertThat(stored.article()).isEqualTo(p.article());
        assertThat(stored.entities()).isEqualTo(p.entities());
        assertThat(stored.quotes()).isEqualTo(p.quotes());
        assertThat(stored.places()).isEqualTo(p.places());
        assertThat(stored.dates()).isEqualTo(p.annotated().dates());
        assertThat(stored.events()).isEqualTo(p.events());
        assertThat(stored.sentences()).containsExactly(new Span(0, p.article().text().length()));
    }

    @Test
    void savingTheSameUrlAgainUpdatesTheArticleAndKeepsItsIdAndIncident() {
        SaveResult first = store.save(full("https://alpha.example/1", BODY));
        long incident = store.events().incidentsOf(first.id()).get(0);
        SaveResult second = store.save(full("https://alpha.example/1", BODY + " Rescuers searched the rubble."));

        assertThat(second.created()).isFalse();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.sequence()).isEqualTo(first.sequence() + 1);
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.find(first.id()).orElseThrow().article().paragraphs()).containsExactly(BODY + " Rescuers searched the rubble.");
        assertThat(store.events().incidentsOf(first.id())).containsExactly(incident);
    }

    @Test
    void anArticleWithTheTextOfAnotherUnderANewAddressReplacesItAndIsRecordedAsRemoved() {
        String first = store.save(full("https://alpha.example/1", BODY)).id();
        String second = store.save(full("https://alpha.example/2", BODY + " More.")).id();
        SaveResult both = store.save(full("https://alpha.example/1", BODY + " More."));

        assertThat(both.id()).isEqualTo(first);
        assertThat(both.removed()).containsExactly(second);
        assertThat(store.removed(0, both.sequence())).containsExactly(second);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void reopeningAppliesNoMigrationTwice() {
        List<Integer> before = migrations(db);
        db.close();
        db = Database.open(address);
        store = new ArticleStore(db);

        assertThat(migrations(db)).isEqualTo(before);
        assertThat(before).isNotEmpty();
        for (int i = 0; i < before.size(); i++) {
            assertThat(before.get(i)).isEqualTo(i + 1);
        }
    }

    private static List<Integer> migrations(Database db) {
        return db.read(c -> {
            List<Integer> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT version FROM schema_migrations ORDER BY version");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getInt(1));
                }
            }
            return out;
        });
    }

    @Test
    void processesOpeningANewDatabaseTogetherMigrateItOnce() throws Exception {
        PostgresAddress fresh = PostgresServer.newDatabase();
        List<Integer> applied = together(4, () -> {
            try (Database each = Database.open(fresh)) {
                return migrations(each).size();
            }
        });
        assertThat(applied).containsOnly(migrations(db).size());
    }

    /**
     * Writers with a connection each, as in separate processes, save the same articles at once: each article ends as
     * one row, whether they meet on its address or on its text, and the sequence numbers every save once.
     */
    @Test
    void concurrentSavesOfTheSameArticleEndWithOneRowEach() throws Exception {
        int writers = 4;
        int articles = 12;
        List<Integer> saved = together(writers, () -> {
            try (Database own = Database.open(address)) {
                ArticleStore mine = new ArticleStore(own);
                for (int n = 0; n < articles; n++) {
                    // Even articles meet on their address, odd ones on their text (no address).
                    mine.save(full(n % 2 == 0 ? "https://alpha.example/" + n : null, BODY + " Report " + n + "."));
                }
                return articles;
            }
        });

        assertThat(saved).containsOnly(articles);
        assertThat(store.count()).isEqualTo(articles);
        assertThat(store.sequence()).isEqualTo((long) writers * articles);
        assertThat(store.events().incidents(EventQuery.ALL, FIRST).total()).isEqualTo(1);
    }

    private static <T> List<T> together(int threads, Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(work));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCorrectionAppliesToWhatIsStoredAndToArticlesSavedAfterIt() {
        String id = store.save(full("https://alpha.example/1", BODY)).id();
        CorrectionStore corrections = new CorrectionStore(db);
        corrections.rename("person-rania-haddad", "Rania al-Haddad");
        long renamed = store.sequence();
        store.save(full("https://alpha.example/2", BODY + " Again."));

        assertThat(corrections.list()).singleElement().satisfies(c -> assertThat(c.id()).isPositive());
        assertThat(store.entity("person-rania-haddad").orElseThrow().name()).isEqualTo("Rania al-Haddad");
        List<String> renumbered = new ArrayList<>();
        store.forEachChanged(renamed - 1, renamed, a -> renumbered.add(a.id()));
        assertThat(renumbered).containsExactly(id);
        assertThat(store.entities(EntityType.PERSON, "al-haddad", FIRST).items()).singleElement()
                .satisfies(s -> assertThat(s.articles()).isEqualTo(2));
    }

    @Test
    void sourcesAreAddedOnceAndTheirItemsTakenOnce() {
        SourceStore sources = new SourceStore(db);
        var feed = sources.add("https://alpha.example/feed.xml", "Alpha", java.time.Duration.ofMinutes(15));
        assertThat(sources.take(feed.id(), "https://alpha.example/1")).isEqualTo(ItemTurn.FIRST);
        sources.finish(feed.id(), "https://alpha.example/1");
        assertThat(sources.take(feed.id(), "https://alpha.example/1")).isEqualTo(ItemTurn.DONE);

        assertThat(sources.list()).extracting(org.sitrep.core.Source::id).containsExactly(feed.id());
        assertThat(sources.seen(feed.id(), "https://alpha.example/1")).isTrue();
        assertThatThrownBy(() -> sources.add("https://alpha.example/feed.xml", null, java.time.Duration.ofMinutes(5)))
                .isInstanceOf(org.sitrep.core.InputException.class).hasMessageContaining("already a source");
        assertThat(sources.remove(feed.id())).isTrue();
    }

    @Test
    void searchesMatchCaseInsensitivelyAsOnSqlite() {
        store.save(full("https://alpha.example/1", BODY));

        assertThat(store.entities(EntityType.PERSON, "HADDAD", FIRST).items()).extracting(s -> s.entity().id())
                .containsExactly("person-rania-haddad");
        assertThat(store.entities(null, null, null, FIRST).total()).isEqualTo(2);
        assertThat(store.statements(new QuoteQuery("haddad", "COUNTED", null, null, "alpha", null, FIRST)).total()).isEqualTo(1);
        assertThat(store.events().events(EventQuery.ALL.withActor("syria").withOutlet("ALPHA"), FIRST).total()).isEqualTo(1);
    }

    @Test
    void queriesOverSetsOfArticlesAndIncidentsWork() {
        String id = store.save(full("https://alpha.example/1", BODY)).id();
        store.save(org.sitrep.EventArticles.processed(org.sitrep.EventArticles.article("Beta", LocalDate.of(2014, 11, 20),
                "Fighting near Homs."), List.of(event(SubEventType.ARMED_CLASH, SYRIAN_FORCES, null, HOMS, "2014-11-19", null))));

        assertThat(store.events().events(EventQuery.ALL.withArticles(Set.of(id)), FIRST).total()).isEqualTo(1);
        long incident = store.events().incidentsOf(id).get(0);
        assertThat(store.events().incident(incident).orElseThrow().reports()).hasSize(1);
        assertThat(new DailyCounts(db).statementsIn(List.of(id, "no-such-article"), java.util.Arrays.asList(LocalDate.of(2014, 12, 1), null)))
                .containsExactly(new DayCount(LocalDate.of(2014, 12, 1), 1));
        assertThat(new PlaceStore(db).places(PlaceQuery.ALL, FIRST).items()).extracting(p -> p.place().name()).containsExactly("Aleppo");
        assertThat(new PlaceStore(db).statements(ALEPPO.id(), DayRange.ALL, FIRST).total()).isZero();
        assertThat(store.events().timeline(EventQuery.ALL, Period.MONTH).periods()).isNotEmpty();
    }
}
