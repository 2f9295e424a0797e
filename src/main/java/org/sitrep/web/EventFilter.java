package org.sitrep.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.sitrep.core.EventType;
import org.sitrep.core.InputException;
import org.sitrep.core.PageRequest;
import org.sitrep.core.SubEventType;
import org.sitrep.index.SearchIndex;
import org.sitrep.index.SearchMatches;
import org.sitrep.index.SearchQuery;
import org.sitrep.store.EventQuery;

/**
 * The events' filter as a request gives it ({@code type}, {@code sub_type}, {@code actor}, {@code place},
 * {@code from}, {@code to}, {@code outlet}, {@code q}); each may be {@code null}.
 *
 * @param type    an ACLED event type, by its label ("Battles") in the request
 * @param subType an ACLED sub-event type, by its label ("Armed clash") in the request
 * @param actor   an entity id, or words of either actor's name
 * @param place   a place id, or words of the place's name
 * @param q       a search in the search box's syntax: only the events of the articles it finds
 */
public record EventFilter(EventType type, SubEventType subType, String actor, String place, LocalDate from, LocalDate to,
                          String outlet, String q) {
    /** The most search hits whose events a filter counts: the best {@value} (a search reaches no further). */
    static final int MAX_SEARCH_HITS = PageRequest.MAX_DEPTH;
    static final EventFilter NONE = new EventFilter(null, null, null, null, null, null, null, null);

    public EventFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InputException("from", "date range starts after it ends; got: " + from + " to " + to);
        }
        if (q != null && q.length() > SearchQuery.MAX_QUERY_CHARS) {
            throw new InputException("q", "query longer than " + SearchQuery.MAX_QUERY_CHARS + " characters; got: " + q.length());
        }
        if (type != null && subType != null && subType.type() != type) {
            throw new InputException("sub_type", "must be a sub-event type of " + type.label() + "; got: " + subType.label());
        }
    }

    static EventFilter of(Context ctx) {
        return new EventFilter(type(RequestParams.text(ctx, "type")), subType(RequestParams.text(ctx, "sub_type")),
                RequestParams.text(ctx, "actor"), RequestParams.text(ctx, "place"), RequestParams.day(ctx, "from"),
                RequestParams.day(ctx, "to"), RequestParams.text(ctx, "outlet"), RequestParams.text(ctx, "q"));
    }

    private static EventType type(String v) {
        return v == null ? null : EventType.ofLabel(v).orElseThrow(() -> new InputException("type", "must be one of "
                + String.join(", ", Arrays.stream(EventType.values()).map(EventType::label).toList()) + "; got: " + v));
    }

    private static SubEventType subType(String v) {
        return v == null ? null : SubEventType.ofLabel(v).orElseThrow(() -> new InputException("sub_type",
                "must be one of ACLED's 25 sub-event types (\"Armed clash\", \"Air/drone strike\", …); got: " + v));
    }

    /** The filter with these days instead. */
    EventFilter withDates(LocalDate first, LocalDate last) {
        return new EventFilter(type, subType, actor, place, first, last, outlet, q);
    }

    /** The store's query; with search words, the index is asked which articles they find. */
    Scoped query(SearchIndex index) {
        EventQuery query = EventQuery.ALL.withType(type).withSubType(subType).withActor(actor).withDates(from, to)
                .withOutlet(outlet);
        if (place != null) {
            query = place.matches("-?\\d{1,12}") ? query.withPlaceId(Long.parseLong(place)) : query.withPlaceName(place);
        }
        if (q == null) {
            return new Scoped(query, false);
        }
        SearchMatches found = index.matching(new SearchQuery(q, outlet, null, null, null, new PageRequest(1, 1)), MAX_SEARCH_HITS);
        return new Scoped(query.withArticles(new LinkedHashSet<>(found.ids())), found.partial() || found.total() > found.ids().size());
    }

    /** A store query and whether the search behind it was cut short, so that some events may be missing. */
    record Scoped(EventQuery query, boolean partial) {
    }

    /** The filter's parameters in the order the form shows them, without the empty ones. */
    Map<String, Object> parameters() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("type", type == null ? null : type.label());
        params.put("sub_type", subType == null ? null : subType.label());
        params.put("actor", actor);
        params.put("place", place);
        params.put("from", from);
        params.put("to", to);
        params.put("outlet", outlet);
        return params;
    }

    public boolean isEmpty() {
        return parameters().values().stream().allMatch(v -> v == null);
    }

    /** The value as a form field shows it: empty for none. */
    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
