package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Span;

/**
 * Places a text names by the region that holds them, in parentheses: "in Rawson (Chubut)", "Bandar Abbas city
 * (Hormozgan)", "Wa (Tominian, Segou)". The tagger often takes such a town for a person or misses it; the region
 * after it says where to look, so a gazetteer place of that name inside the region is the town.
 */
final class ContainedPlaces {
    /** A capitalised name of up to four words, perhaps a word saying what it is, then the opening parenthesis. */
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’]+(?:[ -]\\p{Lu}[\\p{L}'’]+|[ -](?:al|el|de|do|da|del|des|ech|es|ez)(?=[ -])){0,4})"
                    + "\\s+(?:(?:town|city|village|area|district|camp|locality|neighbou?rhood|governorate|province)\\s+)?"
                    + "\\((?:[^(),]{1,40},\\s*)?\\s*$");
    private static final double NEAR_KM = 150;
    private static final double CONFIDENCE = 0.6;
    private static final double UNKNOWN_CONFIDENCE = 0.3;

    private final Gazetteer gazetteer;

    ContainedPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The places named just before a place in parentheses in {@code text}, which none of {@code found} covers;
     * empty when there are none.
     */
    List<PlaceMention> find(String text, List<PlaceMention> found) {
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention holder : found) {
            if (holder.caption() != null) {
                continue;
            }
            int from = Math.max(0, holder.span().begin() - 80);
            Matcher m = NAME_BEFORE.matcher(text.substring(from, holder.span().begin()));
            if (!m.find()) {
                continue;
            }
            Span span = new Span(from + m.start(1), from + m.end(1));
            if (found.stream().anyMatch(p -> p.caption() == null && overlaps(p.span(), span))
                    || out.stream().anyMatch(p -> overlaps(p.span(), span))) {
                continue;
            }
            Optional<Place> inside = inside(m.group(1), holder.place());
            if (inside.isPresent()) {
                out.add(new PlaceMention(span, m.group(1), inside.get(), PlaceRole.SETTING, CONFIDENCE));
            } else if (isSmall(holder.place()) && gazetteer.named(m.group(1)).isEmpty()) {
                // a village the gazetteer lacks, "Jebbayn (Tyr)", lies where its district or town is, as ACLED codes it
                out.add(new PlaceMention(span, m.group(1), holder.place(), PlaceRole.SETTING, UNKNOWN_CONFIDENCE));
            }
        }
        return out;
    }

    /** A town or a second-level region: small enough to stand for a village in it that the gazetteer lacks. */
    private static boolean isSmall(Place p) {
        return p.featureClass() == 'P' || p.featureCode().startsWith("ADM2") || p.featureCode().startsWith("ADM3");
    }

    /** The place called {@code name} inside {@code holder}: a town before anything else, then the most populous. */
    private Optional<Place> inside(String name, Place holder) {
        return gazetteer.named(name).stream()
                .filter(p -> p.id() != holder.id() && p.country().equals(holder.country()))
                .filter(p -> holder.isRegion() && holder.featureCode().equals("ADM1") ? p.admin1().equals(holder.admin1())
                        : p.kilometresTo(holder) <= NEAR_KM)
                .min(Comparator.comparingInt((Place p) -> p.featureClass() == 'P' ? 0 : 1)
                        .thenComparingLong(p -> -p.population()));
    }

    private static boolean overlaps(Span a, Span b) {
        return a.begin() < b.end() && b.begin() < a.end();
    }
}
