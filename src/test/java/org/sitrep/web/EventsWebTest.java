package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.JsonObjects.list;
import static org.sitrep.JsonObjects.object;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Json;

/** The events page, the events API and its downloads, and events on the article, entity and place pages. */
class EventsWebTest {
    private static final Pattern ROW = Pattern.compile("<tr class=\"type-");
    private static EventSite site;

    @BeforeAll
    static void start() throws Exception {
        site = EventSite.shared();
    }

    private static String page(String path) throws Exception {
        HttpResponse<String> r = site.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private static long rows(String path) throws Exception {
        return ROW.matcher(page(path)).results().count();
    }

    @Test
    void eventsPageListsIncidentsWithEveryReportLinkedToItsEvidence() throws Exception {
        String body = page("/events");
        assertThat(body).contains("<h1>Events</h1>", "3 incidents from 4 reports", "<td data-label=\"Deaths\">12–15</td>",
                "href=\"/articles/" + site.ids.get(0) + "#event-0\"", "href=\"/articles/" + site.ids.get(1) + "#event-0\"",
                "SANA, 2016-03-01", "Reuters, 2016-03-02", "Military Forces of Syria (2000-2024)", "Islamic State (Syria)",
                "href=\"/places/170063\">Aleppo</a>", "Armed clash", "<a href=\"/events\" aria-current=\"page\">Events</a>");
        assertThat(rows("/events")).isEqualTo(3);
    }

    @Test
    void eachFilterNarrowsTheIncidents() throws Exception {
        assertThat(rows("/events?type=Battles")).isEqualTo(1);
        assertThat(page("/events?sub_type=Air%2Fdrone%20strike")).contains("Homs").doesNotContain("Armed clash</span>");
        assertThat(rows("/events?actor=Islamic")).isEqualTo(1);
        assertThat(rows("/events?actor=org-islamic-state")).isEqualTo(1);
        assertThat(rows("/events?place=Homs")).isEqualTo(1);
        assertThat(rows("/events?place=170063")).isEqualTo(2);
        assertThat(rows("/events?from=2016-01-01")).isEqualTo(1);
        assertThat(rows("/events?from=2014-11-25&to=2014-11-30")).isEqualTo(1);
        assertThat(rows("/events?outlet=AFP")).isEqualTo(1);
        assertThat(rows("/events?q=market")).isEqualTo(1);
        assertThat(page("/events?q=Zzyzxnotaword")).contains("0 incidents from 0 reports", "No events.");
    }

    @Test
    void badFilterValuesAreBadRequestsNamingTheParameter() throws Exception {
        HttpResponse<String> r = site.get("/events?type=Bombing");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("role=\"alert\"", "type: must be one of Battles, Explosions/Remote violence");
        assertThat(site.get("/events?type=Protests&sub_type=Armed%20clash").body()).contains("sub_type: must be a sub-event type of Protests");
        HttpResponse<String> api = site.get("/api/v1/events?format=xml");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(object(api.body()).get("error")).isEqualTo("format: must be one of json, jsonl, acled-csv, geojson; got: xml");
    }

    @Test
    void downloadsGiveTheFiltersEventsAsAcledCsvGeoJsonAndJsonl() throws Exception {
        String body = page("/events?type=Battles");
        assertThat(body).contains("href=\"/api/v1/events?type=Battles&amp;format=acled-csv\"",
                "href=\"/api/v1/events?type=Battles&amp;format=geojson\"", "href=\"/api/v1/events?type=Battles&amp;format=jsonl\"");

        HttpResponse<String> csv = site.get("/api/v1/events?type=Battles&format=acled-csv");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).isEqualTo("attachment; filename=\"sitrep-events.csv\"");
        assertThat(csv.body().split("\r\n")).hasSize(3);
        assertThat(csv.body()).startsWith("event_id_cnty,event_date,year,");
        assertThat(csv.body()).contains("Armed clash", "Military Forces of Syria (2000-2024)").doesNotContain("Air/drone strike");

        HttpResponse<String> geo = site.get("/api/v1/events?type=Battles&format=geojson");
        assertThat(geo.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        var features = list(object(geo.body()).get("features"));
        assertThat(features).hasSize(2);
        assertThat(object(object(features.get(0)).get("properties"))).containsEntry("kind", "event").containsEntry("type", "Battles");

        String[] lines = site.get("/api/v1/events?format=jsonl").body().split("\n");
        assertThat(lines).hasSize(4).allSatisfy(l -> assertThat(object(Json.parse(l).orElseThrow())).containsKeys("id", "incident",
                "article", "event", "evidence_text", "evidence_url"));
    }

    @Test
    void jsonApiPagesTheEventsOfTheFilter() throws Exception {
        var body = object(page("/api/v1/events?place=Homs"));
        assertThat(body).containsEntry("total", 1);
        var item = object(list(body.get("items")).get(0));
        assertThat(object(item.get("event"))).containsEntry("sub_type", "Air/drone strike").containsEntry("fatalities", 5);
        assertThat((String) item.get("evidence_url")).isEqualTo("/articles/" + site.ids.get(2) + "#event-0");
    }

    @Test
    void eventsTimelineCountsIncidentsPerWeekAndSaysWhatItLeavesOut() throws Exception {
        String body = page("/events");
        assertThat(body).contains("Events over time", "Incidents and reports for the events per week",
                "Not on the chart: 1 report dated less precisely than a week", "data-form=\"events-filter\"");
        assertThat(body).contains("<tr><td><time datetime=\"2016-02-29\">week of 2016-02-29</time></td><td>1</td><td>2</td></tr>");
    }

    @Test
    void articlePageAnchorsTheEvidenceOfEachEvent() throws Exception {
        String body = page("/articles/" + site.ids.get(0));
        assertThat(body).contains("<span class=\"event-anchor\" id=\"event-0\"></span>", "Events it reports (1)",
                "<a href=\"#event-0\">");
    }

    @Test
    void entityPageListsTheEventsItIsAnActorOfAndDrawsThemOnItsTimeline() throws Exception {
        String body = page("/entities/org-islamic-state");
        assertThat(body).contains("Events with Islamic State as an actor (1)", "<td data-label=\"Deaths\">12–15</td>",
                "href=\"/events?actor=org-islamic-state\"", "<th scope=\"col\">Events</th>",
                "Events are counted on the day they happened");
        assertThat(page("/entities/org-islamic-state?to=2016-01-01")).doesNotContain("Events with Islamic State");
    }

    @Test
    void placePageListsTheEventsThere() throws Exception {
        String body = page("/places/169577");
        assertThat(body).contains("Events here (1)", "Air/drone strike", "href=\"/events?place=169577\"");
        assertThat(page("/places/170063")).contains("Events here (2)", "Peaceful protest",
                "Not on the chart: 1 report dated less precisely than a day");
    }

    @Test
    void mapPageLoadsTheEventsOfItsFilterAndDrawsThemOverTime() throws Exception {
        String body = page("/map?type=Battles&entity=org-islamic-state");
        assertThat(body).contains("data-events=\"/api/v1/events?type=Battles&amp;actor=org-islamic-state&amp;format=geojson\"",
                "Events over time", "data-form=\"map-filter\"", "<option value=\"Battles\" selected>Battles</option>",
                "type-battles");
    }
}
