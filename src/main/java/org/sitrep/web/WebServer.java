package org.sitrep.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import org.sitrep.core.DatabaseUnavailableException;
import org.sitrep.core.InputException;
import org.sitrep.index.SearchBusyException;
import org.sitrep.index.SearchCost;
import org.sitrep.pipeline.IngestProgress;
import org.sitrep.pipeline.Workspace;

/** The web application over a workspace: pages, JSON API and static files. */
public final class WebServer implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WebServer.class);
    /** Marks a request whose error answer is written, so the catch-all 404 page does not replace it. */
    private static final String ANSWERED = "sitrep.answered";
    private static final String SEARCH_COST = "sitrep.search-cost";
    /** How long the answer to a search the limits refuse is held back (see {@link #pauseIfRefused}). */
    static final long REFUSED_PAUSE_MILLIS = 250;
    /** What a client is told to wait before asking again while the database is away. */
    private static final long DATABASE_RETRY_SECONDS = 5;

    /** The largest upload, all its files together, in MB. */
    static final int MAX_UPLOAD_MB = 200;

    private final Javalin app;

    /** A server that refuses every write (no token). */
    public WebServer(Workspace workspace, IngestProgress progress) {
        this(workspace, ServerSettings.READ_ONLY, progress);
    }

    /** @param writeToken the token that allows corrections, or {@code null} to refuse every write */
    public WebServer(Workspace workspace, IngestProgress progress, String writeToken) {
        this(workspace, progress, writeToken, null);
    }

    /**
     * @param writeToken the token that allows corrections, or {@code null} to refuse every write
     * @param tiles      online map tiles to show under the offline basemap, or {@code null} for none (no page then
     *                   loads anything from elsewhere)
     */
    public WebServer(Workspace workspace, IngestProgress progress, String writeToken, TileSource tiles) {
        this(workspace, ServerSettings.READ_ONLY.withWriteToken(writeToken).withTiles(tiles), progress);
    }

    /**
     * @param progress the ingestion the home page reports (the settings' intake reports to its own, which should be
     *                 this one)
     */
    public WebServer(Workspace workspace, ServerSettings settings, IngestProgress progress) {
        Templates templates = new Templates();
        WriteAccess access = new WriteAccess(settings.writeToken(), settings.localKey());
        EntityCorrections corrections = new EntityCorrections(workspace, access);
        Pages pages = new Pages(workspace, progress, templates, corrections.writable());
        Api api = new Api(workspace, progress);
        MapPages maps = new MapPages(workspace, templates, settings.tiles());
        EventsPages events = new EventsPages(workspace, templates);
        LiveNotices live = new LiveNotices(workspace, templates);
        SourcesPages sources = new SourcesPages(workspace, settings.intake(), access, templates);
        UploadPages uploads = new UploadPages(settings.intake(), access, templates);
        Map<String, String> headers = SecurityHeaders.headers(SecurityHeaders.policy(settings.tiles()));
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/org/sitrep/web/static";
                files.location = Location.CLASSPATH;
            });
            // Leaflet, from its WebJar under /webjars/leaflet/1.9.4/dist/
            config.staticFiles.enableWebjars();
            // An upload is read from the request as it comes; files past 1 MB wait on disk, not in the heap.
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_MB, SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_MB, SizeUnit.MB);
            config.jetty.modifyHttpConfiguration(http -> http.addCustomizer(SecurityHeaders.customizer(headers)));
            config.jetty.modifyServer(server -> server.setErrorHandler(SecurityHeaders.errorHandler(headers)));
        });
        ProcessorTurns turns = new ProcessorTurns(ProcessorTurns.forThisMachine(),
                ctx -> searchCost(workspace, ctx) == SearchCost.EXPENSIVE);
        app.before(ctx -> pauseIfRefused(workspace, ctx));
        app.before(turns::take);
        app.after(turns::give);
        app.get("/", pages::home);
        app.get("/articles/{id}", pages::article);
        app.get("/search", pages::search);
        app.get("/search/timeline", pages::searchTimeline);
        app.get("/entities", pages::entities);
        app.get("/entities/{id}", pages::entity);
        app.get("/quotes", pages::quotes);
        app.get("/about", pages::about);
        app.get("/events", events::page);
        app.get("/live/search", live::search);
        app.get("/live/events", live::events);
        app.get("/live/entities/{id}", live::entity);
        app.get("/api/v1/events", events::api);
        app.get("/map", maps::map);
        app.get("/places/{id}", maps::place);
        app.get("/api/v1/places", maps::placesJson);
        app.get("/api/v1/places.geojson", maps::placesGeoJson);
        app.get("/api/v1/places/{id}", maps::placeJson);
        app.get("/api/v1/articles", api::articles);
        app.get("/api/v1/articles/{id}", api::article);
        app.get("/api/v1/search", api::search);
        app.get("/api/v1/entities", api::entities);
        app.get("/api/v1/entities/{id}", api::entity);
        app.get("/api/v1/quotes", api::quotes);
        app.get("/api/v1/status", api::status);
        app.post("/api/v1/entities/{id}/corrections", corrections::api);
        app.post("/entities/{id}/corrections", corrections::form);
        app.get("/api/v1/entities/{id}/statements", api::entityStatements);
        app.get("/api/v1/entities/{id}/articles", api::entityArticles);
        app.get("/sources", sources::page);
        app.post("/sources", sources::addForm);
        app.post("/sources/{id}/poll", sources::pollForm);
        app.post("/sources/{id}/remove", sources::removeForm);
        app.get("/api/v1/sources", sources::list);
        app.post("/api/v1/sources", sources::addApi);
        app.post("/api/v1/sources/poll", sources::pollDueApi);
        app.post("/api/v1/sources/{id}/poll", sources::pollApi);
        app.delete("/api/v1/sources/{id}", sources::removeApi);
        app.get("/upload", uploads::page);
        app.post("/upload", uploads::upload);
        app.post("/api/v1/ingest", uploads::ingestPaths);
        app.exception(InputException.class, (e, ctx) -> fail(ctx, pages, 400, "Bad request", e.getMessage()));
        app.exception(SearchBusyException.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            fail(ctx, pages, 503, "Busy", e.getMessage());
        });
        app.exception(NotFoundException.class, (e, ctx) -> fail(ctx, pages, 404, "Not found", e.getMessage()));
        app.exception(DatabaseUnavailableException.class, (e, ctx) -> {
            // The same request succeeds once the database is back: one line per request, not a stack trace.
            LOG.warn("request {} failed: {}", ctx.path(), e.getMessage());
            ctx.header("Retry-After", Long.toString(DATABASE_RETRY_SECONDS));
            fail(ctx, pages, 503, "Database unavailable", "The server cannot reach its database just now; try again in a few seconds.");
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} failed", ctx.path(), e);
            fail(ctx, pages, 500, "Something went wrong", "The server could not answer this request; the error is in its log.");
        });
        app.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                fail(ctx, pages, 404, "Not found", "There is no page at " + ctx.path() + ".");
            }
        });
    }

    /**
     * What the request's search costs, judged once per request (the turns and the pause ask); null when the request is
     * no search or its form's parameters are refused (answered at once with the reason).
     */
    private static SearchCost searchCost(Workspace workspace, io.javalin.http.Context ctx) {
        if (!ctx.path().equals("/search") && !ctx.path().equals("/search/timeline") && !ctx.path().equals("/api/v1/search")) {
            return null;
        }
        SearchCost known = ctx.attribute(SEARCH_COST);
        if (known != null) {
            return known;
        }
        try {
            SearchCost cost = workspace.index().cost(SearchForm.of(ctx).query(RequestParams.page(ctx)));
            ctx.attribute(SEARCH_COST, cost);
            return cost;
        } catch (org.sitrep.core.InputException e) {
            return null;
        }
    }

    /**
     * Holds back the answer to a search the limits refuse for {@link #REFUSED_PAUSE_MILLIS}, waiting rather than
     * computing and before the request takes a turn on the processors: a client that sends refused searches without
     * pause (issue 14's eight 64-term fuzzy clients, one refusal every 2 ms of CPU each) then takes a small share of
     * the processors from everyone else's searches. A person who typed too much loses a quarter of a second.
     */
    private static void pauseIfRefused(Workspace workspace, io.javalin.http.Context ctx) throws InterruptedException {
        if (searchCost(workspace, ctx) == SearchCost.REFUSED) {
            Thread.sleep(REFUSED_PAUSE_MILLIS);
        }
    }

    /** Answers with an error: JSON under /api/, an HTML page elsewhere. */
    private static void fail(io.javalin.http.Context ctx, Pages pages, int status, String title, String message) {
        ctx.attribute(ANSWERED, true);
        if (ctx.path().startsWith("/api/")) {
            ctx.status(status);
            Api.json(ctx, Map.of("error", message));
        } else {
            pages.error(ctx, status, title, message);
        }
    }

    /** Starts listening; port 0 picks a free port. Returns the port. */
    public int start(String host, int port) {
        app.start(host, port);
        return app.port();
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
