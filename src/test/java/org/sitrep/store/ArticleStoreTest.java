package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.DateExpression;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LeadImage;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.PageRequest;
import org.sitrep.core.Processed;
import org.sitrep.core.Sentence;
import org.sitrep.core.Span;

class ArticleStoreTest {
    @TempDir
    Path dir;
    private Database db;
    private ArticleStore store;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        store = new ArticleStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Processed processed(String url, String title, String body, LocalDate published) {
        return processed(url, title, body, published, List.of(new DateExpression(new Span(0, 1), "x", null)));
    }

    private static Processed processed(String url, String title, String body, LocalDate published, List<DateExpression> dates) {
        Article a = new Article(url, title, List.of("Reporter"), published, "Outlet", null, List.of("A caption."), List.of(body), "en",
                new LeadImage("https://a.example/smoke.jpg", "Smoke over the city."),
                published == null ? null : published.atTime(9, 30).atOffset(java.time.ZoneOffset.ofHours(2)));
        return processed(a, dates);
    }

    private static Processed processed(Article a, List<DateExpression> dates) {
        String text = a.text();
        int at = text.indexOf("Aleppo");
        Mention m = new Mention(new Span(at, at + 6), "Aleppo", EntityType.LOCATION);
        Entity e = new Entity("location-aleppo", "Aleppo", EntityType.LOCATION, null);
        Annotated ann = new Annotated(a, List.of(new Sentence(new Span(0, text.length()), 0, 1)), List.of(), List.of(m),
                dates);
        return new Processed("test", ann, List.of(new LinkedMention(m, e)), List.of());
    }

    @Test
    void storedArticleReadsBackWithAllItsParts() {
        Processed p = processed("https://a.example/1", "Title", "Fighting in Aleppo.", LocalDate.of(2014, 12, 1));
        String id = store.save(p).id();
        var stored = store.find(id).orElseThrow();
        assertThat(stored.article()).isEqualTo(p.article());
        assertThat(stored.entities()).isEqualTo(p.entities());
        assertThat(stored.dates()).isEqualTo(p.annotated().dates());
        assertThat(stored.sentences()).containsExactly(new Span(0, p.article().text().length()));
    }

    @Test
    void blockQuotesReadBackWithTheArticle() {
        Article a = processed("https://a.example/q", "Title", "Fighting in Aleppo.", LocalDate.of(2014, 12, 1)).article();
        Processed q = processed(a.withBlockQuotes(List.of(new org.sitrep.core.BlockQuote(0, 0))), List.of());

        String id = store.save(q).id();

        assertThat(store.find(id).orElseThrow().article().blockQuotes()).containsExactly(new org.sitrep.core.BlockQuote(0, 0));
    }

