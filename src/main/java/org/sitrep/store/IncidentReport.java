package org.sitrep.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.core.EventActor;
import org.sitrep.core.EventType;
import org.sitrep.core.GreatCircle;

/**
 * What decides whether two events report the same incident: their type, place, date and actors, and the day their
 * articles were published.
 *
 * @param placeId   the place's id, {@code null} when the event has no place
 * @param lat       WGS84 decimal degrees; ignored when {@code placeId} is {@code null}
 * @param date      ISO-8601, possibly partial, {@code null} when unknown
 * @param published the publication day of the reporting article, {@code null} when unknown
 * @param actor2    {@code null} when there is none
 */
record IncidentReport(EventType type, Long placeId, double lat, double lon, String date, LocalDate published,
                      EventActor actor1, EventActor actor2) {
    /** Places farther apart than this are different places for an incident, unless they are the same place. */
    static final double MAX_KILOMETRES = 10;
    /** Reports with no usable date join only when their articles were published this many days apart at most. */
    static final int MAX_PUBLICATION_DAYS = 1;

    /**
     * Whether the two may report one incident as far as what and where and when go: the same event type; the same
     * place, or places within {@link #MAX_KILOMETRES}; dates that can be the same day (days equal, or a coarser date
     * that takes in the other: "2014-11" and "2014-11-12"), or, when either date is unknown, articles published at
     * most {@link #MAX_PUBLICATION_DAYS} apart. Events without a place never agree: nothing says where.
     */
    boolean agreesOnWhatWhereAndWhen(IncidentReport other) {
        return type == other.type && samePlace(other) && sameDay(other);
    }

    /**
     * Whether the two name an actor in common (the same entity, or the same name), or one of them names no known
     * actor ("Unidentified Armed Group (Syria)").
     */
    boolean agreesOnActors(IncidentReport other) {
        if (!namesKnownActor() || !other.namesKnownActor()) {
            return true;
        }
        return shares(actor1, other) || (known(actor2) && shares(actor2, other));
    }

    /** Great-circle distance between the two places in kilometres; infinite when either has no place. */
    double kilometresTo(IncidentReport other) {
        if (placeId == null || other.placeId == null) {
            return Double.POSITIVE_INFINITY;
        }
        return placeId.equals(other.placeId) ? 0 : GreatCircle.kilometres(lat, lon, other.lat, other.lon);
    }

    private boolean samePlace(IncidentReport other) {
        return kilometresTo(other) <= MAX_KILOMETRES;
    }

    private boolean sameDay(IncidentReport other) {
        Optional<DateRange> mine = DateRange.of(date);
        Optional<DateRange> theirs = DateRange.of(other.date);
        if (mine.isPresent() && theirs.isPresent()) {
            return mine.get().overlaps(theirs.get());
        }
        return published != null && other.published != null
                && Math.abs(ChronoUnit.DAYS.between(published, other.published)) <= MAX_PUBLICATION_DAYS;
    }

    private boolean namesKnownActor() {
        return known(actor1) || known(actor2);
    }

    private static boolean shares(EventActor actor, IncidentReport other) {
        return same(actor, other.actor1) || same(actor, other.actor2);
    }

    private static boolean same(EventActor a, EventActor b) {
        if (!known(a) || !known(b)) {
            return false;
        }
        return (a.entity() != null && a.entity().equals(b.entity())) || a.name().equalsIgnoreCase(b.name());
    }

    /** Whether the actor is named: ACLED writes "Unidentified Armed Group (Syria)" for attackers nobody named. */
    private static boolean known(EventActor actor) {
        return actor != null && !actor.name().toLowerCase(Locale.ROOT).startsWith("unidentified");
    }
}
