package org.sitrep.web;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.core.DayRange;
import org.sitrep.core.Entity;
import org.sitrep.core.PageRequest;
import org.sitrep.core.Place;
import org.sitrep.index.SearchMatches;
import org.sitrep.index.SearchQuery;
import org.sitrep.pipeline.Workspace;
import org.sitrep.store.DailyCounts;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.Period;
import org.sitrep.store.SequenceMemo;

/** The timelines of the entity, place and search pages, over every day whatever range the page lists. */
final class Timelines {
    /** The most search hits a timeline counts: the best {@value} (a search reaches no further). */
    static final int MAX_SEARCH_HITS = PageRequest.MAX_DEPTH;

    /** Searches whose timelines are kept: a reader pages, sorts and narrows the days of one search. */
    private static final int KEPT_SEARCHES = 256;

    private final Workspace workspace;
    private final SequenceMemo<Timeline> searches = new SequenceMemo<>(KEPT_SEARCHES);
    /** The events page's timelines by filter: every page and order of one filter draws the same one. */
    private final SequenceMemo<Timeline> eventFilters = new SequenceMemo<>(KEPT_SEARCHES);

    Timelines(Workspace workspace) {
        this.workspace = workspace;
    }

    Timeline entity(Entity entity, DayRange selected, String formId) {
        DailyCounts counts = workspace.dailyCounts();
        return withEvents(entity.name(), selected, formId, EventQuery.ALL.withActor(entity.id()), List.of(
                new Timeline.Daily("Mentions", "mentions", counts.mentionsOf(entity.id())),
                new Timeline.Daily("Statements", "statements", counts.statementsBy(entity.id()))))
                .withShare(counts.articlesMentioning(entity.id()), counts.allArticles());
    }

    Timeline place(Place place, DayRange selected, String formId) {
        DailyCounts counts = workspace.dailyCounts();
        return withEvents(place.name(), selected, formId, EventQuery.ALL.withPlaceId(place.id()), List.of(
                new Timeline.Daily("Mentions", "mentions", counts.mentionsOf(place.id())),
                new Timeline.Daily("Statements", "statements", counts.statementsNaming(place.id()))))
                .withShare(counts.articlesNaming(place.id()), counts.allArticles());
    }

    /**
     * The timeline of these series and, when the query matches any event, its incidents per day of the event: events
     * happen on their own day, which the mentions' publication days follow. Events dated only to a week or more are
     * left out, and the note says how many.
     */
    private Timeline withEvents(String subject, DayRange selected, String formId, EventQuery events, List<Timeline.Daily> series) {
        org.sitrep.store.Timeline days = workspace.events().timeline(events, Period.DAY);
        if (days.periods().isEmpty() && days.coarser() == 0 && days.undated() == 0) {
            return Timeline.of("timeline", subject, selected, formId, series);
        }
        List<Timeline.Daily> all = new java.util.ArrayList<>(series);
        all.add(new Timeline.Daily("Events", "events", EventTimelines.incidents(days)));
        String note = "Events are counted on the day they happened, the rest on the day of publication.";
        String left = EventTimelines.leftOut(days);
        return Timeline.of("timeline", subject, selected, formId, all).withNote(left == null ? note : note + " " + left);
    }

    /**
     * The events that match (the query's own days are ignored): incidents as bars, reports as a line, per the period
     * their span calls for; events dated more coarsely than that period, or not at all, are counted in a note.
     */
    Timeline events(EventQuery query, DayRange selected, String formId) {
        if (query.articles() != null) {
            return eventsCounted(query, selected, formId);
        }
        String key = String.join("\u0000", query.withDates(null, null).toString(), String.valueOf(selected), formId);
        return eventFilters.get(key, workspace.store().sequence(), () -> eventsCounted(query, selected, formId));
    }

    private Timeline eventsCounted(EventQuery query, DayRange selected, String formId) {
        EventStore store = workspace.events();
        EventQuery everyDay = query.withDates(null, null);
        org.sitrep.store.Timeline months = store.timeline(everyDay, Period.MONTH);
        if (months.periods().isEmpty()) {
            return Timeline.of("timeline", "the events", selected, formId, List.of(new Timeline.Daily("Incidents", "events", List.of())))
                    .withNote(EventTimelines.leftOut(months));
        }
        LocalDate first = EventTimelines.start(months.periods().get(0).period());
        LocalDate last = EventTimelines.start(months.periods().get(months.periods().size() - 1).period()).plusMonths(1).minusDays(1);
        TimelinePeriod period = TimelinePeriod.forSpan(first, last);
        org.sitrep.store.Timeline counts = period == TimelinePeriod.MONTH ? months : store.timeline(everyDay, Period.valueOf(period.name()));
        return Timeline.of("timeline", "the events", selected, formId, period, List.of(
                new Timeline.Daily("Incidents", "events", EventTimelines.incidents(counts)),
                new Timeline.Daily("Reports", "reports", EventTimelines.reports(counts))))
                .withNote(EventTimelines.leftOut(counts)).withDated("of the event's date");
    }

    /**
     * The search's matching articles and their statements, on every day (the query's own days are ignored). Kept
     * until the stored articles change, so the pages and orders of one search count its matches once: counting them
     * is most of a search page's cost (issue 14).
     */
    Timeline search(SearchQuery query, DayRange selected, String formId) {
        return searches.get(searchKey(query, selected, formId), workspace.store().sequence(), () -> counted(query, selected, formId));
    }

    /** The search's timeline if it is kept (counted since the articles last changed), else null. */
    Timeline keptSearch(SearchQuery query, DayRange selected, String formId) {
        return searches.kept(searchKey(query, selected, formId), workspace.store().sequence());
    }

    private static String searchKey(SearchQuery query, DayRange selected, String formId) {
        return String.join("\u0000", query.text(), String.valueOf(query.outlet()), String.valueOf(query.language()),
                String.valueOf(query.filters()), String.valueOf(query.aliases()), String.valueOf(selected), formId);
    }

    private Timeline counted(SearchQuery query, DayRange selected, String formId) {
        SearchMatches found = workspace.index().matching(query.withDates(null, null).withPage(new PageRequest(1, 1)), MAX_SEARCH_HITS);
        DailyCounts counts = workspace.dailyCounts();
        List<org.sitrep.store.DayCount> articles = DailyCounts.perDay(found.days());
        Timeline t = withEvents("the search", selected, formId, EventQuery.ALL.withArticles(new java.util.HashSet<>(found.ids())), List.of(
                new Timeline.Daily("Articles", "articles", articles),
                new Timeline.Daily("Statements", "statements", counts.statementsIn(found.ids(), found.days()))))
                .withShare(articles, counts.allArticles());
        String cut = found.partial() ? "The search stopped at its time limit: the counts are those of the matches found until then."
                : found.total() > found.ids().size() ? "The counts are those of the best " + found.ids().size() + " of "
                + found.total() + " matches." : null;
        return cut == null ? t : t.withNote(t.note() == null ? cut : cut + " " + t.note());
    }
}
