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
import org.sitrep.core.LanguageTag;
import org.sitrep.core.PageRequest;
import org.sitrep.index.Facet;
import org.sitrep.index.FacetFilter;
import org.sitrep.index.SearchQuery;
import org.sitrep.index.SearchSort;

/**
 * The search as the page's parameters give it: words, days, the facet values to keep ({@code outlet}, {@code language},
 * {@code entity}, {@code kind}, {@code place}, {@code speaker}, each repeatable: two outlets keep the articles of
 * either), the order ({@code sort=newest}) and whether known names also find their other spellings ({@code names=off}
 * switches that off). Builds the links that change one of them, so every facet value and switch is a plain link that
 * reproduces the view.
 *
 * @param filters the values chosen per facet, in the order chosen; a facet without values is absent
 */
public record SearchForm(String q, LocalDate from, LocalDate to, Map<Facet, List<String>> filters, SearchSort sort, boolean aliases) {
    /** The facets filtered by a parameter of their own name; outlet, language and month have their own fields. */
    static final List<Facet> KEYED = List.of(Facet.ENTITY, Facet.KIND, Facet.PLACE, Facet.SPEAKER);
    /** The facets the page's parameters can filter by, in the order of the parameters in links. */
    private static final List<Facet> CHOSEN = List.of(Facet.OUTLET, Facet.LANGUAGE, Facet.ENTITY, Facet.KIND, Facet.PLACE, Facet.SPEAKER);

    public SearchForm {
        Map<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((f, values) -> {
            if (!values.isEmpty()) {
                copy.put(f, List.copyOf(values));
            }
        });
        filters = java.util.Collections.unmodifiableMap(copy);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    /** A form with at most one outlet, one language and one value of each keyed facet. */
    public SearchForm(String q, String outlet, String language, LocalDate from, LocalDate to, Map<Facet, String> keyed,
                      SearchSort sort, boolean aliases) {
        this(q, from, to, single(outlet, language, keyed), sort, aliases);
    }

    private static Map<Facet, List<String>> single(String outlet, String language, Map<Facet, String> keyed) {
        Map<Facet, List<String>> out = new EnumMap<>(Facet.class);
        if (outlet != null) {
            out.put(Facet.OUTLET, List.of(outlet));
        }
        if (language != null) {
            out.put(Facet.LANGUAGE, List.of(language));
        }
        keyed.forEach((f, v) -> out.put(f, List.of(v)));
        return out;
    }

    /** The form the request's parameters fill in. */
    static SearchForm of(Context ctx) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (Facet f : CHOSEN) {
            List<String> values = ctx.queryParams(f.key()).stream().filter(v -> v != null && !v.isBlank())
                    .map(v -> f == Facet.LANGUAGE ? LanguageTag.primary(v) : v.strip()).filter(java.util.Objects::nonNull).distinct().toList();
            filters.put(f, values);
        }
        String sortText = RequestParams.text(ctx, "sort");
        SearchSort sort = sortText == null ? SearchSort.RELEVANCE : SearchSort.of(sortText)
                .orElseThrow(() -> new InputException("sort", "must be relevance or newest; got: " + sortText));
        String names = RequestParams.text(ctx, "names");
        if (names != null && !names.equals("on") && !names.equals("off")) {
            throw new InputException("names", "must be on or off; got: " + names);
        }
        return new SearchForm(RequestParams.text(ctx, "q"), RequestParams.day(ctx, "from"), RequestParams.day(ctx, "to"), filters, sort,
                !"off".equals(names));
    }

    /** The first outlet chosen (the one the form's list shows), null when none. */
    public String outlet() {
        return first(Facet.OUTLET);
    }

    /** The first language chosen (the one the form's list shows), null when none. */
    public String language() {
        return first(Facet.LANGUAGE);
    }

    private String first(Facet f) {
        List<String> values = filters.get(f);
        return values == null ? null : values.get(0);
    }

