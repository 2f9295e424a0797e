package org.sitrep.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.InputException;
import org.sitrep.core.LanguageTag;
import org.sitrep.core.PageRequest;

/**
 * A search: query text over headline, text and entity names (Lucene's classic syntax, read for people: see
 * {@link SearchIndex#search}), optionally narrowed to one outlet, one language (an ISO 639 code: "ar", "en"; a region is
 * ignored), a range of publication days (both ends inclusive, either may be {@code null}) and facet values (any of
 * one facet's values, and every facet filtered: outlet A or B, and entity C), in an order.
 *
 * @param aliases whether words that name a known entity also find its other spellings
 */
public record SearchQuery(String text, String outlet, String language, LocalDate from, LocalDate to, PageRequest page,
                          List<FacetFilter> filters, SearchSort sort, boolean aliases) {
    public static final int MAX_QUERY_CHARS = 1000;
    /** Facet filters one search may hold; each is one more clause. */
    public static final int MAX_FILTERS = 16;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
        language = LanguageTag.primary(language);
        filters = List.copyOf(filters);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        if (text.length() > MAX_QUERY_CHARS) {
            throw new InputException("q", "query longer than " + MAX_QUERY_CHARS + " characters; got: " + text.length());
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InputException("from", "date range starts after it ends; got: " + from + " to " + to);
        }
        if (filters.size() > MAX_FILTERS) {
            throw new InputException("filters", "at most " + MAX_FILTERS + " facet filters in one search; got: " + filters.size());
        }
    }

    /** A search of any language, for callers that do not filter by it. */
    public SearchQuery(String text, String outlet, LocalDate from, LocalDate to, PageRequest page) {
        this(text, outlet, null, from, to, page);
    }

    /** A search by relevance without facet filters, finding other spellings of known entities. */
    public SearchQuery(String text, String outlet, String language, LocalDate from, LocalDate to, PageRequest page) {
        this(text, outlet, language, from, to, page, List.of(), SearchSort.RELEVANCE, true);
    }

    /** True when there is nothing to search for. */
    public boolean isEmpty() {
        return text.isEmpty() && outlet == null && language == null && from == null && to == null && filters.isEmpty();
    }

    /** The same search narrowed further to articles with that facet value. */
    public SearchQuery withFilter(FacetFilter filter) {
        List<FacetFilter> more = new ArrayList<>(filters);
        more.add(filter);
        return new SearchQuery(text, outlet, language, from, to, page, more, sort, aliases);
    }

    public SearchQuery withFilters(List<FacetFilter> value) {
        return new SearchQuery(text, outlet, language, from, to, page, value, sort, aliases);
    }

    public SearchQuery withSort(SearchSort value) {
        return new SearchQuery(text, outlet, language, from, to, page, filters, value, aliases);
    }

    public SearchQuery withAliases(boolean value) {
        return new SearchQuery(text, outlet, language, from, to, page, filters, sort, value);
    }

    public SearchQuery withPage(PageRequest value) {
        return new SearchQuery(text, outlet, language, from, to, value, filters, sort, aliases);
    }

    /** The same search over every publication day. */
    public SearchQuery withDates(LocalDate fromDay, LocalDate toDay) {
        return new SearchQuery(text, outlet, language, fromDay, toDay, page, filters, sort, aliases);
    }
}
