package org.sitrep.web;

import org.sitrep.core.PlaceRole;

/**
 * A run of article text as shown: plain, a mention linking to its entity page, or a place name linking to its
 * place page.
 *
 * @param placeId   the place the run names, or {@code null}
 * @param placeRole what the place name does there, or {@code null} when the run names no place
 */
public record TextRun(String text, String entityId, String entityName, String entityType, Long placeId, String placeName,
                      PlaceRole placeRole) {

    /** Plain text, or an entity mention. */
    public TextRun(String text, String entityId, String entityName, String entityType) {
        this(text, entityId, entityName, entityType, null, null, null);
    }

    public boolean isMention() {
        return entityId != null || placeId != null;
    }

    public String href() {
        return placeId != null ? Links.place(placeId) : Links.entity(entityId);
    }

    public String cssClass() {
        return placeId != null ? "place place-" + placeRole.label() : "mention mention-" + entityType;
    }

    public String title() {
        if (placeId == null) {
            return entityName + " (" + entityType + ")";
        }
        return placeName + switch (placeRole) {
            case SETTING -> " (place)";
            case ANALOGY -> " (place named as an analogy: nothing in the article happened there)";
            case ORIGIN -> " (place named as where someone or something comes from)";
            case AFFILIATION -> " (place named as whose someone or something is, not where anything happened)";
        };
    }
}
