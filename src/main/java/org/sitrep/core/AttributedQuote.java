package org.sitrep.core;

/**
 * A statement with the entity its speaker was resolved to.
 *
 * @param speaker the speaking entity, or {@code null} when the speaker is unnamed ("a source") or unknown
 */
public record AttributedQuote(Quote quote, Entity speaker) {
    /** The speaker's name to show: the entity's canonical name, else the words the text uses, else {@code null}. */
    public String speakerName() {
        if (speaker != null) {
            return speaker.name();
        }
        return quote.speaker() == null ? null : quote.speaker().name();
    }
}
