package org.sitrep.web;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.core.ResultPage;
import org.sitrep.index.SearchHit;
import org.sitrep.store.OutletCount;

/** The search page: the form as filled in, the outlets to filter by, and the results (null before a search). */
public record SearchView(String q, String outlet, LocalDate from, LocalDate to, List<OutletCount> outlets,
                         ResultPage<SearchHit> results, String error) {
    public String pageLink(int page) {
        return Links.search(q, outlet, from, to, page);
    }

    public String fromText() {
        return from == null ? "" : from.toString();
    }

    public String toText() {
        return to == null ? "" : to.toString();
    }
}
