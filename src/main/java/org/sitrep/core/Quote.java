package org.sitrep.core;

/**
 * A statement found in an article: quoted words or reported speech, with its speaker.
 *
 * @param content the words said (without quote marks); UTF-16 offsets into the article text
 * @param speaker who said it, or {@code null} when the text does not say
 * @param cue the words that tell it was said ("said", "according to"), or {@code null}
 * @param medium where it was said or written ("The Washington Post", "RFE/RL"), or {@code null}
 * @param saidOn when it was said, ISO-8601 (possibly partial), or {@code null} when the text does not say
 */
public record Quote(Span content, String text, QuoteKind kind, Speaker speaker, Span cue, String cueText,
                    String medium, String saidOn) {
    public Quote withMedium(String value) {
        return new Quote(content, text, kind, speaker, cue, cueText, value, saidOn);
    }

    public Quote withSaidOn(String value) {
        return new Quote(content, text, kind, speaker, cue, cueText, medium, value);
    }
}
