package org.sitrep.web;

import io.javalin.http.Context;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.DayRange;
import org.sitrep.core.InputException;
import org.sitrep.core.Json;
import org.sitrep.core.ResultPage;
import org.sitrep.index.SearchBusyException;
import org.sitrep.pipeline.Workspace;
import org.sitrep.store.AcledCsv;
import org.sitrep.store.EventRow;
import org.sitrep.store.ExportedArticle;
import org.sitrep.store.FeatureCollectionWriter;

/** The events page and the events API ({@code /api/v1/events}, in JSON, JSONL, ACLED CSV or GeoJSON). */
final class EventsPages {
    /** The formats of {@code /api/v1/events}; "json" answers a page, the others every matching event. */
    static final List<String> FORMATS = List.of("json", "jsonl", "acled-csv", "geojson");

    private final Workspace workspace;
    private final Templates templates;
    private final Timelines timelines;

    EventsPages(Workspace workspace, Templates templates) {
        this.workspace = workspace;
        this.templates = templates;
        this.timelines = new Timelines(workspace);
    }

    void page(Context ctx) {
        var outlets = workspace.store().outlets();
        EventsView view;
        try {
            EventFilter filter = EventFilter.of(ctx);
            EventFilter.Scoped scoped = filter.query(workspace.index());
            var events = workspace.events();
            var page = events.incidents(scoped.query(), RequestParams.page(ctx));
            long reports = events.count(scoped.query());
            var items = new ResultPage<>(page.items().stream().map(EventItem::of).toList(), page.total(), page.page(), page.size());
            Timeline timeline = timelines.events(scoped.query(), new DayRange(filter.from(), filter.to()), EventsView.FORM);
            view = new EventsView(filter, outlets, items, reports, timeline, scoped.partial(), null);
        } catch (InputException e) {
            ctx.status(400);
            view = new EventsView(EventFilter.NONE, outlets, null, 0, null, false, e.getMessage());
        } catch (SearchBusyException e) {
            ctx.status(503).header("Retry-After", Long.toString(e.retryAfterSeconds()));
            view = new EventsView(EventFilter.NONE, outlets, null, 0, null, false, e.reason());
        }
        ctx.html(templates.render("events.jte", view));
    }

    void api(Context ctx) {
        String format = RequestParams.text(ctx, "format");
        format = format == null ? "json" : format;
        if (!FORMATS.contains(format)) {
            throw new InputException("format", "must be one of " + String.join(", ", FORMATS) + "; got: " + format);
        }
        var query = EventFilter.of(ctx).query(workspace.index()).query();
        var events = workspace.events();
        if (format.equals("json")) {
            var page = events.events(query, RequestParams.page(ctx));
            Api.json(ctx, new ResultPage<>(page.items().stream().map(EventsPages::item).toList(), page.total(), page.page(), page.size()));
            return;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"sitrep-events." + extension(format) + "\"");
        ctx.contentType(switch (format) {
            case "jsonl" -> "application/x-ndjson; charset=utf-8";
            case "acled-csv" -> "text/csv; charset=utf-8";
            default -> "application/geo+json; charset=utf-8";
        });
        PrintWriter out = new PrintWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        switch (format) {
            case "jsonl" -> events.forEach(query, row -> out.println(Json.write(item(row))));
            case "acled-csv" -> {
                out.print(AcledCsv.header());
                events.forEach(query, row -> out.print(AcledCsv.row(row)));
            }
            default -> {
                try (FeatureCollectionWriter features = new FeatureCollectionWriter(out)) {
                    events.forEach(query, features::event);
                }
            }
        }
        out.flush();
    }

    private static String extension(String format) {
        return switch (format) {
            case "acled-csv" -> "csv";
            default -> format;
        };
    }

    /** One event in the API: its id, incident, article, coding in the export's shape, and evidence. */
    static Map<String, Object> item(EventRow row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", row.id());
        m.put("incident", row.incident());
        m.put("article", row.article());
        m.put("event", ExportedArticle.event(row.event(), row.incident()));
        m.put("evidence_text", row.evidenceText());
        m.put("evidence_url", Links.event(row.article().id(), row.ordinal()));
        return m;
    }
}
