package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.sitrep.EventArticles.ALEPPO;
import static org.sitrep.EventArticles.CIVILIANS;
import static org.sitrep.EventArticles.HOMS;
import static org.sitrep.EventArticles.ISLAMIC_STATE;
import static org.sitrep.EventArticles.SHAAR;
import static org.sitrep.EventArticles.SYRIAN_FORCES;
import static org.sitrep.EventArticles.article;
import static org.sitrep.EventArticles.event;
import static org.sitrep.EventArticles.processed;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Article;
import org.sitrep.core.Event;
import org.sitrep.core.EventActor;
import org.sitrep.core.EventType;
import org.sitrep.core.PageRequest;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Span;
import org.sitrep.core.SubEventType;

class EventStoreTest {
    private static final PageRequest FIRST = new PageRequest(1, 20);
    private static final LocalDate NOV_12 = LocalDate.of(2014, 11, 12);
    private static final LocalDate NOV_13 = LocalDate.of(2014, 11, 13);
    private static final String STRIKE = "Air strikes hit Aleppo on Wednesday, killing civilians.";

    @TempDir
    Path dir;
    private Database db;
    private ArticleStore articles;
    private EventStore events;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        articles = new ArticleStore(db);
        events = articles.events();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String save(Article article, Event... coded) {
        return articles.save(processed(article, List.of(coded))).id();
    }

    private static Event strike(org.sitrep.core.Place place, String date, Integer fatalities) {
        return event(SubEventType.AIR_DRONE_STRIKE, SYRIAN_FORCES, CIVILIANS, place, date, fatalities);
    }

    private List<IncidentRow> incidents() {
        return events.incidents(EventQuery.ALL, FIRST).items();
    }

    @Test
    void storesEventsWithTheirArticleAndReadsThemBackUnchanged() {
        Event inCaption = new Event(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, ISLAMIC_STATE, null,
                new PlaceMention(new Span(12, 16), "Homs", HOMS, PlaceRole.SETTING, 0.7, 0), 2, "2014-W46", null,
                new Span(0, 16), 0, true, "activists", 0.55);
        Event inText = strike(ALEPPO, "2014-11-12", 12);
        Event nowhere = event(SubEventType.ARRESTS, SYRIAN_FORCES, null, null, null, null);
        String id = save(article("Alpha", NOV_13, STRIKE, "Shelling of Homs, November 12."), inText, inCaption, nowhere);

        assertThat(articles.find(id).orElseThrow().events()).containsExactly(inText, inCaption, nowhere);
    }

    @Test
    void keepsTheWordsOfTheEvidence() {
        Article a = article("Alpha", NOV_13, STRIKE);
        save(a, strike(ALEPPO, "2014-11-12", 12));
        assertThat(events.events(EventQuery.ALL, FIRST).items()).extracting(EventRow::evidenceText)
                .containsExactly(a.text().substring(0, 20));
    }

    @Test
    void savingAnArticleAgainReplacesItsEventsAndKeepsTheirIncident() {
        Article a = article("Alpha", NOV_13, STRIKE);
        String id = save(a, strike(ALEPPO, "2014-11-12", 12), strike(HOMS, "2014-11-12", 3));
        long incident = events.incidentsOf(id).get(0);

        save(a, strike(ALEPPO, "2014-11-12", 14));

        assertThat(articles.find(id).orElseThrow().events()).extracting(Event::fatalities).containsExactly(14);
        assertThat(events.incidentsOf(id)).containsExactly(incident);
        assertThat(incidents()).hasSize(1);
    }

    @Test
    void anArticleRemovedByASaveTakesItsEventsAlong() {
        Article first = article("Alpha", NOV_13, STRIKE);
        Article second = article("Beta", NOV_13, "Fighting near Homs. " + STRIKE);
        save(first, strike(ALEPPO, "2014-11-12", 12));
        save(second, strike(HOMS, "2014-11-12", 3));
        // The first article's address with the second's text: both are this article now, and the second goes.
        save(new Article(first.url(), second.title(), List.of(), NOV_13, "Alpha", null, List.of(), second.paragraphs(), "en"));

        assertThat(events.events(EventQuery.ALL, FIRST).total()).isZero();
    }

    @Test
    void keepsTheEventsOfArticlesSavedAfterAnAnalystCorrectedAnEntity() {
        Article a = article("Alpha", NOV_13, STRIKE);
        var army = new org.sitrep.core.Entity("org-syrian-army", "Syrian army", org.sitrep.core.EntityType.ORGANIZATION, null);
        var mention = new org.sitrep.core.Mention(new Span(6, 9), "Air", org.sitrep.core.EntityType.ORGANIZATION);
        var withEntity = new org.sitrep.core.Processed("test", processed(a, List.of()).annotated(),
                List.of(new org.sitrep.core.LinkedMention(mention, army)), List.of());
        articles.save(withEntity);
        new CorrectionStore(db).rename("org-syrian-army", "Syrian Arab Army");

        String id = save(a, strike(ALEPPO, "2014-11-12", 12));

        assertThat(articles.find(id).orElseThrow().events()).hasSize(1);
    }

