package org.sitrep.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.core.ArticleSummary;
import org.sitrep.core.InputException;
import org.sitrep.core.Json;
import org.sitrep.core.PageRequest;
import org.sitrep.core.ResultPage;
import org.sitrep.index.SearchHit;
import org.sitrep.index.SnippetPart;
import org.sitrep.store.StatementHit;

/**
 * A list as a file: every item a view lists (not only the page shown), up to {@link PageRequest#MAX_DEPTH}, as CSV
 * or JSONL with the same columns. Asked for with {@code format=csv} or {@code format=jsonl} on the list's API.
 */
final class Downloads {
    /** The formats; a list's API answers its usual JSON page without one. */
    static final List<String> FORMATS = List.of("csv", "jsonl");
    private static final int BATCH = PageRequest.MAX_SIZE;

    static final List<String> ARTICLE_COLUMNS = List.of("id", "title", "outlet", "published", "url", "link");
    static final List<String> SEARCH_COLUMNS = List.of("id", "title", "outlet", "published", "link", "snippet");
    static final List<String> STATEMENT_COLUMNS = List.of("article_id", "article_title", "outlet", "published", "kind",
            "speaker", "speaker_entity", "text", "cue", "medium", "said_on", "begin", "end", "link");

    private Downloads() {
    }

    /** The format asked for: {@code null} when none (the usual JSON), else csv or jsonl. */
    static String format(Context ctx) {
        String f = RequestParams.text(ctx, "format");
        if (f != null && !FORMATS.contains(f)) {
            throw new InputException("format", "must be one of json, " + String.join(", ", FORMATS) + "; got: " + f);
        }
        return f;
    }

    /** Every item of a paged list, page by page of {@value #BATCH}, to the deepest a list reaches. */
    static <T> List<T> all(Function<PageRequest, ResultPage<T>> pages) {
        List<T> items = new ArrayList<>();
        for (int page = 1; (long) page * BATCH <= PageRequest.MAX_DEPTH; page++) {
            ResultPage<T> p = pages.apply(new PageRequest(page, BATCH));
            items.addAll(p.items());
            if (p.items().size() < BATCH || items.size() >= p.total()) {
                break;
            }
        }
        return items;
    }

    /** Answers the rows as a file named {@code sitrep-NAME.csv} or {@code .jsonl}. */
    static void answer(Context ctx, String format, String name, List<String> columns, List<Map<String, Object>> rows) {
        ctx.header("Content-Disposition", "attachment; filename=\"sitrep-" + name + "." + format + "\"");
        if (format.equals("csv")) {
            SpreadsheetCsv csv = new SpreadsheetCsv().row(columns);
            rows.forEach(r -> csv.row(columns.stream().map(r::get).toList()));
            ctx.contentType("text/csv; charset=utf-8").result(csv.toString());
        } else {
            ctx.contentType("application/x-ndjson; charset=utf-8")
                    .result(rows.stream().map(r -> Json.write(r) + "\n").collect(Collectors.joining()));
        }
    }

    static Map<String, Object> article(ArticleSummary a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("outlet", a.outlet());
        m.put("published", a.published() == null ? null : a.published().toString());
        m.put("url", a.url());
        m.put("link", Links.article(a.id()));
        return m;
    }

    static Map<String, Object> hit(SearchHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id());
        m.put("title", h.title());
        m.put("outlet", h.outlet());
        m.put("published", h.published() == null ? null : h.published().toString());
        m.put("link", Links.article(h.id()));
        m.put("snippet", h.snippet().stream().map(SnippetPart::text).collect(Collectors.joining()));
        return m;
    }

    static Map<String, Object> statement(StatementHit h) {
        var q = h.quote().quote();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article_id", h.article().id());
        m.put("article_title", h.article().title());
        m.put("outlet", h.article().outlet());
        m.put("published", h.article().published() == null ? null : h.article().published().toString());
        m.put("kind", q.kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("speaker", h.quote().speakerName());
        m.put("speaker_entity", h.quote().speaker() == null ? null : h.quote().speaker().id());
        m.put("text", q.text());
        m.put("cue", q.cueText());
        m.put("medium", q.medium());
        m.put("said_on", q.saidOn());
        m.put("begin", q.content().begin());
        m.put("end", q.content().end());
        m.put("caption", q.caption());
        m.put("link", Links.article(h.article().id()));
        return m;
    }
}