    @Test
    void reingestingTheSameUrlUpdatesAndKeepsTheId() {
        String first = store.save(processed("https://a.example/1", "Title", "Fighting in Aleppo.", null)).id();
        SaveResult second = store.save(processed("https://a.example/1", "Title", "Fighting in Aleppo, corrected.", null));
        assertThat(second.created()).isFalse();
        assertThat(second.id()).isEqualTo(first);
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.find(first).orElseThrow().article().paragraphs()).containsExactly("Fighting in Aleppo, corrected.");
    }

    @Test
    void reingestingTheSameTextWithoutUrlDoesNotDuplicate() {
        store.save(processed(null, "Title", "Fighting in Aleppo.", null));
        SaveResult again = store.save(processed(null, "Title", "Fighting in Aleppo.", null));
        assertThat(again.created()).isFalse();
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void latestListsNewestPublicationFirstAndUndatedLast() {
        store.save(processed(null, "Old", "Aleppo one.", LocalDate.of(2013, 1, 1)));
        store.save(processed(null, "Undated", "Aleppo two.", null));
        store.save(processed(null, "New", "Aleppo three.", LocalDate.of(2015, 1, 1)));
        assertThat(store.latest(new PageRequest(1, 10)).items()).extracting(s -> s.title()).containsExactly("New", "Old", "Undated");
    }

    @Test
    void theNewestFirstListWalksAnIndexInsteadOfSortingEveryArticle() {
        String plan = db.read(c -> {
            StringBuilder out = new StringBuilder();
            try (var rs = c.createStatement().executeQuery("EXPLAIN QUERY PLAN SELECT a.id FROM articles a"
                    + " ORDER BY a.published DESC NULLS LAST, a.ingested_at DESC, a.id LIMIT 20")) {
                while (rs.next()) {
                    out.append(rs.getString(4)).append('\n');
                }
            }
            return out.toString();
        });
        assertThat(plan).contains("articles_newest").doesNotContain("TEMP B-TREE");
    }

    @Test
    void anEntitysArticlesReadPageByPageAreItsNewestFirstListWhateverThePageSize() {
        LocalDate[] days = {LocalDate.of(2014, 3, 1), LocalDate.of(2014, 3, 2), null, LocalDate.of(2014, 3, 2), LocalDate.of(2013, 7, 9)};
        for (int i = 0; i < 13; i++) {
            store.save(processed(null, "Article " + i, "Aleppo, report " + i + ".", days[i % days.length]));
        }
        List<String> all = store.latest(new PageRequest(1, 50)).items().stream().map(s -> s.title()).toList();
        for (int size = 1; size <= 6; size++) {
            List<String> paged = new java.util.ArrayList<>();
            for (int page = 1; (page - 1) * size < all.size(); page++) {
                var got = store.mentioning("location-aleppo", new PageRequest(page, size));
                assertThat(got.total()).isEqualTo(13);
                got.items().forEach(s -> paged.add(s.title()));
            }
            assertThat(paged).as("pages of %d", size).isEqualTo(all);
        }
        var march = new org.sitrep.core.DayRange(LocalDate.of(2014, 3, 1), LocalDate.of(2014, 3, 31));
        assertThat(store.mentioning("location-aleppo", march, new PageRequest(2, 3)).items()).extracting(s -> s.published())
                .containsOnly(LocalDate.of(2014, 3, 1), LocalDate.of(2014, 3, 2));
        assertThat(store.mentioning("location-aleppo", march, new PageRequest(1, 3)).total()).isEqualTo(8);
    }

    @Test
    void entitiesNamedTogetherAreCountedByTheArticlesThatNameBoth() {
        store.save(named("Assad and Russia in Aleppo.", "Assad", "Russia"));
        store.save(named("Assad in Aleppo again.", "Assad"));
        store.save(named("Russia, Assad and the UN on Aleppo.", "Russia", "Assad", "UN"));
        CoMentions around = store.coMentions("location-aleppo", 5);
        assertThat(around.entities()).extracting(e -> e.entity().name() + ":" + e.articles()).containsExactly("Assad:3", "Russia:2", "UN:1");
        assertThat(around.articlesRead()).isEqualTo(3);
        assertThat(around.cut()).isFalse();
        assertThat(around.pairs()).extracting(p -> p.first() + "+" + p.second() + ":" + p.articles())
                .containsExactly("person-assad+person-russia:2", "person-assad+person-un:1", "person-russia+person-un:1");
    }

    /** An article naming Aleppo and each of {@code names} (typed PERSON: the type does not matter here). */
    private static Processed named(String body, String... names) {
        Processed p = processed(null, "Title", body, LocalDate.of(2014, 3, 1));
        String text = p.article().text();
        List<LinkedMention> mentions = new java.util.ArrayList<>(p.entities());
        for (String name : names) {
            int at = text.indexOf(name);
            mentions.add(new LinkedMention(new Mention(new Span(at, at + name.length()), name, EntityType.PERSON),
                    new Entity("person-" + name.toLowerCase(java.util.Locale.ROOT), name, EntityType.PERSON, null)));
        }
        return new Processed("test", p.annotated(), mentions, List.of());
    }

    @Test
    void pronounsThatStandForAnEntityAreNoSpellingsOfIt() {
        Article a = new Article(null, "Talks", List.of(), null, null, null, List.of(), List.of("Rania Haddad spoke. She left."), "en");
        String text = a.text();
        Entity e = new Entity("person-rania-haddad", "Rania Haddad", EntityType.PERSON, null);
        Mention name = new Mention(new Span(text.indexOf("Rania"), text.indexOf("Rania") + 12), "Rania Haddad", EntityType.PERSON);
        Mention she = new Mention(new Span(text.indexOf("She"), text.indexOf("She") + 3), "She", EntityType.PERSON);
        Annotated ann = new Annotated(a, List.of(new Sentence(new Span(0, text.length()), 0, 1)), List.of(), List.of(name), List.of());
        store.save(new Processed("test", ann, List.of(new LinkedMention(name, e), new LinkedMention(she, e)), List.of()));
        assertThat(store.spellings("person-rania-haddad")).containsExactly("Rania Haddad");
        assertThat(store.mentioning("person-rania-haddad", new PageRequest(1, 10)).total()).isEqualTo(1);
    }

    @Test
    void entitiesCountArticlesAndMentionsAndListTheirArticles() {
        store.save(processed(null, "One", "Aleppo one.", null));
        store.save(processed(null, "Two", "Aleppo two.", null));
        var page = store.entities(EntityType.LOCATION, "lep", new PageRequest(1, 10));
        assertThat(page.items()).singleElement().satisfies(s -> {
            assertThat(s.entity().name()).isEqualTo("Aleppo");
            assertThat(s.articles()).isEqualTo(2);
        });
        assertThat(store.mentioning("location-aleppo", new PageRequest(1, 10)).total()).isEqualTo(2);
        assertThat(store.spellings("location-aleppo")).containsExactly("Aleppo");
    }

    @Test
    void reopeningAppliesNoMigrationTwice() {
        store.save(processed(null, "One", "Aleppo one.", null));
        db.close();
        db = Database.open(dir);
        store = new ArticleStore(db);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void outletCountsKeptBetweenPagesFollowEveryNewArticle() {
        store.save(processed("https://a.example/1", "One", "Fighting in Aleppo.", LocalDate.of(2014, 12, 1)));
        assertThat(store.outlets()).containsExactly(new OutletCount("Outlet", 1));
        assertThat(store.coMentioned("location-aleppo", 5)).isEmpty();
        store.save(processed("https://a.example/2", "Two", "More fighting in Aleppo.", LocalDate.of(2014, 12, 2)));
        assertThat(store.outlets()).containsExactly(new OutletCount("Outlet", 2));
    }

    @Test
    void captionDatesReadBackWithTheirCaptionBesideATextDateAtTheSameOffset() {
        // Issue 17: "A caption." is caption 0; its date may begin where a date of the text begins, and both are kept.
        List<DateExpression> dates = List.of(new DateExpression(new Span(0, 5), "Title", "2014", null),
                new DateExpression(new Span(0, 1), "A", "2014-11-12", 0));
        String id = store.save(processed("https://a.example/1", "Title", "Fighting in Aleppo.", LocalDate.of(2014, 12, 1), dates)).id();
        assertThat(store.find(id).orElseThrow().dates()).isEqualTo(dates);
    }

    @Test
    void migratingADataDirectoryOfVersionSevenKeepsItsDatesAsDatesOfTheText() {
        String id = store.save(processed("https://a.example/1", "Title", "Fighting in Aleppo.", LocalDate.of(2014, 12, 1))).id();
        // Put the tables back as migrations 001 to 007 left them, with the row, and forget the migrations after 007.
        db.write(c -> {
            try (var s = c.createStatement()) {
                s.execute("CREATE TABLE old_dates (article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, "
                        + "begin_at INTEGER NOT NULL, end_at INTEGER NOT NULL, text TEXT NOT NULL, value TEXT, PRIMARY KEY (article_id, begin_at))");
                s.execute("INSERT INTO old_dates SELECT article_id, begin_at, end_at, text, value FROM dates");
                s.execute("DROP TABLE dates");
                s.execute("ALTER TABLE old_dates RENAME TO dates");
                s.execute("DROP TABLE events");
                s.execute("DROP TABLE incident_sequence");
                s.execute("ALTER TABLE quotes DROP COLUMN speaker_basis");
                s.execute("ALTER TABLE quotes DROP COLUMN statement_probability");
                s.execute("ALTER TABLE quotes DROP COLUMN caption");
                s.execute("ALTER TABLE source_items DROP COLUMN attempts");
                s.execute("ALTER TABLE source_items DROP COLUMN finished");
                s.execute("DROP INDEX articles_newest");
                s.execute("DROP INDEX mentions_entity_day");
                s.execute("ALTER TABLE mentions DROP COLUMN published");
                s.execute("CREATE INDEX mentions_entity ON mentions (entity_id)");
                for (String trigger : new String[] {"quote_words_insert", "quote_words_delete", "quote_words_update"}) {
                    s.execute("DROP TRIGGER " + trigger);
                }
                for (String table : new String[] {"block_quotes", "quote_words", "quote_keys", "source_fields", "story_versions", "article_bands", "article_fingerprints", "article_copies"}) {
                    s.execute("DROP TABLE " + table);
                }
                return s.executeUpdate("DELETE FROM schema_migrations WHERE version >= 8");
            }
        });
        db.close();
        db = Database.open(dir);
        store = new ArticleStore(db);
        assertThat(store.find(id).orElseThrow().dates()).containsExactly(new DateExpression(new Span(0, 1), "x", null));
    }

    /** The article of {@link #processed} with a reported statement in its text and one in its caption ("A caption."). */
    private static Processed withStatements() {
        Processed p = processed("https://a.example/s", "Title", "Officials said Aleppo was calm.", LocalDate.of(2014, 12, 1));
        String text = p.article().text();
        int at = text.indexOf("Aleppo was");
        var inText = new org.sitrep.core.Quote(new Span(at, at + 15), "Aleppo was calm", org.sitrep.core.QuoteKind.REPORTED,
                null, null, "said", null, null);
        var inCaption = new org.sitrep.core.Quote(new Span(2, 9), "caption", org.sitrep.core.QuoteKind.PARTIAL,
                null, null, null, null, null, null, 0);
        return new Processed(p.origin(), p.annotated(), p.entities(), List.of(new org.sitrep.core.AttributedQuote(inText, null),
                new org.sitrep.core.AttributedQuote(inCaption, null)));
    }

    @Test
    void captionStatementsReadBackWithTheirCaptionBesideThoseOfTheText() {
        Processed p = withStatements();
        String id = store.save(p).id();
        assertThat(store.find(id).orElseThrow().quotes()).isEqualTo(p.quotes());
    }

    @Test
    void migratingADataDirectoryOfVersionTwentyKeepsItsStatementsAsStatementsOfTheText() {
        Processed p = withStatements();
        String id = store.save(new Processed(p.origin(), p.annotated(), p.entities(), p.quotes().subList(0, 1))).id();
        // Put the quotes table back as migration 020 left it, and forget the migrations after 020.
        db.write(c -> {
            try (var s = c.createStatement()) {
                s.execute("ALTER TABLE quotes DROP COLUMN caption");
                return s.executeUpdate("DELETE FROM schema_migrations WHERE version >= 21");
            }
        });
        db.close();
        db = Database.open(dir);
        store = new ArticleStore(db);
        assertThat(store.find(id).orElseThrow().quotes()).singleElement()
                .satisfies(q -> assertThat(q.quote().caption()).isNull())
                .isEqualTo(p.quotes().get(0));
    }
}
