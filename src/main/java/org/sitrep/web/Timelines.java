package org.sitrep.web;

import java.util.List;
import org.sitrep.core.DayRange;
import org.sitrep.core.Entity;
import org.sitrep.core.PageRequest;
import org.sitrep.core.Place;
import org.sitrep.index.SearchMatches;
import org.sitrep.index.SearchQuery;
import org.sitrep.pipeline.Workspace;
import org.sitrep.store.DailyCounts;

/** The timelines of the entity, place and search pages, over every day whatever range the page lists. */
final class Timelines {
    /** The most search hits a timeline counts: the best {@value} (a search reaches no further). */
    static final int MAX_SEARCH_HITS = PageRequest.MAX_DEPTH;

    private final Workspace workspace;

    Timelines(Workspace workspace) {
        this.workspace = workspace;
    }

    Timeline entity(Entity entity, DayRange selected, String formId) {
        DailyCounts counts = workspace.dailyCounts();
        return Timeline.of("timeline", entity.name(), selected, formId, List.of(
                new Timeline.Daily("Mentions", "mentions", counts.mentionsOf(entity.id())),
                new Timeline.Daily("Statements", "statements", counts.statementsBy(entity.id()))));
    }

    Timeline place(Place place, DayRange selected, String formId) {
        DailyCounts counts = workspace.dailyCounts();
        return Timeline.of("timeline", place.name(), selected, formId, List.of(
                new Timeline.Daily("Mentions", "mentions", counts.mentionsOf(place.id())),
                new Timeline.Daily("Statements", "statements", counts.statementsNaming(place.id()))));
    }

    /** The search's matching articles and their statements, on every day (the query's own days are ignored). */
    Timeline search(SearchQuery query, DayRange selected, String formId) {
        SearchMatches found = workspace.index().matching(new SearchQuery(query.text(), query.outlet(), query.language(),
                null, null, new PageRequest(1, 1)), MAX_SEARCH_HITS);
        DailyCounts counts = workspace.dailyCounts();
        Timeline t = Timeline.of("timeline", "the search", selected, formId, List.of(
                new Timeline.Daily("Articles", "articles", counts.articles(found.ids())),
                new Timeline.Daily("Statements", "statements", counts.statementsIn(found.ids()))));
        if (found.partial()) {
            return t.withNote("The search stopped at its time limit: the counts are those of the matches found until then.");
        }
        return found.total() > found.ids().size()
                ? t.withNote("The counts are those of the best " + found.ids().size() + " of " + found.total() + " matches.") : t;
    }
}
