package org.sitrep.core;

/**
 * Who said something, as the text gives it.
 *
 * @param span where the text names the speaker for this statement (a name, a pronoun, a role such as "the spokesman")
 * @param named the name mention that {@code span} refers to (itself when it is a name), or {@code null} when the
 *              text never names the speaker
 * @param role the speaker's role or title ("spokesman", "French Foreign Minister"), or {@code null}
 * @param organisation the organisation the speaker speaks for or belongs to, or {@code null}
 * @param basis how the speaker was found, which says how far to trust it
 */
public record Speaker(Span span, String text, Mention named, String role, String organisation, SpeakerBasis basis) {
    public Speaker {
        java.util.Objects.requireNonNull(basis, "basis");
    }

    /** The share of speakers found as this one was that were right, 0 to 1. */
    public double confidence() {
        return basis.confidence();
    }

    /** Whether the speaker is sure enough to be shown as the one who spoke ({@link SpeakerBasis#SHOWN_FROM}). */
    public boolean shown() {
        return basis.shown();
    }

    /** The name to show: the named mention's text, or the words of the span. */
    public String name() {
        return named != null ? named.text() : text;
    }
}
