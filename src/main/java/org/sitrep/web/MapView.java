package org.sitrep.web;

import java.util.List;
import org.sitrep.core.EntitySummary;
import org.sitrep.store.OutletCount;

/**
 * The map page: its filter form, the data its script needs, and the most named places as a table for readers
 * without the map (and without scripts).
 *
 * @param entityName the name of the filter's entity, {@code null} when none is set or it is unknown
 * @param places     the most named places, at most {@link MapPages#LISTED}
 * @param total      how many places the filter matches
 * @param partial    the search behind the filter was cut short, so some places may be missing
 * @param error      what was wrong with the request, or {@code null}
 * @param basemap    the basemap files present, as paths under /static
 * @param timeline   the events of the filter over time, {@code null} when the request held a bad value
 * @param events     the events' own filter (type, sub-type, actor); its dates, outlet and search are the places'
 */
public record MapView(MapFilter filter, EventFilter events, List<OutletCount> outlets, List<EntitySummary> entities, String entityName,
                      List<PlaceItem> places, long total, boolean partial, String error, TileSource tiles,
                      List<String> basemap, Timeline timeline) {
    /** The id of the filter form, whose dates the timeline's range sets. */
    public static final String FORM = "map-filter";

    /** The GeoJSON of the page's filter, which the script loads. */
    public String geoJsonHref() {
        return "/api/v1/places.geojson" + Links.query(filter.parameters());
    }

    /**
     * The GeoJSON of the events of the page's filter, which the script loads: the places' filter, with the entity as
     * the events' actor unless an actor is given.
     */
    public String eventsHref() {
        var params = new java.util.LinkedHashMap<String, Object>();
        params.put("q", filter.q());
        params.put("type", events.type() == null ? null : events.type().label());
        params.put("sub_type", events.subType() == null ? null : events.subType().label());
        params.put("actor", events.actor() != null ? events.actor() : filter.entity());
        params.put("from", filter.from());
        params.put("to", filter.to());
        params.put("outlet", filter.outlet());
        params.put("format", "geojson");
        return "/api/v1/events" + Links.query(params);
    }

    public List<org.sitrep.core.EventType> types() {
        return List.of(org.sitrep.core.EventType.values());
    }

    public List<org.sitrep.core.SubEventType> subTypes(org.sitrep.core.EventType type) {
        return java.util.Arrays.stream(org.sitrep.core.SubEventType.values()).filter(s -> s.type() == type).toList();
    }

    public String tileUrl() {
        return tiles == null ? null : tiles.urlTemplate();
    }

    public String tileAttribution() {
        return tiles == null ? null : tiles.attribution();
    }

    public String basemapList() {
        return String.join(" ", basemap);
    }

    public String filterValue(Object value) {
        return value == null ? "" : value.toString();
    }
}
