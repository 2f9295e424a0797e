package org.sitrep.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.core.InputException;
import org.sitrep.core.PollInterval;
import org.sitrep.core.Source;
import org.sitrep.pipeline.Intake;
import org.sitrep.pipeline.SourcePoller;
import org.sitrep.pipeline.Workspace;

/**
 * The sources page and {@code /api/v1/sources}: list for anyone; add, remove and poll now behind the write token (or
 * the data directory's key, which {@code sitrep sources} gives when it hands its work to this server).
 */
final class SourcesPages {
    private static final String DEFAULT_EVERY = "15m";

    private final Workspace workspace;
    private final Intake intake;
    private final WriteAccess access;
    private final Templates templates;

    /** @param intake polls and adds sources, or {@code null} when this server takes no articles (then writes are refused) */
    SourcesPages(Workspace workspace, Intake intake, WriteAccess access, Templates templates) {
        this.workspace = workspace;
        this.intake = intake;
        this.access = access;
        this.templates = templates;
    }

    void page(Context ctx) {
        render(ctx, null, null);
    }

    private void render(Context ctx, String message, String error) {
        ctx.html(templates.render("sources.jte", SourcesView.of(workspace.sources().list(), access.writable() && intake != null, message, error)));
    }

    void addForm(Context ctx) {
        form(ctx, () -> {
            Source s = add(ctx.formParam("url"), ctx.formParam("name"), ctx.formParam("every"));
            return "Added " + s.url() + " (id " + s.id() + "); it is polled within a minute.";
        });
    }

    void removeForm(Context ctx) {
        form(ctx, () -> {
            long id = id(ctx);
            remove(id);
            return "Removed source " + id + ".";
        });
    }

    void pollForm(Context ctx) {
        form(ctx, () -> {
            SourcePoller.PollResult r = intake.poll(id(ctx), new IngestReport());
            return "Polled " + r.source().url() + ": " + r.status() + ".";
        });
    }

    /** Runs a form's action behind the token and shows the page with what it did, or why it was refused. */
    private void form(Context ctx, java.util.function.Supplier<String> action) {
        Optional<String> refused = refusal(ctx, ctx.formParam("token"));
        if (refused.isPresent()) {
            render(ctx, null, refused.get());
            return;
        }
        try {
            render(ctx, action.get(), null);
        } catch (InputException | NotFoundException e) {
            ctx.status(e instanceof NotFoundException ? 404 : 400);
            render(ctx, null, e.getMessage());
        }
    }

    /** The refusal's message with its status set, or empty when the request may write. */
    private Optional<String> refusal(Context ctx, String given) {
        if (intake == null) {
            ctx.status(403);
            return Optional.of("this server takes no articles");
        }
        var refused = access.check(ctx, given);
        refused.ifPresent(r -> {
            ctx.status(r.status());
            if (r.retryAfter() > 0) {
                ctx.header("Retry-After", Long.toString(r.retryAfter()));
            }
        });
        return refused.map(WriteAccess.Refusal::message);
    }

    void list(Context ctx) {
        Api.json(ctx, workspace.sources().list().stream().map(SourcesPages::json).toList());
    }

    void addApi(Context ctx) {
        if (refusedJson(ctx)) {
            return;
        }
        Map<?, ?> body = (Map<?, ?>) org.sitrep.core.Json.parse(ctx.body()).filter(Map.class::isInstance)
                .orElseThrow(() -> new InputException("body", "must be a JSON object like {\"url\": \"https://...\", \"name\": \"...\", \"every\": \"15m\"}"));
        Source s = add(text(body.get("url")), text(body.get("name")), text(body.get("every")));
        ctx.status(201);
        Api.json(ctx, json(s));
    }

    void removeApi(Context ctx) {
        if (refusedJson(ctx)) {
            return;
        }
        remove(id(ctx));
        ctx.status(204);
    }

    void pollApi(Context ctx) {
        if (refusedJson(ctx)) {
            return;
        }
        IngestReport report = new IngestReport();
        Api.json(ctx, json(intake.poll(id(ctx), report), report));
    }

    void pollDueApi(Context ctx) {
        if (refusedJson(ctx)) {
            return;
        }
        IngestReport report = new IngestReport();
        List<SourcePoller.PollResult> results = intake.pollDue(Instant.now(), report);
        Api.json(ctx, Map.of("polled", results.stream().map(r -> json(r, null)).toList(), "problems", report.problems()));
    }

    private boolean refusedJson(Context ctx) {
        if (intake == null) {
            ctx.status(403);
            Api.json(ctx, Map.of("error", "this server takes no articles"));
            return true;
        }
        var refused = access.check(ctx, WriteAccess.bearer(ctx));
        refused.ifPresent(r -> r.answerJson(ctx));
        return refused.isPresent();
    }

    private Source add(String url, String name, String every) {
        Duration interval = PollInterval.parse("every", every == null || every.isBlank() ? DEFAULT_EVERY : every);
        return intake.addSource(url, name, interval);
    }

    private void remove(long id) {
        if (!workspace.sources().remove(id)) {
            throw new NotFoundException("There is no source with id " + id + ".");
        }
    }

    private static long id(Context ctx) {
        String v = ctx.pathParam("id");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new InputException("id", "must be a source's number; got: " + v);
        }
    }

    static Map<String, Object> json(Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("url", s.url());
        m.put("name", s.name());
        m.put("every_seconds", s.every().toSeconds());
        m.put("last_polled_at", s.lastPolledAt() == null ? null : s.lastPolledAt().toString());
        m.put("last_status", s.lastStatus());
        return m;
    }

    private static Map<String, Object> json(SourcePoller.PollResult r, IngestReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", json(r.source()));
        m.put("added", r.added());
        m.put("failed", r.failed());
        m.put("status", r.status());
        if (report != null) {
            m.put("problems", report.problems());
        }
        return m;
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
