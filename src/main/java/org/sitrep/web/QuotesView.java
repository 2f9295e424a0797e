package org.sitrep.web;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.core.ResultPage;
import org.sitrep.store.OutletCount;

/** The statements page: the form as filled in and the statements it finds, all of them newest first before a search (null when the form was refused). */
public record QuotesView(String speaker, String q, String outlet, LocalDate from, LocalDate to, String kind,
                         List<OutletCount> outlets, ResultPage<StatementView> results, String error) {
    public String pageLink(int page) {
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("speaker", speaker);
        params.put("q", q);
        params.put("outlet", outlet);
        params.put("from", from);
        params.put("to", to);
        params.put("kind", kind);
        params.put("page", page > 1 ? page : null);
        return "/quotes" + Links.query(params);
    }

    public List<String> kinds() {
        return List.of("direct", "partial", "reported");
    }

    public String fromText() {
        return from == null ? "" : from.toString();
    }

    public String toText() {
        return to == null ? "" : to.toString();
    }
}
