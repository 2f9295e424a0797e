package org.sitrep.web;

import io.javalin.http.Context;
import org.sitrep.core.DayRange;
import org.sitrep.core.Entity;
import org.sitrep.core.InputException;
import org.sitrep.core.PageRequest;
import org.sitrep.store.EventQuery;
import org.sitrep.store.QuoteQuery;
import org.sitrep.core.StoredArticle;
import org.sitrep.index.SearchBusyException;
import org.sitrep.index.SearchQuery;
import org.sitrep.pipeline.IngestProgress;
import org.sitrep.pipeline.Workspace;

/** The HTML pages. */
final class Pages {
    private final Workspace workspace;
    private final IngestProgress progress;
    private final Templates templates;
    private final boolean writable;
    private final Timelines timelines;

    Pages(Workspace workspace, IngestProgress progress, Templates templates, boolean writable) {
        this.workspace = workspace;
        this.timelines = new Timelines(workspace);
        this.progress = progress;
        this.templates = templates;
        this.writable = writable;
    }

    /**
     * The latest articles. The open page asks again every few seconds with the version it shows ({@code v}); the
     * answer is 204, which leaves the page as it is, until something new would be shown.
     */
    void home(Context ctx) {
        var ingest = progress.snapshot();
        long changes = workspace.store().sequence();
        String shown = RequestParams.text(ctx, "v");
        if (shown != null && shown.equals(HomeView.version(changes, ingest))) {
            ctx.status(204);
            return;
        }
        HomeView view = new HomeView(workspace.store().latest(RequestParams.page(ctx)), ingest, changes);
        ctx.html(templates.render("home.jte", view));
    }

    void article(Context ctx) {
        StoredArticle a = workspace.store().find(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundException("There is no article with id " + ctx.pathParam("id") + "."));
        ctx.html(templates.render("article.jte", ArticleView.of(a, workspace.store().copies(a.id()),
                workspace.store().versions(a.id()), workspace.store().sourceFields(a.id()))));
    }

    void search(Context ctx) {
        var outlets = workspace.store().outlets();
        var languages = workspace.store().languages();
        SearchView view;
        SearchForm form = null;
        try {
            form = SearchForm.of(ctx);
            SearchQuery query = form.query(RequestParams.page(ctx));
            var results = query.isEmpty() ? null : workspace.index().search(query);
            // The timeline counts up to 10,000 matches, more work than the page of results: the page loads it after
            // them (searchTimeline), unless it is already counted.
            var timeline = query.isEmpty() ? null : timelines.keptSearch(query, new DayRange(query.from(), query.to()), SearchView.FORM);
            view = new SearchView(form.withDays(query.from(), query.to()), outlets, languages, results, timeline, null);
        } catch (InputException e) {
            ctx.status(400);
            view = new SearchView(formOrBlank(form, ctx), outlets, languages, null, null, e.getMessage());
        } catch (SearchBusyException e) {
            ctx.status(503).header("Retry-After", Long.toString(e.retryAfterSeconds()));
            view = new SearchView(formOrBlank(form, ctx), outlets, languages, null, null, e.reason());
        }
        ctx.html(templates.render("search.jte", view));
    }

    /**
     * A search's timeline: as a part of the search page (which asks for it with htmx once its results are shown), or,
     * asked for by a link without htmx, as a page of its own.
     */
    void searchTimeline(Context ctx) {
        SearchForm form = SearchForm.of(ctx);
        SearchQuery query = form.query(new PageRequest(1, 1));
        if (query.isEmpty()) {
            throw new InputException("q", "a search's timeline needs the words or filters of the search; got none");
        }
        Timeline timeline = timelines.search(query, new DayRange(query.from(), query.to()), SearchView.FORM);
        ctx.html(templates.render("searchtimeline.jte", new SearchTimelineView(form, timeline, "true".equals(ctx.header("HX-Request")))));
    }

    /** The form as read, or, when its parameters were the trouble, one holding only the words typed. */
    private static SearchForm formOrBlank(SearchForm form, Context ctx) {
        return form != null ? form : new SearchForm(RequestParams.text(ctx, "q"), RequestParams.text(ctx, "outlet"),
                RequestParams.text(ctx, "language"), null, null, java.util.Map.of(), null, true);
    }

    void entity(Context ctx) {
        String id = ctx.pathParam("id");
        Entity e = workspace.store().entity(id)
                .orElseThrow(() -> new NotFoundException("There is no entity with id " + id + "."));
        DayRange range = RequestParams.range(ctx);
        var coMentioned = workspace.store().coMentions(id, 15);
        var statements = workspace.store().statements(new QuoteQuery(id, null, range.from(), range.to(), null, null,
                new PageRequest(RequestParams.integer(ctx, "statements", 1), 20)));
        var view = new EntityView(e, workspace.store().spellings(id), Statements.views(statements),
                workspace.store().mentioning(id, range, RequestParams.page(ctx)), coMentioned,
                timelines.entity(e, range, EntityView.RANGE_FORM), range,
                EventItems.page(workspace, EventQuery.ALL.withActor(id).withDates(range.from(), range.to())), writable,
                CoMentionNetwork.of(e, coMentioned));
        ctx.html(templates.render("entity.jte", view));
    }

    void entities(Context ctx) {
        var type = RequestParams.entityType(ctx);
        String q = RequestParams.text(ctx, "q");
        String kind = RequestParams.text(ctx, "kind");
        var view = new EntitiesView(type == null ? null : type.name(), kind, q, workspace.store().kinds(),
                workspace.store().entities(type, kind, q, RequestParams.page(ctx)));
        ctx.html(templates.render("entities.jte", view));
    }

    void quotes(Context ctx) {
        var outlets = workspace.store().outlets();
        String speaker = RequestParams.text(ctx, "speaker");
        String q = RequestParams.text(ctx, "q");
        String outlet = RequestParams.text(ctx, "outlet");
        String kind = RequestParams.text(ctx, "kind");
        QuotesView view;
        try {
            // Before any search the page lists the newest statements, so an analyst sees what came in without
            // having to guess a word first.
            QuoteQuery query = Statements.query(ctx);
            var results = Statements.views(workspace.store().statements(query));
            view = new QuotesView(speaker, q, outlet, query.from(), query.to(), kind, outlets, results, null);
        } catch (InputException e) {
            ctx.status(400);
            view = new QuotesView(speaker, q, outlet, null, null, kind, outlets, null, e.getMessage());
        }
        ctx.html(templates.render("quotes.jte", view));
    }

    void about(Context ctx) {
        ctx.html(templates.render("about.jte", null));
    }

    void error(Context ctx, int status, String title, String message) {
        ctx.status(status);
        ctx.html(templates.render("error.jte", new ErrorView(status, title, message)));
    }
}
