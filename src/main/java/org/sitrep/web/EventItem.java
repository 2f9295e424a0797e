package org.sitrep.web;

import java.util.List;
import org.sitrep.core.Event;
import org.sitrep.core.EventType;
import org.sitrep.core.Place;
import org.sitrep.store.EventRow;
import org.sitrep.store.IncidentRow;

/**
 * An incident in a table of events: its lead report's coding, the fatality range its reports state, and every
 * report with a link to its evidence in the article.
 */
public record EventItem(long incident, EventType type, String subType, String actor1, String actor1Href, String actor2,
                        String actor2Href, String place, String placeHref, String date, String fatalities, boolean hedged,
                        String claimedBy, String evidence, List<Source> sources) {

    /** One report of the incident: its article and the link to its evidence sentence there. */
    public record Source(String title, String outlet, String published, String href) {
        /** "RFE/RL, 2014-12-01", or the title when the article has neither. */
        public String label() {
            String s = (outlet == null ? "" : outlet) + (published == null ? "" : (outlet == null ? "" : ", ") + published);
            return s.isEmpty() ? title : s;
        }
    }

    static EventItem of(IncidentRow incident) {
        Event e = incident.lead().event();
        Place p = e.place() == null ? null : e.place().place();
        return new EventItem(incident.id(), e.type(), e.subType().label(), e.actor1().name(), entityHref(e.actor1().entity()),
                e.actor2() == null ? null : e.actor2().name(), e.actor2() == null ? null : entityHref(e.actor2().entity()),
                p == null ? null : p.name(), p == null ? null : Links.place(p.id()), e.date(), fatalities(incident),
                e.hedged(), e.claimedBy(), incident.lead().evidenceText(),
                incident.reports().stream().map(EventItem::source).toList());
    }

    private static Source source(EventRow r) {
        var a = r.article();
        return new Source(a.title(), a.outlet(), a.published() == null ? null : a.published().toString(), Links.event(a.id(), r.ordinal()));
    }

    private static String entityHref(String id) {
        return id == null ? null : Links.entity(id);
    }

    /** "12", "12–15" when reports disagree, empty when none states a number. */
    private static String fatalities(IncidentRow i) {
        if (i.mostFatalities() == null) {
            return "";
        }
        return i.fatalitiesDisagree() ? i.fewestFatalities() + "–" + i.mostFatalities() : i.mostFatalities().toString();
    }

    public String typeClass() {
        return EventTypeStyle.cssClass(type);
    }
}
