package org.sitrep.web;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.index.SearchIndex;
import org.sitrep.index.SearchResults;
import org.sitrep.store.LanguageCount;
import org.sitrep.store.OutletCount;

/**
 * The search page: the form as filled in, the outlets and languages to filter by, and the results and their timeline
 * (both null before a search).
 */
public record SearchView(String q, String outlet, String language, LocalDate from, LocalDate to, List<OutletCount> outlets,
                         List<LanguageCount> languages, SearchResults results, Timeline timeline, String error) {
    /** The id of the search form, whose dates the timeline's range sets. */
    public static final String FORM = "search-form";
    /** The page's part that the timeline's range replaces. */
    public static final String SWAPPED = "search-results";

    public String pageLink(int page) {
        return Links.search(q, outlet, language, from, to, page);
    }

    /** What the reader should know about how the results were found, or null when nothing. */
    public String notice() {
        if (results == null) {
            return null;
        }
        if (results.partial()) {
            return "The search stopped after " + SearchIndex.TIME_LIMIT_MILLIS / 1000 + " seconds: these are the matches "
                    + "found until then, and better ones may be missing. Fewer fuzzy (~), wildcard (*) or /…/ terms make it faster.";
        }
        return results.asWords() ? "Searched for the words as written, since the text is not query syntax." : null;
    }

    public String fromText() {
        return from == null ? "" : from.toString();
    }

    public String toText() {
        return to == null ? "" : to.toString();
    }
}
