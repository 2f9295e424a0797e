package org.sitrep.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.RawPage;
import org.sitrep.core.StorageException;
import org.sitrep.pipeline.Intake;
import org.sitrep.pipeline.IngestSummary;

/**
 * Articles added while the server runs: the upload page (files, a URL, pasted text) behind the write token, and
 * {@code POST /api/v1/ingest}, where {@code sitrep ingest} hands its paths to the server that owns the index, behind
 * the data directory's key (a path is read by the server, so only a command that may read the data directory may ask).
 */
final class UploadPages {
    /** Uploaded files are kept here, under the data directory, as the record of what was ingested. */
    static final String UPLOADS = "uploads";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Intake intake;
    private final WriteAccess access;
    private final Templates templates;
    private final AtomicLong uploads = new AtomicLong();

    /** @param intake takes the articles in, or {@code null} when this server takes none (then every upload is refused) */
    UploadPages(Intake intake, WriteAccess access, Templates templates) {
        this.intake = intake;
        this.access = access;
        this.templates = templates;
    }

    private boolean writable() {
        return access.writable() && intake != null;
    }

    void page(Context ctx) {
        ctx.html(templates.render("upload.jte", UploadView.form(writable())));
    }

    void upload(Context ctx) {
        if (intake == null) {
            refuse(ctx, 403, "this server takes no articles");
            return;
        }
        var refused = access.check(ctx, ctx.formParam("token"));
        if (refused.isPresent()) {
            refuse(ctx, refused.get().status(), refused.get().message());
            return;
        }
        try {
            Hints hints = new Hints(null, published(ctx.formParam("published")), blankToNull(ctx.formParam("outlet")), null);
            IngestReport report = new IngestReport();
            Map<String, String> names = new java.util.HashMap<>();
            int given = files(ctx.uploadedFiles("files"), hints, report, names) + url(ctx.formParam("url"), hints, report)
                    + text(ctx.formParam("title"), ctx.formParam("text"), hints, report);
            if (given == 0) {
                throw new InputException("upload", "give at least one file, a URL or some text");
            }
            ctx.status(report.stored().isEmpty() ? 422 : 200);
            ctx.html(templates.render("upload.jte", UploadView.of(writable(), report, names)));
        } catch (InputException e) {
            refuse(ctx, 400, e.getMessage());
        }
    }

    private void refuse(Context ctx, int status, String message) {
        ctx.status(status);
        ctx.html(templates.render("upload.jte", UploadView.refused(writable(), message)));
    }

    /**
     * Keeps each uploaded file under {@value #UPLOADS} and ingests them; returns how many were given. Puts each kept
     * file's path and its uploaded name in {@code names}.
     */
    private int files(List<UploadedFile> files, Hints hints, IngestReport report, Map<String, String> names) {
        List<Path> kept = new ArrayList<>();
        for (UploadedFile f : files) {
            if (f.filename() == null || f.filename().isBlank()) {
                continue;
            }
            try (InputStream in = f.content()) {
                Path file = keptFile(f.filename());
                Files.copy(in, file);
                kept.add(file);
                names.put(file.toString(), f.filename());
            } catch (IOException e) {
                throw new StorageException("cannot keep the uploaded file " + f.filename() + ": " + e.getMessage(), e);
            }
        }
        if (!kept.isEmpty()) {
            intake.files(kept, hints, report);
        }
        return kept.size();
    }

    /** A new file under the uploads folder whose name keeps the upload's own (its extension says how to read it). */
    private Path keptFile(String filename) throws IOException {
        Path dir = Files.createDirectories(intake.workspace().dataDir().resolve(UPLOADS));
        String base = Path.of(filename.replace('\\', '/')).getFileName().toString().replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        return dir.resolve(STAMP.format(Instant.now()) + "-" + uploads.incrementAndGet() + "-" + base);
    }

    private int url(String url, Hints hints, IngestReport report) {
        if (url == null || url.isBlank()) {
            return 0;
        }
        intake.url(url.strip(), hints, report);
        return 1;
    }

    /** Pasted text: with a title, it is the article's body; without, a page's text whose headline is found in it. */
    private int text(String title, String text, Hints hints, IngestReport report) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String t = blankToNull(title);
        RawPage page = new RawPage(t == null ? "pasted text" : "pasted text “" + t + "”", text.getBytes(StandardCharsets.UTF_8),
                t == null ? ContentType.PAGE_TEXT : ContentType.BODY_TEXT, "UTF-8", Instant.now(), hints.withTitle(t));
        intake.page(page, report);
        return 1;
    }

    /** {@code POST /api/v1/ingest}: {"paths": [...], "published": "YYYY-MM-DD", "outlet": ..., "url": ...}. */
    void ingestPaths(Context ctx) {
        var refused = intake == null ? java.util.Optional.of(new WriteAccess.Refusal(403, "this server takes no articles", 0))
                : access.checkLocal(ctx, WriteAccess.bearer(ctx));
        if (refused.isPresent()) {
            refused.get().answerJson(ctx);
            return;
        }
        Map<?, ?> body = (Map<?, ?>) org.sitrep.core.Json.parse(ctx.body()).filter(Map.class::isInstance)
                .orElseThrow(() -> new InputException("body", "must be a JSON object like {\"paths\": [\"/abs/file.html\"]}"));
        if (!(body.get("paths") instanceof List<?> list) || list.isEmpty()) {
            throw new InputException("paths", "must be a list of one or more absolute paths");
        }
        List<Path> paths = new ArrayList<>();
        for (Object p : list) {
            Path path = Path.of(String.valueOf(p));
            if (!path.isAbsolute()) {
                throw new InputException(String.valueOf(p), "not an absolute path");
            }
            paths.add(path);
        }
        Hints hints = new Hints(null, published(text(body.get("published"))), text(body.get("outlet")), text(body.get("url")));
        IngestReport report = new IngestReport();
        IngestSummary summary = intake.files(paths, hints, report);
        Api.json(ctx, report.json(summary));
    }

    private static LocalDate published(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InputException("published", "must be a date as YYYY-MM-DD; got: " + v);
        }
    }

    private static String text(Object o) {
        return o == null ? null : blankToNull(o.toString());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
