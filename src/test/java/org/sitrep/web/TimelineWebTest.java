package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.Seed;

/** The timelines of the entity, place and search pages, and their date ranges, over the real server. */
class TimelineWebTest {
    private static final Pattern TABLE_ROW = Pattern.compile("<tr><td><time datetime=\"");
    private static SiteFixture site;

    @BeforeAll
    static void start() throws Exception {
        site = SiteFixture.shared();
    }

    private static String page(String path) throws Exception {
        HttpResponse<String> r = site.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    @Test
    void entityTimelineCountsPerWeekFromTheSeedToTheHostilePageWithTheWeeksBetweenAsZeros() throws Exception {
        String body = page("/entities/person-kristen-gillespie");
        assertThat(body).contains("Mentions over time", "Mentions and statements for Kristen Gillespie per week of publication",
                "<th scope=\"col\">Week</th><th scope=\"col\">Mentions</th><th scope=\"col\">Statements</th>",
                "data-form=\"entity-range\"", "/webjars/uplot/1.6.30/dist/uPlot.iife.min.js", "/static/timeline.js");
        assertThat(TABLE_ROW.matcher(body).results().count()).isGreaterThan(60);
        assertThat(body).contains("<tr><td><time datetime=\"2015-06-01\">week of 2015-06-01</time></td><td>0</td><td>0</td><td>0 of 0 (0.0)</td></tr>");
    }

    @Test
    void aDateRangeListsOnlyTheEntitysArticlesAndStatementsOfThoseDays() throws Exception {
        String body = page("/entities/person-kristen-gillespie?from=2016-01-01");
        assertThat(body).contains("Articles mentioning Kristen Gillespie published from 2016-01-01 (1)", "Hostile page",
                "value=\"2016-01-01\"").doesNotContain(">" + Seed.TITLE + "<");
        assertThat(page("/entities/person-kristen-gillespie?to=2015-12-31"))
                .contains("Articles mentioning Kristen Gillespie published up to 2015-12-31 (1)", Seed.TITLE)
                .contains("IS capital is already in Raqqa");
    }

    @Test
    void placePageHasATimelineAndListsOnlyTheArticlesOfTheRange() throws Exception {
        String body = page("/places/170063?from=2016-03-05&to=2016-03-05");
        assertThat(body).contains("id=\"timeline\"", "Mentions and statements", "for Aleppo per week",
                "Articles naming it published on 2016-03-05 (1)").doesNotContain(">" + Seed.TITLE + "<");
    }

    @Test
    void searchTimelineCountsEveryMatchWhileTheResultsKeepToTheDates() throws Exception {
        HttpResponse<String> part = site.getPart("/search/timeline?q=Aleppo&from=2016-01-01");
        assertThat(part.statusCode()).isEqualTo(200);
        assertThat(part.body()).contains("Matches over time", "Articles and statements", "for the search per week", "data-form=\"search-form\"")
                .doesNotContain("<html");
        String body = page("/search?q=Aleppo&from=2016-01-01");
        assertThat(body).contains("Matches over time", "id=\"search-results\"", "1 matching articles.");
        assertThat(page("/search")).doesNotContain("Matches over time");
    }

    @Test
    void theSearchPageShowsItsResultsFirstAndLoadsItsTimelineAfterThem() throws Exception {
        String body = page("/search?q=Raqqa");
        assertThat(body).contains("hx-get=\"/search/timeline?q=Raqqa\"", "hx-trigger=\"load\"", "Counting the matches per day");
        assertThat(page("/search/timeline?q=Raqqa")).contains("<html", "Back to the search", "Articles and statements");
        // Once counted, the timeline is kept, and the page shows it at once until the articles change.
        assertThat(page("/search?q=Raqqa")).contains("Articles and statements").doesNotContain("Counting the matches per day");
        assertThat(site.get("/search/timeline").statusCode()).isEqualTo(400);
    }

    @Test
    void aBadDayIsABadRequestNamingTheParameter() throws Exception {
        HttpResponse<String> r = site.get("/entities/person-kristen-gillespie?from=2016-13-01");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("from: must be a date as YYYY-MM-DD; got: 2016-13-01");
        assertThat(site.get("/places/170063?from=2016-02-01&to=2016-01-01").statusCode()).isEqualTo(400);
    }

    @Test
    void uPlotAndTheTimelineScriptAreServedFromThisServer() throws Exception {
        assertThat(site.get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").statusCode()).isEqualTo(200);
        assertThat(site.get("/webjars/uplot/1.6.30/dist/uPlot.min.css").statusCode()).isEqualTo(200);
        assertThat(site.get("/static/timeline.js").statusCode()).isEqualTo(200);
    }
}
