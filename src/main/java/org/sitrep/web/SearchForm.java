package org.sitrep.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.InputException;
import org.sitrep.core.PageRequest;
import org.sitrep.index.Facet;
import org.sitrep.index.FacetFilter;
import org.sitrep.index.SearchQuery;
import org.sitrep.index.SearchSort;

/**
 * The search as the page's parameters give it: words, outlet, language, days, one value for each of the facets that
 * filter by key ({@code entity}, {@code kind}, {@code place}, {@code speaker}), the order ({@code sort=newest}) and
 * whether known names also find their other spellings ({@code names=off} switches that off). Builds the links that
 * change one of them, so every facet and switch is a plain link that reproduces the view.
 */
public record SearchForm(String q, String outlet, String language, LocalDate from, LocalDate to, Map<Facet, String> filters,
                         SearchSort sort, boolean aliases) {
    /** The facets filtered by a parameter of their own name; outlet, language and month have their own fields. */
    static final List<Facet> KEYED = List.of(Facet.ENTITY, Facet.KIND, Facet.PLACE, Facet.SPEAKER);

    public SearchForm {
        filters = filters.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(filters));
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    /** The form the request's parameters fill in. */
    static SearchForm of(Context ctx) {
        Map<Facet, String> filters = new EnumMap<>(Facet.class);
        for (Facet f : KEYED) {
            String v = RequestParams.text(ctx, f.key());
            if (v != null) {
                filters.put(f, v);
            }
        }
        String sortText = RequestParams.text(ctx, "sort");
        SearchSort sort = sortText == null ? SearchSort.RELEVANCE : SearchSort.of(sortText)
                .orElseThrow(() -> new InputException("sort", "must be relevance or newest; got: " + sortText));
        String names = RequestParams.text(ctx, "names");
        if (names != null && !names.equals("on") && !names.equals("off")) {
            throw new InputException("names", "must be on or off; got: " + names);
        }
        return new SearchForm(RequestParams.text(ctx, "q"), RequestParams.text(ctx, "outlet"), RequestParams.text(ctx, "language"),
                RequestParams.day(ctx, "from"), RequestParams.day(ctx, "to"), filters, sort, !"off".equals(names));
    }

    /** The search this form asks for, at that page. */
    SearchQuery query(PageRequest page) {
        List<FacetFilter> list = new ArrayList<>();
        filters.forEach((f, key) -> list.add(new FacetFilter(f, key)));
        return new SearchQuery(q, outlet, language, from, to, page, list, sort, aliases);
    }

    /** The same form, its dates as the query read them. */
    SearchForm withDays(LocalDate fromDay, LocalDate toDay) {
        return new SearchForm(q, outlet, language, fromDay, toDay, filters, sort, aliases);
    }

    public String pageLink(int page) {
        Map<String, Object> params = parameters();
        params.put("page", page > 1 ? page : null);
        return "/search" + Links.query(params);
    }

    /** This search, narrowed to articles with the facet's value (a month sets the days). */
    public String narrowed(Facet facet, String key) {
        Map<String, Object> params = parameters();
        switch (facet) {
            case OUTLET -> params.put("outlet", key);
            case LANGUAGE -> params.put("language", key);
            case MONTH -> {
                YearMonth month = YearMonth.parse(key);
                params.put("from", month.atDay(1));
                params.put("to", month.atEndOfMonth());
            }
            default -> params.put(facet.key(), key);
        }
        return "/search" + Links.query(params);
    }

    /** This search without the facet's filter. */
    public String widened(Facet facet) {
        Map<String, Object> params = parameters();
        switch (facet) {
            case OUTLET -> params.remove("outlet");
            case LANGUAGE -> params.remove("language");
            case MONTH -> {
                params.remove("from");
                params.remove("to");
            }
            default -> params.remove(facet.key());
        }
        return "/search" + Links.query(params);
    }

    /** Whether the search is narrowed to that value of the facet. */
    public boolean selected(Facet facet, String key) {
        return switch (facet) {
            case OUTLET -> key.equalsIgnoreCase(outlet == null ? "" : outlet);
            case LANGUAGE -> key.equals(language);
            case MONTH -> YearMonth.parse(key).atDay(1).equals(from) && YearMonth.parse(key).atEndOfMonth().equals(to);
            default -> key.equals(filters.get(facet));
        };
    }

    /** Whether the search is narrowed by the facet at all. */
    public boolean filtered(Facet facet) {
        return switch (facet) {
            case OUTLET -> outlet != null;
            case LANGUAGE -> language != null;
            case MONTH -> from != null || to != null;
            default -> filters.containsKey(facet);
        };
    }

    public String sortedBy(SearchSort value) {
        Map<String, Object> params = parameters();
        params.put("sort", value == SearchSort.RELEVANCE ? null : value.key());
        return "/search" + Links.query(params);
    }

    /** This search with other spellings of known names searched or not. */
    public String withNames(boolean on) {
        Map<String, Object> params = parameters();
        params.put("names", on ? null : "off");
        return "/search" + Links.query(params);
    }

    private Map<String, Object> parameters() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("outlet", outlet);
        params.put("language", language);
        params.put("from", from);
        params.put("to", to);
        // Every facet's place is kept, empty or not, so that a link that sets one keeps the parameters in one order.
        KEYED.forEach(f -> params.put(f.key(), filters.get(f)));
        params.put("sort", sort == SearchSort.RELEVANCE ? null : sort.key());
        params.put("names", aliases ? null : "off");
        return params;
    }

    public String fromText() {
        return from == null ? "" : from.toString();
    }

    public String toText() {
        return to == null ? "" : to.toString();
    }
}
