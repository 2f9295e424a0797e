package org.sitrep.store;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.core.DatePrecision;
import org.sitrep.core.Event;
import org.sitrep.core.EventType;
import org.sitrep.core.Place;
import org.sitrep.core.SubEventType;

/**
 * Events as rows of ACLED's CSV files: ACLED's columns in ACLED's order, then Sitrep's own, quoted as RFC 4180 says
 * (fields with a comma, a quote or a line break between double quotes, quotes doubled), lines ended by CRLF.
 *
 * <p>How the columns are filled: {@code event_id_cnty} is the country's ISO 3166-1 alpha-3 code ("XXX" without a
 * country), a dash, and the event's id ({@link EventRow#id()}); {@code event_date} is ISO-8601 ("2014-11-12"; ACLED's
 * own files write "12-November-2014" or "12-Nov-14"), the first day the date may be when it is coarser than a day,
 * empty when unknown; {@code time_precision} is ACLED's 1 (the day), 2 (the week), 3 (a month or longer);
 * {@code inter1}, {@code inter2} and {@code interaction} are ACLED's numeric actor codes where the actor's ACLED name
 * tells them (see {@link AcledActors}), else empty; {@code civilian_targeting} is "Civilian targeting" when the second
 * actor is civilians; {@code country} is the English name of the place's country; {@code location},
 * {@code latitude}, {@code longitude} are the place's (WGS84 decimal degrees); {@code source} is whoever the text
 * says reports the event, then the outlet, joined by "; "; {@code notes} is the evidence sentence;
 * {@code fatalities} is 0 when no number is stated, as in ACLED. Left empty: {@code assoc_actor_1},
 * {@code assoc_actor_2}, {@code iso}, {@code region}, {@code admin1}, {@code admin2}, {@code admin3},
 * {@code source_scale}, {@code tags}, {@code timestamp}. Sitrep's own columns: {@code incident} (shared by every
 * report of one incident), {@code article_id}, {@code url}, {@code date} (as coded, partial ISO-8601),
 * {@code hedged} (true when reported as suspected or claimed), {@code confidence} (0 to 1).
 */
public final class AcledCsv {
    /** The header: ACLED's columns, then Sitrep's. */
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
            "fatalities", "tags", "timestamp", "incident", "article_id", "url", "date", "hedged", "confidence");

    private AcledCsv() {
    }

    /** The header line, with its CRLF. */
    public static String header() {
        return line(COLUMNS);
    }

    /** The event's line, with its CRLF. */
    public static String row(EventRow row) {
        Event e = row.event();
        Place place = e.place() == null ? null : e.place().place();
        String country = place == null || place.country().isEmpty() ? null : place.country();
        Optional<DateRange> days = DateRange.of(e.date());
        Integer inter1 = AcledActors.inter(e.actor1(), country);
        Integer inter2 = AcledActors.inter(e.actor2(), country);
        String actor2 = e.actor2() == null ? null : e.actor2().name();
        // In the order of COLUMNS; null is an empty cell.
        return line(Arrays.asList(
                eventId(row, country), days.map(d -> d.first().toString()).orElse(null),
                days.map(d -> Integer.toString(d.first().getYear())).orElse(null), timePrecision(e.datePrecision(), days),
                disorder(e.subType()), e.type().label(), e.subType().label(),
                e.actor1().name(), null, text(inter1), actor2, null, text(inter2),
                text(AcledActors.interaction(inter1, inter2, actor2 != null)),
                AcledActors.civilians(e.actor2()) ? "Civilian targeting" : null,
                null, null, countryName(country), null, null, null,
                place == null ? null : place.name(), place == null ? null : Double.toString(place.lat()),
                place == null ? null : Double.toString(place.lon()),
                e.geoPrecision() == 0 ? null : Integer.toString(e.geoPrecision()),
                source(e.claimedBy(), row.article().outlet()), null, row.evidenceText(),
                Integer.toString(e.fatalities() == null ? 0 : e.fatalities()), null, null,
                Long.toString(row.incident()), row.article().id(), row.article().url(), e.date(),
                Boolean.toString(e.hedged()), Double.toString(e.confidence())));
    }

    private static String eventId(EventRow row, String country) {
        return iso3(country) + "-" + row.id();
    }

    private static String iso3(String country) {
        if (country == null) {
            return "XXX";
        }
        try {
            return new Locale("", country).getISO3Country();
        } catch (java.util.MissingResourceException e) {
            // A code Java does not know (Kosovo's "XK" is user-assigned): none is better than a wrong one.
            return "XXX";
        }
    }

    private static String timePrecision(DatePrecision precision, Optional<DateRange> days) {
        if (days.isEmpty()) {
            return null;
        }
        return switch (precision) {
            case DAY -> "1";
            case WEEK -> "2";
            default -> "3";
        };
    }

    /** ACLED's disorder type of the sub-event type, as ACLED's 2023 files give it. */
    private static String disorder(SubEventType subType) {
        if (subType == SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS) {
            return "Political violence; Demonstrations";
        }
        if (subType.type() == EventType.PROTESTS || subType == SubEventType.VIOLENT_DEMONSTRATION) {
            return "Demonstrations";
        }
        return subType.type() == EventType.STRATEGIC_DEVELOPMENTS ? "Strategic developments" : "Political violence";
    }

    private static String countryName(String code) {
        return code == null ? null : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    private static String source(String claimedBy, String outlet) {
        String joined = Stream.of(claimedBy, outlet).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(AcledCsv::quoted).collect(Collectors.joining(",")) + "\r\n";
    }

    /** The cell as RFC 4180 writes it; {@code null} is an empty cell. */
    static String quoted(String cell) {
        if (cell == null) {
            return "";
        }
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
