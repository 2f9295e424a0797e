package org.sitrep.web;

import java.util.List;
import org.sitrep.core.EventType;
import org.sitrep.core.ResultPage;
import org.sitrep.core.SubEventType;
import org.sitrep.store.OutletCount;

/**
 * The events page: its filter form, the incidents that match with every report, their timeline, and the downloads
 * of the same filter.
 *
 * @param partial the search behind the filter was cut short, so some events may be missing
 * @param error   what was wrong with the request, or {@code null}
 */
public record EventsView(EventFilter filter, List<OutletCount> outlets, ResultPage<EventItem> incidents, long reports,
                         Timeline timeline, boolean partial, String error) {
    /** The poll for more incidents than the page shows; null when it shows none for an error. */
    public LivePoll live() {
        return incidents == null ? null : LivePoll.first(Links.events(filter), incidents.total());
    }

    /** The id of the filter form, whose dates the timeline's range sets. */
    public static final String FORM = "events-filter";
    /** The page's parts that the timeline's range replaces. */
    public static final String SWAPPED = "events-results";

    public List<EventType> types() {
        return List.of(EventType.values());
    }

    public List<SubEventType> subTypes(EventType type) {
        return java.util.Arrays.stream(SubEventType.values()).filter(s -> s.type() == type).toList();
    }

    /** The API address of the filter's events in a format: "acled-csv", "geojson", "jsonl". */
    public String download(String format) {
        var params = new java.util.LinkedHashMap<>(filter.parameters());
        params.put("format", format);
        return "/api/v1/events" + Links.query(params);
    }

    public String mapLink() {
        return "/map" + Links.query(filter.parameters());
    }

    public String pageLink(int page) {
        var params = new java.util.LinkedHashMap<>(filter.parameters());
        params.put("page", page > 1 ? page : null);
        return "/events" + Links.query(params);
    }

    public static String label(EventType t) {
        return t.label();
    }

    public static String typeClass(EventType t) {
        return EventTypeStyle.cssClass(t);
    }
}
