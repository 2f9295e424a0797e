package org.sitrep.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.sitrep.core.InputException;
import org.sitrep.core.PageRequest;
import org.sitrep.index.SearchIndex;
import org.sitrep.index.SearchMatches;
import org.sitrep.index.SearchQuery;
import org.sitrep.store.PlaceQuery;

/**
 * The map's filter as a request gives it ({@code from}, {@code to}, {@code entity}, {@code outlet}, {@code q}); each
 * may be {@code null}.
 *
 * @param entity an entity id
 * @param q      a search in the search box's syntax: only the articles it finds count
 */
public record MapFilter(LocalDate from, LocalDate to, String entity, String outlet, String q) {
    /** The most search hits whose places a map counts: the best {@value} (a search reaches no further). */
    static final int MAX_SEARCH_HITS = PageRequest.MAX_DEPTH;

    public MapFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InputException("from", "date range starts after it ends; got: " + from + " to " + to);
        }
        if (q != null && q.length() > SearchQuery.MAX_QUERY_CHARS) {
            throw new InputException("q", "query longer than " + SearchQuery.MAX_QUERY_CHARS + " characters; got: " + q.length());
        }
    }

    static MapFilter of(Context ctx) {
        return new MapFilter(RequestParams.day(ctx, "from"), RequestParams.day(ctx, "to"), RequestParams.text(ctx, "entity"),
                RequestParams.text(ctx, "outlet"), RequestParams.text(ctx, "q"));
    }

    /** The filter with nothing set, for a page whose request held a bad value. */
    static MapFilter none() {
        return new MapFilter(null, null, null, null, null);
    }

    /** The places query; with search words, the index is asked which articles they find. */
    Scoped query(SearchIndex index) {
        PlaceQuery query = new PlaceQuery(from, to, entity, outlet, null);
        if (q == null) {
            return new Scoped(query, false);
        }
        SearchMatches found = index.matching(new SearchQuery(q, outlet, null, from, to, new PageRequest(1, 1)), MAX_SEARCH_HITS);
        return new Scoped(query.withArticles(new LinkedHashSet<>(found.ids())), found.partial() || found.total() > found.ids().size());
    }

    /**
     * A places query and whether the search behind it was cut short (by its time limit, or at {@link #MAX_SEARCH_HITS}
     * hits), so that the places of some matching articles may be missing.
     */
    record Scoped(PlaceQuery query, boolean partial) {
    }

    /** The filter's parameters, in the order the form shows them, without the empty ones. */
    Map<String, Object> parameters() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("entity", entity);
        params.put("outlet", outlet);
        params.put("q", q);
        return params;
    }

    public boolean isEmpty() {
        return from == null && to == null && entity == null && outlet == null && q == null;
    }
}
