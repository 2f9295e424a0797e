package org.sitrep.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.core.Json;
import org.sitrep.index.SearchQuery;
import org.sitrep.pipeline.IngestProgress;
import org.sitrep.pipeline.Workspace;
import org.sitrep.store.ExportedArticle;

/** The JSON API under {@code /api/v1}. Articles come in the export schema of EXPORT.md. */
final class Api {
    private final Workspace workspace;
    private final IngestProgress progress;

    Api(Workspace workspace, IngestProgress progress) {
        this.workspace = workspace;
        this.progress = progress;
    }

    static void json(Context ctx, Object value) {
        ctx.contentType("application/json; charset=utf-8").result(Json.write(value));
    }

    void articles(Context ctx) {
        json(ctx, workspace.store().latest(RequestParams.page(ctx)));
    }

    void article(Context ctx) {
        String id = ctx.pathParam("id");
        var a = workspace.store().find(id).orElseThrow(() -> new NotFoundException("no article with id " + id));
        json(ctx, ExportedArticle.of(a));
    }

    void search(Context ctx) {
        String format = Downloads.format(ctx);
        if (format != null) {
            var hits = Downloads.all(page -> workspace.index().search(SearchForm.of(ctx).query(page)).hits());
            Downloads.answer(ctx, format, "search", Downloads.SEARCH_COLUMNS, hits.stream().map(Downloads::hit).toList());
            return;
        }
        SearchQuery q = SearchForm.of(ctx).query(RequestParams.page(ctx));
        var results = workspace.index().search(q);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", results.hits().items());
        body.put("total", results.hits().total());
        body.put("total_estimated", results.totalEstimated());
        body.put("page", results.hits().page());
        body.put("size", results.hits().size());
        body.put("partial", results.partial());
        body.put("as_words", results.asWords());
        body.put("sort", q.sort().key());
        body.put("also_searched", results.aliases());
        Map<String, Object> facets = new LinkedHashMap<>();
        results.facets().forEach(f -> facets.put(f.facet().key(), f.values()));
        body.put("facets", facets);
        body.put("facets_estimated", results.facetsEstimated());
        json(ctx, body);
    }

    void entities(Context ctx) {
        json(ctx, workspace.store().entities(RequestParams.entityType(ctx), RequestParams.text(ctx, "kind"),
                RequestParams.text(ctx, "q"), RequestParams.page(ctx)));
    }

    void entity(Context ctx) {
        String id = ctx.pathParam("id");
        var e = workspace.store().entity(id).orElseThrow(() -> new NotFoundException("no entity with id " + id));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entity", e);
        body.put("spellings", workspace.store().spellings(id));
        body.put("articles", workspace.store().mentioning(id, RequestParams.page(ctx)));
        body.put("co_mentioned", workspace.store().coMentioned(id, 15));
        body.put("mentions_by_month", workspace.store().mentionsByMonth(id));
        json(ctx, body);
    }

    void quotes(Context ctx) {
        String format = Downloads.format(ctx);
        if (format != null) {
            var query = Statements.query(ctx);
            var all = Downloads.all(page -> workspace.store().statements(query.withPage(page)));
            Downloads.answer(ctx, format, "statements", Downloads.STATEMENT_COLUMNS, all.stream().map(Downloads::statement).toList());
            return;
        }
        var page = workspace.store().statements(Statements.query(ctx));
        var items = page.items().stream().map(h -> Map.of("article", h.article(), "quote", ExportedArticle.quote(h.quote()))).toList();
        json(ctx, new org.sitrep.core.ResultPage<>(items, page.total(), page.page(), page.size()));
    }

    /** The entity's statements in the range {@code from}..{@code to}: a page as JSON, or all as CSV or JSONL. */
    void entityStatements(Context ctx) {
        String id = existing(ctx);
        var range = RequestParams.range(ctx);
        java.util.function.Function<org.sitrep.core.PageRequest, org.sitrep.core.ResultPage<org.sitrep.store.StatementHit>> pages =
                page -> workspace.store().statements(new org.sitrep.store.QuoteQuery(id, null, range.from(), range.to(), null, null, page));
        String format = Downloads.format(ctx);
        if (format == null) {
            var page = pages.apply(RequestParams.page(ctx));
            var items = page.items().stream().map(Downloads::statement).toList();
            json(ctx, new org.sitrep.core.ResultPage<>(items, page.total(), page.page(), page.size()));
        } else {
            Downloads.answer(ctx, format, id + "-statements", Downloads.STATEMENT_COLUMNS,
                    Downloads.all(pages).stream().map(Downloads::statement).toList());
        }
    }

    /** The articles mentioning the entity, published in {@code from}..{@code to}: a page as JSON, or all as CSV or JSONL. */
    void entityArticles(Context ctx) {
        String id = existing(ctx);
        var range = RequestParams.range(ctx);
        String format = Downloads.format(ctx);
        if (format == null) {
            json(ctx, workspace.store().mentioning(id, range, RequestParams.page(ctx)));
        } else {
            Downloads.answer(ctx, format, id + "-articles", Downloads.ARTICLE_COLUMNS,
                    Downloads.all(page -> workspace.store().mentioning(id, range, page)).stream().map(Downloads::article).toList());
        }
    }

    private String existing(Context ctx) {
        String id = ctx.pathParam("id");
        workspace.store().entity(id).orElseThrow(() -> new NotFoundException("no entity with id " + id));
        return id;
    }

    void status(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("articles", workspace.store().count());
        body.put("ingest", progress.snapshot());
        json(ctx, body);
    }
}
