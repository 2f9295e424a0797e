package org.sitrep.web;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.core.ResultPage;
import org.sitrep.index.SearchHit;
import org.sitrep.store.LanguageCount;
import org.sitrep.store.OutletCount;

/**
 * The search page: the form as filled in, the outlets and languages to filter by, and the results (null before a
 * search).
 */
public record SearchView(String q, String outlet, String language, LocalDate from, LocalDate to, List<OutletCount> outlets,
                         List<LanguageCount> languages, ResultPage<SearchHit> results, String error) {
    public String pageLink(int page) {
        return Links.search(q, outlet, language, from, to, page);
    }

    public String fromText() {
        return from == null ? "" : from.toString();
    }

    public String toText() {
        return to == null ? "" : to.toString();
    }
}
