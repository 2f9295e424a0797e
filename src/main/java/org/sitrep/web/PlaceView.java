package org.sitrep.web;

import java.util.List;
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
 */
public record PlaceView(Place place, String country, String feature, List<String> spellings,
                        ResultPage<PlaceArticle> articles, ResultPage<PlaceStatementView> statements,
                        List<NearbyPlace> nearby, double nearbyKilometres, String nearbyJson, TileSource tiles,
                        String basemap) {

    public String coordinates() {
        return String.format(java.util.Locale.ROOT, "%.4f, %.4f", place.lat(), place.lon());
    }

    public String geonamesHref() {
        return place.geonameId() == null ? null : "https://www.geonames.org/" + place.geonameId();
    }

    public String articlesLink(int page) {
        return Links.place(place.id()) + (page > 1 ? "?page=" + page : "") + "#articles-heading";
    }

    public String statementsLink(int page) {
        return Links.place(place.id()) + (page > 1 ? "?statements=" + page : "") + "#statements-heading";
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
        };
    }

    public static String distance(NearbyPlace n) {
        return String.format(java.util.Locale.ROOT, "%.0f km", n.kilometres());
    }
}