    /** The chosen values the form's visible fields do not show, as hidden fields keep them: name and value. */
    public List<Map.Entry<String, String>> hidden() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        filters.forEach((f, values) -> {
            boolean shown = f == Facet.OUTLET || f == Facet.LANGUAGE;
            values.stream().skip(shown ? 1 : 0).forEach(v -> out.add(Map.entry(f.key(), v)));
        });
        return out;
    }

    /** The search this form asks for, at that page. */
    SearchQuery query(PageRequest page) {
        List<FacetFilter> list = new ArrayList<>();
        filters.forEach((f, keys) -> keys.forEach(key -> list.add(new FacetFilter(f, key))));
        return new SearchQuery(q, null, null, from, to, page, list, sort, aliases);
    }

    /** The same form, its dates as the query read them. */
    SearchForm withDays(LocalDate fromDay, LocalDate toDay) {
        return new SearchForm(q, fromDay, toDay, filters, sort, aliases);
    }

    /** Where this search's timeline is drawn on its own: the search page loads it after the results. */
    public String timelineLink() {
        return "/search/timeline" + Links.query(parameters(filters));
    }

    public String pageLink(int page) {
        Map<String, Object> params = parameters(filters);
        params.put("page", page > 1 ? page : null);
        return "/search" + Links.query(params);
    }

    /**
     * This search, also keeping articles with the facet's value: a first value narrows the search, a further one
     * widens it to either (a month sets the days instead).
     */
    public String narrowed(Facet facet, String key) {
        if (facet == Facet.MONTH) {
            Map<String, Object> params = parameters(filters);
            YearMonth month = YearMonth.parse(key);
            params.put("from", month.atDay(1));
            params.put("to", month.atEndOfMonth());
            return "/search" + Links.query(params);
        }
        Map<Facet, List<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(filters);
        List<String> values = new ArrayList<>(filters.getOrDefault(facet, List.of()));
        values.add(key);
        changed.put(facet, values);
        return "/search" + Links.query(parameters(changed));
    }

    /**
     * {@link #narrowed(Facet, String)} for each of {@code keys}, in their order. Made together: each link is this
     * search's parameters with one more value of the facet, so the parameters around it are encoded once (a page's
     * hundred-odd facet links were a third of rendering a search page).
     */
    public List<String> narrowed(Facet facet, List<String> keys) {
        if (facet == Facet.MONTH || keys.isEmpty()) {
            return keys.stream().map(k -> narrowed(facet, k)).toList();
        }
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        boolean past = false;
        for (Map.Entry<String, Object> e : parameters(filters).entrySet()) {
            (past ? after : before).put(e.getKey(), e.getValue());
            past |= e.getKey().equals(facet.key());
        }
        String head = "/search" + Links.query(before);
        String joiner = head.contains("?") ? "&" : "?";
        String tail = Links.query(after).replaceFirst("^\\?", "&");
        List<String> out = new ArrayList<>(keys.size());
        for (String key : keys) {
            out.add(head + joiner + Links.parameter(facet.key(), key) + tail);
        }
        return out;
    }

    /** This search without that one value of the facet (without the days, for a month). */
    public String without(Facet facet, String key) {
        if (facet == Facet.MONTH) {
            return widened(facet);
        }
        Map<Facet, List<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(filters);
        changed.put(facet, filters.getOrDefault(facet, List.of()).stream().filter(v -> !same(facet, v, key)).toList());
        return "/search" + Links.query(parameters(changed));
    }

    /** This search without the facet's filter. */
    public String widened(Facet facet) {
        Map<String, Object> params = parameters(filters);
        if (facet == Facet.MONTH) {
            params.remove("from");
            params.remove("to");
        } else {
            params.remove(facet.key());
        }
        return "/search" + Links.query(params);
    }

    /** Whether the search keeps that value of the facet. */
    public boolean selected(Facet facet, String key) {
        if (facet == Facet.MONTH) {
            return YearMonth.parse(key).atDay(1).equals(from) && YearMonth.parse(key).atEndOfMonth().equals(to);
        }
        return filters.getOrDefault(facet, List.of()).stream().anyMatch(v -> same(facet, v, key));
    }

    /** Outlets are matched whatever their case, as the index keys them. */
    private static boolean same(Facet facet, String a, String b) {
        return facet == Facet.OUTLET ? a.equalsIgnoreCase(b) : a.equals(b);
    }

    /** Whether the search is narrowed by the facet at all. */
    public boolean filtered(Facet facet) {
        return facet == Facet.MONTH ? from != null || to != null : filters.containsKey(facet);
    }

    public String sortedBy(SearchSort value) {
        Map<String, Object> params = parameters(filters);
        params.put("sort", value == SearchSort.RELEVANCE ? null : value.key());
        return "/search" + Links.query(params);
    }

    /** This search with other spellings of known names searched or not. */
    public String withNames(boolean on) {
        Map<String, Object> params = parameters(filters);
        params.put("names", on ? null : "off");
        return "/search" + Links.query(params);
    }

    private Map<String, Object> parameters(Map<Facet, List<String>> chosen) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("outlet", chosen.get(Facet.OUTLET));
        params.put("language", chosen.get(Facet.LANGUAGE));
        params.put("from", from);
        params.put("to", to);
        // Every facet's place is kept, empty or not, so that a link that sets one keeps the parameters in one order.
        KEYED.forEach(f -> params.put(f.key(), chosen.get(f)));
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
