package org.sitrep.web;

import io.javalin.http.Context;
import java.util.function.LongSupplier;
import org.sitrep.core.InputException;
import org.sitrep.core.PageRequest;
import org.sitrep.pipeline.Workspace;

/**
 * What the search, events and entity pages poll while open ({@code /live/search}, {@code /live/events},
 * {@code /live/entities/{id}}, with the page's own parameters): a notice "N new articles match — show them" once more
 * match than the page shows, instead of reordering the results under the reader.
 *
 * <p>A page polls with the count it shows ({@code shown}); each answer carries the data's version it was counted at
 * ({@code seen}), and the next poll is answered 204, which leaves the page as it is, until the data changed since. A
 * change that adds no match re-arms the poll quietly with the new version, so a page counts again only after a change.
 */
final class LiveNotices {
    private final Workspace workspace;
    private final Templates templates;

    LiveNotices(Workspace workspace, Templates templates) {
        this.workspace = workspace;
        this.templates = templates;
    }

    void search(Context ctx) {
        SearchForm form = SearchForm.of(ctx);
        answer(ctx, () -> workspace.index().count(form.query(new PageRequest(1, 1))), form.pageLink(1), "match this search");
    }

    void events(Context ctx) {
        EventFilter filter = EventFilter.of(ctx);
        answer(ctx, () -> workspace.events().incidents(filter.query(workspace.index()).query(), new PageRequest(1, 1)).total(),
                Links.events(filter), null);
    }

    void entity(Context ctx) {
        String id = ctx.pathParam("id");
        var range = RequestParams.range(ctx);
        String page = EntityView.link(id, range);
        answer(ctx, () -> workspace.store().mentioning(id, range, new PageRequest(1, 1)).total(), page, "mention this entity");
    }

    /**
     * Answers a poll of the page at {@code page}.
     *
     * @param what what the new items do ("match this search"); null for events, which are counted as incidents
     */
    private void answer(Context ctx, LongSupplier count, String page, String what) {
        String version = version();
        if (ctx.queryParam("shown") == null) {
            // A page without an exact count to compare with: this count is where its later polls start.
            ctx.html(templates.render("live.jte", new LivePoll(next(page, count.getAsLong(), version), null, null)));
            return;
        }
        long shown = shown(ctx);
        if (version.equals(ctx.queryParam("seen"))) {
            ctx.status(204);
            return;
        }
        long added = count.getAsLong() - shown;
        String next = next(page, shown, version);
        String notice = added <= 0 ? null : what == null ? added + (added == 1 ? " new incident" : " new incidents")
                : added + (added == 1 ? " new article " + singular(what) : " new articles " + what);
        ctx.html(templates.render("live.jte", new LivePoll(next, notice, page)));
    }

    /** The next poll of the page at {@code page}, which shows {@code shown} items, counted at {@code version}. */
    private static String next(String page, long shown, String version) {
        return LivePoll.first(page, shown).poll() + "&seen=" + version;
    }

    private static String singular(String what) {
        return what.replaceFirst("^match ", "matches ").replaceFirst("^mention ", "mentions ");
    }

    private static long shown(Context ctx) {
        String v = ctx.queryParam("shown");
        try {
            long n = v == null ? -1 : Long.parseLong(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        throw new InputException("shown", "must be the count the page shows, a whole number >= 0; got: " + v);
    }

    /**
     * The data's version as pages see it: the store's change number and how far, and how many articles, the index
     * searches, since the store changes before the index shows it.
     */
    private String version() {
        return workspace.store().sequence() + "-" + workspace.index().heldThrough() + "-" + workspace.index().size();
    }
}
