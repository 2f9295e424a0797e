package org.sitrep.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.DayRange;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.ResultPage;
import org.sitrep.store.NearbyPlace;
import org.sitrep.store.PlaceArticle;

/**
 * A place page: the place, how the articles spell it, the articles and statements naming it, and stored places near
 * it.
 *
 * @param nearbyJson the place and its neighbours for the small map's script, as JSON
 * @param basemap    the basemap files present, as paths under /static separated by spaces
 * @param range      the publication days the articles and statements are listed for
 */
public record PlaceView(Place place, String country, String feature, List<String> spellings,
                        ResultPage<PlaceArticle> articles, ResultPage<PlaceStatementView> statements,
                        List<NearbyPlace> nearby, double nearbyKilometres, String nearbyJson, TileSource tiles,
                        String basemap, Timeline timeline, DayRange range, ResultPage<EventItem> events) {
    /** The id of the timeline's date form. */
    static final String RANGE_FORM = "place-range";
    /** The page's parts that the timeline's range replaces. */
    public static final String SWAPPED = "place-events place-articles place-statements";

    /** The events page of the events at this place, in the page's range. */
    public String eventsLink() {
        return Links.events(new EventFilter(null, null, null, Long.toString(place.id()), range.from(), range.to(), null, null));
    }

    public String path() {
        return Links.place(place.id());
    }

    /** " published 2014-11-01 to 2014-11-30", or empty when the page lists every day. */
    public String rangeText() {
        return RangeText.of(range);
    }

    private String link(String pageParam, int page) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", range.from());
        m.put("to", range.to());
        m.put(pageParam, page > 1 ? page : null);
        return path() + Links.query(m);
    }

    public String coordinates() {
        return String.format(java.util.Locale.ROOT, "%.4f, %.4f", place.lat(), place.lon());
    }

    public String geonamesHref() {
        return place.geonameId() == null ? null : "https://www.geonames.org/" + place.geonameId();
    }

    public String articlesLink(int page) {
        return link("page", page) + "#articles-heading";
    }

    public String statementsLink(int page) {
        return link("statements", page) + "#statements-heading";
    }

    public String tileUrl() {
        return tiles == null ? null : tiles.urlTemplate();
    }

    public String tileAttribution() {
        return tiles == null ? null : tiles.attribution();
    }

    /** A note for names that are no setting ("named as an analogy"), empty for a setting. */
    public static String roleNote(PlaceRole role) {
        return switch (role) {
            case SETTING -> "";
            case ANALOGY -> "named as an analogy only";
            case ORIGIN -> "named as an origin only";
            case AFFILIATION -> "named as an affiliation only";
        };
    }

    public static String distance(NearbyPlace n) {
        return String.format(java.util.Locale.ROOT, "%.0f km", n.kilometres());
    }
}
