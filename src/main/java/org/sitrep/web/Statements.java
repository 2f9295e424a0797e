package org.sitrep.web;

import io.javalin.http.Context;
import org.sitrep.core.InputException;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.ResultPage;
import org.sitrep.store.QuoteQuery;
import org.sitrep.store.StatementHit;

/** Statement queries from request parameters, and statement lists as views. */
final class Statements {
    private Statements() {
    }

    /** speaker, q, outlet, from, to, kind (direct|partial|reported), page, size. */
    static QuoteQuery query(Context ctx) {
        String kind = RequestParams.text(ctx, "kind");
        QuoteKind k = null;
        if (kind != null) {
            try {
                k = QuoteKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InputException("kind", "must be one of direct, partial, reported; got: " + kind);
            }
        }
        return new QuoteQuery(RequestParams.text(ctx, "speaker"), RequestParams.text(ctx, "q"), RequestParams.day(ctx, "from"),
                RequestParams.day(ctx, "to"), RequestParams.text(ctx, "outlet"), k, RequestParams.page(ctx));
    }

    static ResultPage<StatementView> views(ResultPage<StatementHit> hits) {
        return new ResultPage<>(hits.items().stream().map(StatementView::of).toList(), hits.total(), hits.page(), hits.size());
    }
}
