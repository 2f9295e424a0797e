package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Span;
import org.sitrep.core.SpanSet;
import org.sitrep.nlp.Demonyms;

/**
 * Places named by their adjective ("Russian forces", "a Chechen fighter", "European leaders"): each nationality word
 * in the singular that no place name found holds, at the place it names ({@link PlaceCandidates}: its country, or its
 * continent or region), marked {@link PlaceRole#AFFILIATION}. Both geoparsing corpora count such adjectives as place
 * names (LGL and GeoWebNews mark about seven in ten of them); they are kept apart from settings, since nothing need
 * have happened there. A plural ("Mexicans") names people, and GeoWebNews marks none.
 */
final class NationalityPlaces {
    /** Sure of the place, not of whether anything happened there: the word names one place. */
    private static final double CONFIDENCE = 0.9;

    private final PlaceCandidates candidates;
    private final Demonyms demonyms = Demonyms.shared();

    NationalityPlaces(Gazetteer gazetteer) {
        this.candidates = new PlaceCandidates(gazetteer);
    }

    /**
     * The adjectives of {@code text} outside the names of {@code found}, as place mentions.
     *
     * @param caption the caption {@code text} is ({@link PlaceMention#caption()}), null for the article's text
     */
    List<PlaceMention> find(String text, List<Span> found, Integer caption) {
        SpanSet taken = new SpanSet(found);
        List<PlaceMention> out = new ArrayList<>();
        for (Span s : demonyms.adjectivesIn(text)) {
            if (taken.overlapsAny(s)) {
                continue;
            }
            List<PlaceCandidate> places = candidates.of(s.of(text));
            if (!places.isEmpty()) {
                out.add(new PlaceMention(s, s.of(text), places.get(0).place(), PlaceRole.AFFILIATION, CONFIDENCE, caption));
            }
        }
        return out;
    }
}
