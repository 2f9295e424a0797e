package org.sitrep.store;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sitrep.core.DatePrecision;
import org.sitrep.core.EventType;

/**
 * An incident and every stored report of it.
 *
 * @param id              the incident's id, as {@link EventRow#incident()} gives it
 * @param reports         every report, oldest article first (publication day, then article id, then ordinal); never empty
 * @param lead            the report that codes it most precisely: finest date, then finest place, then surest coding,
 *                        then the first of {@code reports}; use its type, actors, place and date for the incident
 * @param fewestFatalities the fewest deaths a report states, {@code null} when none states any
 * @param mostFatalities  the most deaths a report states; differs from {@code fewestFatalities} when reports disagree
 */
public record IncidentRow(long id, List<EventRow> reports, EventRow lead, Integer fewestFatalities, Integer mostFatalities) {
    /** The finer date first; an unknown date last. */
    private static final Comparator<EventRow> MOST_PRECISE = Comparator
            .comparing((EventRow r) -> r.event().datePrecision(), Comparator.nullsLast(Comparator.<DatePrecision>naturalOrder()))
            .thenComparingInt(r -> r.event().geoPrecision() == 0 ? Integer.MAX_VALUE : r.event().geoPrecision())
            .thenComparing(Comparator.comparingDouble((EventRow r) -> r.event().confidence()).reversed());

    public IncidentRow {
        reports = List.copyOf(reports);
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("incident " + id + " must have a report; got none");
        }
    }

    /** The incident with these reports; the lead and the fatality range follow from them. */
    static IncidentRow of(long id, List<EventRow> reports) {
        List<Integer> stated = reports.stream().map(r -> r.event().fatalities()).filter(Objects::nonNull).toList();
        EventRow lead = reports.stream().min(MOST_PRECISE).orElseThrow();
        return new IncidentRow(id, reports, lead, stated.stream().min(Integer::compare).orElse(null),
                stated.stream().max(Integer::compare).orElse(null));
    }

    public EventType type() {
        return lead.event().type();
    }

    /** Whether the reports state different numbers of deaths. */
    public boolean fatalitiesDisagree() {
        return fewestFatalities != null && !fewestFatalities.equals(mostFatalities);
    }
}
