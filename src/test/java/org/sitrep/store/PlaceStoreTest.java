package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.PageRequest;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Processed;
import org.sitrep.core.Quote;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.Sentence;
import org.sitrep.core.Span;

class PlaceStoreTest {
    static final Place ALEPPO = new Place(170063, "Aleppo", 36.20124, 37.16117, 'P', "PPLA", "SY", "09", "", 1602264);
    static final Place NUBL = new Place(166331, "Nubl", 36.37867, 36.99294, 'P', "PPLA3", "SY", "09", "", 25546);
    static final Place HOMS = new Place(169577, "Homs", 34.72682, 36.72339, 'P', "PPLA", "SY", "11", "", 775404);
    static final Place SYRIA = new Place(163843, "Syria", 35.0, 38.0, 'A', "PCLI", "SY", "", "", 17500657);
    static final Place SREBRENICA = new Place(3190159, "Srebrenica", 44.10748, 19.29669, 'P', "PPLA2", "BA", "02", "3294829", 2862);
    private static final PageRequest FIRST = new PageRequest(1, 20);

    @TempDir
    Path dir;
    private Database db;
    private ArticleStore articles;
    private PlaceStore places;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        articles = new ArticleStore(db);
        places = new PlaceStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /**
     * Saves an article of one paragraph, its places located wherever their names stand in it; {@code quoted} is a
     * stretch of the paragraph said by someone, or null. An article whose paragraph holds "Assad" mentions him.
     */
    private String save(String outlet, LocalDate published, String paragraph, String quoted, Object... namesAndPlaces) {
        Article a = new Article("https://" + outlet + ".example/" + paragraph.hashCode(), "Title " + paragraph.hashCode(), List.of(),
                published, outlet, null, List.of(), List.of(paragraph), "en");
        String text = a.text();
        List<PlaceMention> mentions = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < namesAndPlaces.length; i += 3) {
            String name = (String) namesAndPlaces[i];
            int at = text.indexOf(name, from);
            from = at + name.length();
            mentions.add(new PlaceMention(new Span(at, at + name.length()), name, (Place) namesAndPlaces[i + 1],
                    (PlaceRole) namesAndPlaces[i + 2], 0.9));
        }
        List<LinkedMention> entities = new ArrayList<>();
        int assad = text.indexOf("Assad");
        if (assad >= 0) {
            Mention m = new Mention(new Span(assad, assad + 5), "Assad", EntityType.PERSON);
            entities.add(new LinkedMention(m, new Entity("person-bashar-al-assad", "Bashar al-Assad", EntityType.PERSON, null)));
        }
        List<AttributedQuote> quotes = new ArrayList<>();
        if (quoted != null) {
            int at = text.indexOf(quoted);
            quotes.add(new AttributedQuote(new Quote(new Span(at, at + quoted.length()), quoted, QuoteKind.DIRECT, null, null, null,
                    null, null), null));
        }
        Annotated ann = new Annotated(a, List.of(new Sentence(new Span(0, text.length()), 0, 1)), List.of(), List.of(), List.of());
        return articles.save(new Processed("test", ann, entities, quotes, mentions, List.of())).id();
    }

    private void saveThree() {
        save("Alpha", LocalDate.of(2014, 12, 1), "Shelling in Aleppo and Nubl; Aleppo again.", null,
                "Aleppo", ALEPPO, PlaceRole.SETTING, "Nubl", NUBL, PlaceRole.SETTING, "Aleppo", ALEPPO, PlaceRole.SETTING);
        save("Beta", LocalDate.of(2016, 3, 5), "Assad visited Aleppo. This is another Srebrenica.", null,
                "Aleppo", ALEPPO, PlaceRole.SETTING, "Srebrenica", SREBRENICA, PlaceRole.ANALOGY);
        save("Beta", LocalDate.of(2017, 1, 2), "Fighting near Homs.", null, "Homs", HOMS, PlaceRole.SETTING);
    }

    @Test
    void learnsTheRegionsAnOutletWritesAboutFromItsOtherArticlesLeavingOutAnalogies() {
        save("Local", LocalDate.of(2016, 3, 5), "Shelling in Aleppo. This is another Srebrenica.", null,
                "Aleppo", ALEPPO, PlaceRole.SETTING, "Srebrenica", SREBRENICA, PlaceRole.ANALOGY);
        save("Local", LocalDate.of(2016, 3, 6), "Fighting near Nubl.", null, "Nubl", NUBL, PlaceRole.SETTING);
        save("Other", LocalDate.of(2016, 3, 7), "Fighting near Homs.", null, "Homs", HOMS, PlaceRole.SETTING);

        assertThat(places.outletRegions("Local", null).shares()).containsOnlyKeys("SY.09").containsEntry("SY.09", 1.0);
    }

    @Test
    void anOutletWithoutStoredArticlesHasNoHomeRegions() {
        assertThat(places.outletRegions("Nobody", "https://nobody.example/1")).isEqualTo(org.sitrep.geo.OutletRegions.NONE);
        assertThat(places.outletRegions(null, null)).isEqualTo(org.sitrep.geo.OutletRegions.NONE);
    }

    @Test
    void countsMentionsAndArticlesPerPlaceMostNamedFirstLeavingOutAnalogies() {
        saveThree();
        var page = places.places(PlaceQuery.ALL, FIRST);
        assertThat(page.items()).extracting(c -> c.place().name(), PlaceCount::mentions, PlaceCount::articles)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Aleppo", 3L, 2L), org.assertj.core.groups.Tuple.tuple("Homs", 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("Nubl", 1L, 1L));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items().get(0).place()).isEqualTo(ALEPPO);
    }

    @Test
    void keepsAPlaceNamedAsAnAffiliationOffTheMapYetOnItsPage() {
        save("Gamma", LocalDate.of(2016, 3, 5), "Syrian jets hit Homs.", null,
                "Syrian", SYRIA, PlaceRole.AFFILIATION, "Homs", HOMS, PlaceRole.SETTING);

        assertThat(places.places(PlaceQuery.ALL, FIRST).items()).extracting(c -> c.place().name()).containsExactly("Homs");
        assertThat(places.articles(SYRIA.id(), FIRST).items()).singleElement()
                .satisfies(a -> assertThat(a.role()).isEqualTo(PlaceRole.AFFILIATION));
    }

    @Test
    void countsFollowEveryNewArticleAtOnce() {
        saveThree();
        assertThat(places.mapped(PlaceQuery.ALL, 10).places().get(0).mentions()).isEqualTo(3);
        save("Gamma", null, "Aleppo, Aleppo.", null, "Aleppo", ALEPPO, PlaceRole.SETTING, "Aleppo", ALEPPO, PlaceRole.SETTING);
        assertThat(places.mapped(PlaceQuery.ALL, 10).places().get(0).mentions()).isEqualTo(5);
        assertThat(places.places(PlaceQuery.ALL, FIRST).items().get(0).articles()).isEqualTo(3);
    }

    @Test
    void filtersByPublicationDaysOutletAndEntity() {
        saveThree();
        assertThat(names(new PlaceQuery(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), null, null, null))).containsExactly("Aleppo");
        assertThat(names(new PlaceQuery(null, null, null, "beta", null))).containsExactly("Aleppo", "Homs");
        assertThat(names(new PlaceQuery(null, null, "person-bashar-al-assad", null, null))).containsExactly("Aleppo");
        assertThat(names(new PlaceQuery(LocalDate.of(2020, 1, 1), null, null, null, null))).isEmpty();
    }

    @Test
    void filtersByTheArticleIdsASearchFound() {
        saveThree();
        String homs = save("Gamma", null, "Homs is quiet.", null, "Homs", HOMS, PlaceRole.SETTING);
        assertThat(names(PlaceQuery.ALL.withArticles(Set.of(homs)))).containsExactly("Homs");
        assertThat(places.places(PlaceQuery.ALL.withArticles(Set.of(homs)), FIRST).items().get(0).mentions()).isEqualTo(1);
        assertThat(names(PlaceQuery.ALL.withArticles(Set.of()))).isEmpty();
    }

    @Test
    void mapGivesAtMostTheLimitAndSaysWhenItCutsTheList() {
        saveThree();
        var mapped = places.mapped(PlaceQuery.ALL, 2);
        assertThat(mapped.places()).extracting(c -> c.place().name()).containsExactly("Aleppo", "Homs");
        assertThat(mapped.total()).isEqualTo(3);
        assertThat(mapped.truncated()).isTrue();
        assertThat(places.mapped(PlaceQuery.ALL, 10).truncated()).isFalse();
    }

    @Test
    void placePageListsEveryArticleNamingItWithTheStrongestRole() {
        saveThree();
        assertThat(places.articles(SREBRENICA.id(), FIRST).items()).singleElement()
                .satisfies(a -> assertThat(a.role()).isEqualTo(PlaceRole.ANALOGY));
        var aleppo = places.articles(ALEPPO.id(), FIRST);
        assertThat(aleppo.total()).isEqualTo(2);
        assertThat(aleppo.items()).extracting(a -> a.article().outlet(), PlaceArticle::mentions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Beta", 1L), org.assertj.core.groups.Tuple.tuple("Alpha", 2L));
        assertThat(places.place(SREBRENICA.id())).contains(SREBRENICA);
        assertThat(places.place(1)).isEmpty();
    }

    @Test
    void statementsNamingAPlaceAreThoseWhoseWordsHoldTheName() {
        save("Alpha", LocalDate.of(2015, 5, 5), "He said: we will hold Aleppo whatever happens. Nubl fell later.",
                "we will hold Aleppo whatever happens", "Aleppo", ALEPPO, PlaceRole.SETTING, "Nubl", NUBL, PlaceRole.SETTING);
        var aleppo = places.statements(ALEPPO.id(), FIRST);
        assertThat(aleppo.total()).isEqualTo(1);
        assertThat(aleppo.items()).singleElement().satisfies(s -> {
            assertThat(s.statement().quote().quote().text()).isEqualTo("we will hold Aleppo whatever happens");
            assertThat(s.role()).isEqualTo(PlaceRole.SETTING);
        });
        assertThat(places.statements(NUBL.id(), FIRST).total()).isZero();
    }

    @Test
    void nearbyPlacesAreThoseWithinTheDistanceNearestFirst() {
        saveThree();
        assertThat(places.nearby(ALEPPO, 50, 10)).extracting(n -> n.place().name()).containsExactly("Nubl");
        assertThat(places.nearby(ALEPPO, 250, 10)).extracting(n -> n.place().name()).containsExactly("Nubl", "Homs");
        assertThat(places.nearby(ALEPPO, 250, 10).get(0).kilometres()).isBetween(20.0, 30.0);
        assertThat(places.nearby(ALEPPO, 250, 1)).hasSize(1);
    }

    @Test
    void spellingsAreTheNamesTheArticlesUseMostUsedFirst() {
        save("Alpha", null, "Halab and Aleppo and Halab.", null, "Halab", ALEPPO, PlaceRole.SETTING, "Aleppo", ALEPPO, PlaceRole.SETTING,
                "Halab", ALEPPO, PlaceRole.SETTING);
        assertThat(places.spellings(ALEPPO.id())).containsExactly("Halab", "Aleppo");
        assertThat(places.places(PlaceQuery.ALL, FIRST).items().get(0).label()).isEqualTo("Halab");
    }

    private List<String> names(PlaceQuery q) {
        return places.places(q, FIRST).items().stream().map(c -> c.place().name()).toList();
    }
}
