package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
 * have happened there. A plural ("Mexicans") names people, and GeoWebNews marks none. Neither corpus marks the word
 * where it names a language, a cuisine or a style ({@link #namesNoPlace}), nor where it is a surname ("French said").
 */
final class NationalityPlaces {
    /** Sure of the place, not of whether anything happened there: the word names one place. */
    private static final double CONFIDENCE = 0.9;

    /**
     * A verb of speaking, learning or teaching, perhaps with "only", "fluent" and the like, right before the word:
     * then it names a language ("spoke only French", "learned English").
     */
    private static final Pattern TONGUE_BEFORE = Pattern.compile(
            "\\b(?:speaks?|spoke|speaking|learn(?:s|ed|t|ing)?|teach(?:es|ing)?|taught|stud(?:y|ies|ied|ying)|fluent in)"
            + "(?:\\s+(?:only|fluent|some|little|basic|good|broken|perfect))?\\s+$");
    /**
     * What follows the word when it names a language, a cuisine, a style or a kind of thing rather than its place
     * ("English-speaking", "Irish pub", "Italian food", "Asian-themed casino", "French students", "English cocker
     * spaniel"), or a verb of saying, when it is a surname ("French said"). A market ("the British market") stays a
     * place: both corpora mark it.
     */
    private static final Pattern NO_PLACE_AFTER = Pattern.compile(
            "(?:-|\\s+)(?:speaking|language|themed|style|food|foods|cuisine|restaurants?|pubs?|bars?|grill|grocery|deli|"
            + "bakery|cafe|marketplace|sausages?|dish(?:es)?|songs?|music|rock|dances?|students?|teachers?|class(?:es)?|"
            + "lessons?|cocker|setter|terrier|said|says|told|added)\\b", Pattern.CASE_INSENSITIVE);
    /** How far back the verb of {@link #TONGUE_BEFORE} is looked for, in chars. */
    private static final int BEFORE_CHARS = 30;

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
            if (taken.overlapsAny(s) || namesNoPlace(text, s)) {
                continue;
            }
            List<PlaceCandidate> places = candidates.of(s.of(text));
            if (!places.isEmpty()) {
                out.add(new PlaceMention(s, s.of(text), places.get(0).place(), PlaceRole.AFFILIATION, CONFIDENCE, caption));
            }
        }
        return out;
    }

    /** Whether the adjective at {@code s} names a language, a cuisine, a style or a person, by the words around it. */
    static boolean namesNoPlace(String text, Span s) {
        return TONGUE_BEFORE.matcher(text).region(Math.max(0, s.begin() - BEFORE_CHARS), s.begin()).find()
                || NO_PLACE_AFTER.matcher(text).region(s.end(), text.length()).lookingAt();
    }
}
