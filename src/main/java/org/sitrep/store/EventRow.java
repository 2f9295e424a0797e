package org.sitrep.store;

import org.sitrep.core.ArticleSummary;
import org.sitrep.core.Event;

/**
 * A stored event: one article's report of an incident.
 *
 * @param article      the article that reports it
 * @param ordinal      its position among the article's events, from 0
 * @param incident     the incident it reports, shared by every stored report of the same incident
 * @param event        the event as coded; its evidence offsets are into the article's text, or into its caption
 *                     {@code event.caption()} when that is not {@code null}
 * @param evidenceText the words of the evidence span (the sentence or caption that reports it)
 */
public record EventRow(ArticleSummary article, int ordinal, long incident, Event event, String evidenceText) {

    /** The event's id, stable while its article keeps its events: the article's id, a dash, the ordinal ("3f2a…-0"). */
    public String id() {
        return article.id() + "-" + ordinal;
    }
}
