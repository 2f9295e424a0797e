package org.sitrep.index;

import java.time.LocalDate;
import org.sitrep.core.InputException;
import org.sitrep.core.LanguageTag;
import org.sitrep.core.PageRequest;

/**
 * A search: Lucene query syntax over headline, text and entity names, optionally narrowed to one outlet, one language
 * (an ISO 639 code: "ar", "en"; a region is ignored) and a range of publication days (both ends inclusive, either may
 * be {@code null}).
 */
public record SearchQuery(String text, String outlet, String language, LocalDate from, LocalDate to, PageRequest page) {
    public static final int MAX_QUERY_CHARS = 1000;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
        language = LanguageTag.primary(language);
        if (text.length() > MAX_QUERY_CHARS) {
            throw new InputException("q", "query longer than " + MAX_QUERY_CHARS + " characters; got: " + text.length());
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InputException("from", "date range starts after it ends; got: " + from + " to " + to);
        }
    }

    /** True when there is nothing to search for. */
    public boolean isEmpty() {
        return text.isEmpty() && outlet == null && language == null && from == null && to == null;
    }

    /** A search of any language, for callers that do not filter by it. */
    public SearchQuery(String text, String outlet, LocalDate from, LocalDate to, PageRequest page) {
        this(text, outlet, null, from, to, page);
    }
}
