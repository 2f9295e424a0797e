package org.sitrep.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.Place;
import org.sitrep.store.ExportedArticle;
import org.sitrep.store.NearbyPlace;
import org.sitrep.store.PlaceArticle;
import org.sitrep.store.PlaceStatement;

/** Places as the API writes them: plain JSON objects, and GeoJSON (RFC 7946) for the map. */
final class PlaceJson {
    private PlaceJson() {
    }

    static Map<String, Object> place(Place p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("geonames_id", p.geonameId());
        m.put("name", p.name());
        m.put("lat", p.lat());
        m.put("lon", p.lon());
        m.put("country", p.country());
        m.put("feature_class", String.valueOf(p.featureClass()));
        m.put("feature_code", p.featureCode());
        m.put("admin1", p.admin1());
        m.put("admin2", p.admin2());
        m.put("population", p.population());
        m.put("url", Links.place(p.id()));
        return m;
    }

    static Map<String, Object> item(PlaceItem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("label", p.label());
        m.put("lat", p.lat());
        m.put("lon", p.lon());
        m.put("country", p.countryCode());
        m.put("country_name", p.country());
        m.put("feature", p.featureCode());
        m.put("mentions", p.mentions());
        m.put("articles", p.articles());
        m.put("url", p.href());
        return m;
    }

    /**
     * A FeatureCollection of Points, with three members of our own: {@code total} (places the filter matches),
     * {@code truncated} (fewer are given) and {@code partial} (the search behind the filter was cut short).
     */
    static Map<String, Object> featureCollection(List<PlaceItem> places, long total, boolean truncated, boolean partial) {
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        fc.put("features", places.stream().map(PlaceJson::feature).toList());
        fc.put("total", total);
        fc.put("truncated", truncated);
        fc.put("partial", partial);
        return fc;
    }

    private static Map<String, Object> feature(PlaceItem p) {
        Map<String, Object> properties = item(p);
        properties.remove("lat");
        properties.remove("lon");
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("id", p.id());
        // GeoJSON gives longitude first.
        f.put("geometry", Map.of("type", "Point", "coordinates", List.of(p.lon(), p.lat())));
        f.put("properties", properties);
        return f;
    }

    static Map<String, Object> article(PlaceArticle a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", a.article());
        m.put("mentions", a.mentions());
        m.put("role", a.role().label());
        return m;
    }

    static Map<String, Object> statement(PlaceStatement s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", s.statement().article());
        m.put("quote", ExportedArticle.quote(s.statement().quote()));
        m.put("role", s.role().label());
        return m;
    }

    static Map<String, Object> nearby(NearbyPlace n) {
        Map<String, Object> m = place(n.place());
        m.put("kilometres", Math.round(n.kilometres() * 10) / 10.0);
        m.put("mentions", n.mentions());
        return m;
    }
}