    @Test
    void reportsOfOneIncidentInTwoArticlesBecomeOneIncidentWithBothSourcesAndAFatalityRange() {
        String alpha = save(article("Alpha", NOV_12, STRIKE), strike(ALEPPO, "2014-11-12", 10));
        String beta = save(article("Beta", NOV_13, "Jets struck al-Shaar on Wednesday."),
                event(SubEventType.AIR_DRONE_STRIKE, SYRIAN_FORCES, null, SHAAR, "2014-11-12", 14));

        List<IncidentRow> found = incidents();
        assertThat(found).hasSize(1);
        IncidentRow incident = found.get(0);
        assertThat(incident.reports()).extracting(r -> r.article().id(), r -> r.article().outlet())
                .containsExactly(tuple(alpha, "Alpha"), tuple(beta, "Beta"));
        assertThat(incident.fewestFatalities()).isEqualTo(10);
        assertThat(incident.mostFatalities()).isEqualTo(14);
        assertThat(incident.fatalitiesDisagree()).isTrue();
        assertThat(events.incident(incident.id())).contains(incident);
    }

    @Test
    void reportsAtPlacesFartherApartOrOfAnotherTypeAreOtherIncidents() {
        save(article("Alpha", NOV_12, STRIKE), strike(ALEPPO, "2014-11-12", 10));
        save(article("Beta", NOV_12, "Strikes on Homs."), strike(HOMS, "2014-11-12", 10));
        save(article("Gamma", NOV_12, "Clashes in Aleppo."),
                event(SubEventType.ARMED_CLASH, SYRIAN_FORCES, ISLAMIC_STATE, ALEPPO, "2014-11-12", null));

        assertThat(incidents()).hasSize(3).allSatisfy(i -> assertThat(i.reports()).hasSize(1));
    }

    @Test
    void aReportOfTheMonthJoinsAReportOfADayInItButNotOfTheNextDay() {
        save(article("Alpha", NOV_13, STRIKE), strike(ALEPPO, "2014-11-12", null));
        save(article("Beta", NOV_13, "Strikes on Aleppo this month."), strike(ALEPPO, "2014-11", null));
        save(article("Gamma", NOV_13, "Strikes on Aleppo on Thursday."), strike(ALEPPO, "2014-11-13", null));

        assertThat(incidents()).extracting(i -> i.reports().size()).containsExactlyInAnyOrder(2, 1);
    }

    @Test
    void undatedReportsJoinOnlyArticlesPublishedWithinADay() {
        save(article("Alpha", NOV_12, STRIKE), strike(ALEPPO, "2014-11-12", null));
        save(article("Beta", NOV_13, "Strikes on Aleppo."), strike(ALEPPO, null, null));
        save(article("Gamma", LocalDate.of(2014, 11, 20), "More strikes on Aleppo."), strike(ALEPPO, null, null));

        assertThat(incidents()).extracting(i -> i.reports().size()).containsExactlyInAnyOrder(2, 1);
    }

    @Test
    void joinsTheNearestIncidentAndTheSameOneHoweverOftenItIsSaved() {
        save(article("Alpha", NOV_12, "Strikes on al-Shaar."), strike(SHAAR, "2014-11-12", null));
        save(article("Beta", NOV_12, STRIKE), strike(ALEPPO, "2014-11", null));
        String gamma = save(article("Gamma", NOV_12, "Strikes on Aleppo again."), strike(ALEPPO, "2014-11-12", null));
        long joined = events.incidentsOf(gamma).get(0);

        save(article("Gamma", NOV_12, "Strikes on Aleppo again."), strike(ALEPPO, "2014-11-12", null));

        assertThat(events.incidentsOf(gamma)).containsExactly(joined);
        assertThat(incidents()).hasSize(1);
    }

