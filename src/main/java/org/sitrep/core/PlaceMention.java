package org.sitrep.core;

/**
 * A place name in an article, resolved to a gazetteer place.
 *
 * @param span       where the name stands: UTF-16 offsets into the article's text, or into its caption number
 *                   {@code caption} when that is not {@code null}
 * @param confidence how sure the resolution is, from 0 to 1
 */
public record PlaceMention(Span span, String text, Place place, PlaceRole role, double confidence, Integer caption) {

    /** A place name in the article's text. */
    public PlaceMention(Span span, String text, Place place, PlaceRole role, double confidence) {
        this(span, text, place, role, confidence, null);
    }
}
