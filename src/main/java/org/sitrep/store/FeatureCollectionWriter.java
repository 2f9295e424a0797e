package org.sitrep.store;

import java.io.PrintWriter;
import java.util.List;
import org.sitrep.core.Event;
import org.sitrep.core.Json;
import org.sitrep.core.Place;

/**
 * Writes events and places as one GeoJSON FeatureCollection (RFC 7946), a feature at a time, so a download of any
 * size streams. Each feature is a Point at [longitude, latitude] (WGS84 decimal degrees) whose properties say its
 * {@code kind}: "event" (properties as in {@link EventProperties}) or "place" ({@link PlaceProperties}). An event
 * without a place is a feature whose geometry is {@code null}, as RFC 7946 allows for unlocated features.
 * Not thread-safe; {@link #close} ends the collection (and leaves the underlying writer open).
 */
public final class FeatureCollectionWriter implements AutoCloseable {
    private final PrintWriter out;
    private boolean first = true;

    public FeatureCollectionWriter(PrintWriter out) {
        this.out = out;
        out.print("{\"type\":\"FeatureCollection\",\"features\":[");
    }

    /**
     * An event's properties: its export fields ({@link ExportedArticle.ExportedEvent}, evidence as
     * {@code evidence_begin}, {@code evidence_end}, {@code evidence_caption}), its id ({@link EventRow#id()}), the
     * words of its evidence, and its article.
     */
    public record EventProperties(String kind, String id, String type, String subType, String actor1, String actor2,
                                  String place, String date, String datePrecision, Integer fatalities, int geoPrecision,
                                  boolean hedged, String source, double confidence, long incident, Long geonameid,
                                  String country, int evidenceBegin, int evidenceEnd, Integer evidenceCaption,
                                  String evidenceText, String articleId, String title, String outlet, String url,
                                  String published) {
    }

    /** A place's properties: the place, and how often the articles name it where something is or happens. */
    public record PlaceProperties(String kind, long id, String name, String label, Long geonameid, String country,
                                  String feature, long mentions, long articles) {
    }

    private record Point(String type, List<Double> coordinates) {
        Point(double lat, double lon) {
            this("Point", List.of(lon, lat));
        }
    }

    private record Feature(String type, Point geometry, Object properties) {
    }

    public void event(EventRow row) {
        Event e = row.event();
        Place p = e.place() == null ? null : e.place().place();
        var x = ExportedArticle.event(e, row.incident());
        var a = row.article();
        feature(p == null ? null : new Point(p.lat(), p.lon()), new EventProperties("event", row.id(), x.type(), x.subType(),
                x.actor1(), x.actor2(), x.place(), x.date(), x.datePrecision(), x.fatalities(), x.geoPrecision(), x.hedged(),
                x.source(), x.confidence(), row.incident(), x.geonameid(), x.country(), e.evidence().begin(),
                e.evidence().end(), e.caption(), row.evidenceText(), a.id(), a.title(), a.outlet(), a.url(),
                a.published() == null ? null : a.published().toString()));
    }

    public void place(PlaceCount count) {
        Place p = count.place();
        feature(new Point(p.lat(), p.lon()), new PlaceProperties("place", p.id(), p.name(), count.label(), p.geonameId(),
                p.country().isEmpty() ? null : p.country(), p.featureCode(), count.mentions(), count.articles()));
    }

    private void feature(Point geometry, Object properties) {
        out.print(first ? "\n" : ",\n");
        first = false;
        out.print(Json.write(new Feature("Feature", geometry, properties)));
    }

    @Override
    public void close() {
        out.println("\n]}");
        out.flush();
    }
}