    @Test
    void filtersEventsByTypeActorPlaceCountryDatesOutletAndArticles() {
        String alpha = save(article("Alpha", NOV_12, STRIKE), strike(ALEPPO, "2014-11-12", 10),
                event(SubEventType.ARMED_CLASH, SYRIAN_FORCES, ISLAMIC_STATE, HOMS, "2014-10", null));
        save(article("Beta", LocalDate.of(2015, 1, 2), "Protest in Homs."),
                event(SubEventType.PEACEFUL_PROTEST, new EventActor("Protesters (Syria)", null), null, HOMS, "2015-01-01", null));

        assertThat(outlets(EventQuery.ALL.withType(EventType.BATTLES))).containsExactly("Alpha");
        assertThat(subTypes(EventQuery.ALL.withSubType(SubEventType.PEACEFUL_PROTEST))).containsExactly("Peaceful protest");
        assertThat(subTypes(EventQuery.ALL.withActor("islamic state"))).containsExactly("Armed clash");
        assertThat(subTypes(EventQuery.ALL.withActor("org-syrian-army"))).containsExactlyInAnyOrder("Air/drone strike", "Armed clash");
        assertThat(subTypes(EventQuery.ALL.withPlaceId(HOMS.id()))).containsExactly("Peaceful protest", "Armed clash");
        assertThat(subTypes(EventQuery.ALL.withPlaceName("alep"))).containsExactly("Air/drone strike");
        assertThat(subTypes(EventQuery.ALL.withCountry("sy"))).hasSize(3);
        assertThat(subTypes(EventQuery.ALL.withCountry("IQ"))).isEmpty();
        assertThat(subTypes(EventQuery.ALL.withDates(LocalDate.of(2014, 10, 20), LocalDate.of(2014, 11, 30))))
                .containsExactly("Air/drone strike", "Armed clash");
        assertThat(subTypes(EventQuery.ALL.withOutlet("beta"))).containsExactly("Peaceful protest");
        assertThat(subTypes(EventQuery.ALL.withArticles(Set.of(alpha)))).containsExactly("Air/drone strike", "Armed clash");
        assertThat(subTypes(EventQuery.ALL.withArticles(Set.of()))).isEmpty();
    }

    @Test
    void pagesEventsLatestFirstAndCountsThemAll() {
        save(article("Alpha", NOV_12, STRIKE), strike(ALEPPO, "2014-11-12", 10), strike(HOMS, "2014-11-14", null),
                strike(HOMS, "2014-11-13", null));
        var page = events.events(EventQuery.ALL, new PageRequest(1, 2));
        assertThat(page.items()).extracting(r -> r.event().date()).containsExactly("2014-11-14", "2014-11-13");
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void pagesIncidentsByTheirLatestReportWithUndatedReportsAtTheirArticlesDay() {
        save(article("Alpha", NOV_12, STRIKE), strike(ALEPPO, "2014-11-12", null), strike(HOMS, "2014-11-14", null));
        save(article("Beta", LocalDate.of(2014, 12, 1), "Strikes on al-Shaar."), strike(SHAAR, null, null));
        save(article("Gamma", NOV_13, "Strikes on Aleppo, and later on Homs."), strike(ALEPPO, "2014-11-12", null),
                event(SubEventType.ARMED_CLASH, SYRIAN_FORCES, ISLAMIC_STATE, HOMS, "2014-11-20", null));
        List<String> byPage = new java.util.ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            var got = events.incidents(EventQuery.ALL, new PageRequest(page, 1));
            assertThat(got.total()).isEqualTo(4);
            got.items().forEach(i -> byPage.add(i.reports().get(0).event().place().text() + " " + i.reports().get(0).event().date()));
        }
        // al-Shaar's undated report counts its article's day (1 December); Aleppo's incident has two reports.
        assertThat(byPage).containsExactly("al-Shaar null", "Homs 2014-11-20", "Homs 2014-11-14");
        assertThat(events.incidents(EventQuery.ALL, new PageRequest(2, 3)).items()).extracting(i -> i.reports().size()).containsExactly(2);
        assertThat(events.count(EventQuery.ALL)).isEqualTo(5);
    }

    @Test
    void countsEventsAndIncidentsPerDayWeekAndMonth() {
        save(article("Alpha", NOV_12, STRIKE), strike(ALEPPO, "2014-11-12", null), strike(HOMS, "2014-11-12", null),
                strike(HOMS, "2014-W47", null), strike(HOMS, "2014-11", null), strike(HOMS, null, null));
        save(article("Beta", NOV_13, "Strikes on Aleppo."), strike(ALEPPO, "2014-11-12", null));

        Timeline days = events.timeline(EventQuery.ALL, Period.DAY);
        assertThat(days.periods()).containsExactly(new PeriodCount("2014-11-12", 3, 2));
        assertThat(days.coarser()).isEqualTo(2);
        assertThat(days.undated()).isEqualTo(1);
        assertThat(events.timeline(EventQuery.ALL, Period.WEEK).periods())
                .containsExactly(new PeriodCount("2014-W46", 3, 2), new PeriodCount("2014-W47", 1, 1));
        Timeline months = events.timeline(EventQuery.ALL, Period.MONTH);
        assertThat(months.periods()).extracting(PeriodCount::period, PeriodCount::events).containsExactly(tuple("2014-11", 5L));
        assertThat(months.coarser()).isZero();
    }

    private List<String> subTypes(EventQuery query) {
        return events.events(query, FIRST).items().stream().map(r -> r.event().subType().label()).toList();
    }

    private List<String> outlets(EventQuery query) {
        return events.events(query, FIRST).items().stream().map(r -> r.article().outlet()).toList();
    }
}
