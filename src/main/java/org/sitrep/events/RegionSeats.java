package org.sitrep.events;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceMention;

/**
 * Where ACLED puts an incident its source places only in a region: at the region's seat, its capital (ACLED's geo
 * precision 3), rather than at a point in the middle of its land that may be no town at all. The seat is found by
 * the region's name or the name the text gave it, which most seats share (the governorate of Idlib and its city
 * Idlib; Şanlıurfa province and Şanlıurfa); a region whose seat is named otherwise (Al Anbar and Ramadi) keeps its
 * own point, and so does a region whose land outside the seat is meant ("Idleb countryside").
 */
final class RegionSeats {
    private final Function<String, List<Place>> gazetteer;

    /** @param gazetteer the places of a name, empty when none */
    RegionSeats(Function<String, List<Place>> gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * {@code m} placed at the seat of its region when it names a first- or second-level region whose seat the
     * gazetteer holds by the same name; otherwise {@code m} unchanged.
     *
     * @param text the text {@code m}'s offsets are into: the article's, or its caption's for a caption mention
     */
    PlaceMention atSeat(String text, PlaceMention m) {
        Place region = m.place();
        if (!region.featureCode().startsWith("ADM1") && !region.featureCode().startsWith("ADM2")
                || outsideTheSeat(text, m)) {
            return m;
        }
        return seat(region, m.text())
                .map(s -> new PlaceMention(m.span(), m.text(), s, m.role(), m.confidence(), m.caption()))
                .orElse(m);
    }

    /**
     * Whether the text names the region's land outside its seat ("in Idleb countryside", "rural Damascus"): the
     * incident is then no nearer the seat than anywhere else in it.
     */
    private static boolean outsideTheSeat(String text, PlaceMention m) {
        int begin = m.span().begin();
        int end = m.span().end();
        return RURAL.matcher(m.text()).find()
                || RURAL_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 15))).lookingAt()
                || RURAL_BEFORE.matcher(text.substring(Math.max(0, begin - 20), begin)).find();
    }

    private static final Pattern RURAL = Pattern.compile("(?i)\\b(?:countryside|rural|outskirts)\\b");
    private static final Pattern RURAL_AFTER = Pattern.compile("(?i)\\s*(?:'s\\s+)?(?:countryside|rural areas?|outskirts)\\b");
    private static final Pattern RURAL_BEFORE = Pattern.compile("(?i)\\b(?:rural|countryside of|outskirts of)\\s+(?:the\\s+)?$");

    private Optional<Place> seat(Place region, String text) {
        return java.util.stream.Stream.of(region.name(), text).distinct()
                .flatMap(n -> gazetteer.apply(n).stream())
                .filter(t -> isSeatOf(t, region))
                .max(Comparator.comparingLong(Place::population));
    }

    /** Whether town {@code t} is the seat of {@code region}, by GeoNames feature and admin codes. */
    static boolean isSeatOf(Place t, Place region) {
        if (!t.country().equals(region.country()) || !t.admin1().equals(region.admin1()) || region.admin1().isEmpty()) {
            return false;
        }
        // a country's capital is also the seat of the region it lies in
        return region.featureCode().startsWith("ADM1") ? t.featureCode().equals("PPLA") || t.featureCode().equals("PPLC")
                : t.featureCode().equals("PPLA2") && t.admin2().equals(region.admin2()) && !region.admin2().isEmpty();
    }
}
