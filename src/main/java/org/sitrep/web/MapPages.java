package org.sitrep.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.DayRange;
import org.sitrep.core.InputException;
import org.sitrep.core.Json;
import org.sitrep.core.PageRequest;
import org.sitrep.core.Place;
import org.sitrep.core.ResultPage;
import org.sitrep.index.SearchBusyException;
import org.sitrep.pipeline.Workspace;
import org.sitrep.store.EventQuery;
import org.sitrep.store.NearbyPlace;
import org.sitrep.store.PlaceStore;

/** The map page, the place pages, and the places API ({@code /api/v1/places}, {@code /api/v1/places.geojson}). */
final class MapPages {
    /** Places the map page lists as a table under the map. */
    static final int LISTED = 50;
    /** How far the place page looks for neighbours, in kilometres. */
    static final double NEARBY_KM = 100;
    static final int NEARBY_SHOWN = 20;
    /** The basemap layers, drawn in this order; a file the build lacks is left out. */
    private static final List<String> BASEMAP = List.of("countries.json", "regions.json", "rivers.json");

    private final Workspace workspace;
    private final Templates templates;
    private final TileSource tiles;
    private final List<String> basemap;
    private final Timelines timelines;

    MapPages(Workspace workspace, Templates templates, TileSource tiles) {
        this.workspace = workspace;
        this.timelines = new Timelines(workspace);
        this.templates = templates;
        this.tiles = tiles;
        List<String> present = new ArrayList<>();
        for (String name : BASEMAP) {
            if (MapPages.class.getResource("/org/sitrep/web/static/basemap/" + name) != null) {
                present.add("/static/basemap/" + name);
            }
        }
        this.basemap = List.copyOf(present);
    }

    void map(Context ctx) {
        var outlets = workspace.store().outlets();
        var entities = workspace.store().entities(null, null, new PageRequest(1, 100)).items();
        MapView view;
        try {
            MapFilter filter = MapFilter.of(ctx);
            EventFilter events = EventFilter.of(ctx);
            MapFilter.Scoped scoped = filter.query(workspace.index());
            var page = workspace.places().places(scoped.query(), new PageRequest(1, LISTED));
            String entityName = filter.entity() == null ? null
                    : workspace.store().entity(filter.entity()).map(e -> e.name()).orElse(null);
            EventFilter mapped = new EventFilter(events.type(), events.subType(), events.actor() != null ? events.actor() : filter.entity(),
                    null, filter.from(), filter.to(), filter.outlet(), filter.q());
            Timeline timeline = timelines.events(mapped.query(workspace.index()).query(), new DayRange(filter.from(), filter.to()), MapView.FORM);
            view = new MapView(filter, events, outlets, entities, entityName, page.items().stream().map(PlaceItem::of).toList(),
                    page.total(), scoped.partial(), null, tiles, basemap, timeline);
        } catch (InputException e) {
            ctx.status(400);
            view = new MapView(MapFilter.none(), EventFilter.NONE, outlets, entities, null, List.of(), 0, false, e.getMessage(), tiles, basemap, null);
        } catch (SearchBusyException e) {
            ctx.status(503).header("Retry-After", Long.toString(e.retryAfterSeconds()));
            view = new MapView(MapFilter.none(), EventFilter.NONE, outlets, entities, null, List.of(), 0, false, e.reason(), tiles, basemap, null);
        }
        ctx.html(templates.render("map.jte", view));
    }

    void place(Context ctx) {
        Place place = placeOf(ctx);
        PlaceStore places = workspace.places();
        DayRange range = RequestParams.range(ctx);
        var statements = places.statements(place.id(), range, new PageRequest(RequestParams.integer(ctx, "statements", 1), 20));
        List<NearbyPlace> nearby = places.nearby(place, NEARBY_KM, NEARBY_SHOWN);
        var view = new PlaceView(place, PlaceLabels.country(place.country()), PlaceLabels.feature(place),
                places.spellings(place.id()), places.articles(place.id(), range, RequestParams.page(ctx)),
                new ResultPage<>(statements.items().stream().map(PlaceStatementView::of).toList(), statements.total(),
                        statements.page(), statements.size()),
                nearby, NEARBY_KM, Json.write(smallMap(place, nearby)), tiles, String.join(" ", basemap),
                timelines.place(place, range, PlaceView.RANGE_FORM), range,
                EventItems.page(workspace, EventQuery.ALL.withPlaceId(place.id()).withDates(range.from(), range.to())));
        ctx.html(templates.render("place.jte", view));
    }

    /** The place and its neighbours as the small map's script reads them: the place first. */
    private static List<Map<String, Object>> smallMap(Place place, List<NearbyPlace> nearby) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(point(place, true));
        nearby.forEach(n -> out.add(point(n.place(), false)));
        return out;
    }

    private static Map<String, Object> point(Place p, boolean self) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("lat", p.lat());
        m.put("lon", p.lon());
        m.put("url", Links.place(p.id()));
        m.put("self", self);
        return m;
    }

    void placesJson(Context ctx) {
        MapFilter.Scoped scoped = MapFilter.of(ctx).query(workspace.index());
        var page = workspace.places().places(scoped.query(), RequestParams.page(ctx));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items().stream().map(c -> PlaceJson.item(PlaceItem.of(c))).toList());
        body.put("total", page.total());
        body.put("page", page.page());
        body.put("size", page.size());
        body.put("partial", scoped.partial());
        Api.json(ctx, body);
    }

    void placesGeoJson(Context ctx) {
        int limit = RequestParams.integer(ctx, "limit", PlaceStore.MAX_MAPPED);
        MapFilter.Scoped scoped = MapFilter.of(ctx).query(workspace.index());
        var mapped = workspace.places().mapped(scoped.query(), limit);
        ctx.contentType("application/geo+json; charset=utf-8")
                .result(Json.write(PlaceJson.featureCollection(mapped.places().stream().map(PlaceItem::of).toList(),
                        mapped.total(), mapped.truncated(), scoped.partial())));
    }

    void placeJson(Context ctx) {
        Place place = placeOf(ctx);
        PlaceStore places = workspace.places();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("place", PlaceJson.place(place));
        body.put("spellings", places.spellings(place.id()));
        var articles = places.articles(place.id(), RequestParams.page(ctx));
        body.put("articles", new ResultPage<>(articles.items().stream().map(PlaceJson::article).toList(), articles.total(),
                articles.page(), articles.size()));
        var statements = places.statements(place.id(), new PageRequest(RequestParams.integer(ctx, "statements", 1), 20));
        body.put("statements", new ResultPage<>(statements.items().stream().map(PlaceJson::statement).toList(),
                statements.total(), statements.page(), statements.size()));
        body.put("nearby", places.nearby(place, NEARBY_KM, NEARBY_SHOWN).stream().map(PlaceJson::nearby).toList());
        Api.json(ctx, body);
    }

    private Place placeOf(Context ctx) {
        String raw = ctx.pathParam("id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no place with id " + raw + " (place ids are whole numbers).");
        }
        return workspace.places().place(id).orElseThrow(() -> new NotFoundException("There is no place with id " + raw + "."));
    }
}
