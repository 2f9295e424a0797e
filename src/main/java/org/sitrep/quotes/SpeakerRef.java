package org.sitrep.quotes;

import org.sitrep.core.Mention;
import org.sitrep.core.Span;

/**
 * A speaker as found next to a cue, before pronouns are resolved.
 *
 * @param named the name mention, or {@code null} for a pronoun or a phrase such as "the spokesman"
 */
record SpeakerRef(Span span, String text, Mention named, boolean pronoun) {
    /** Whether this is "I" or "we": the writer's own voice outside quotes, the quoted speaker inside them. */
    boolean firstPerson() {
        String w = text.toLowerCase(java.util.Locale.ROOT);
        return pronoun && (w.equals("i") || w.equals("we"));
    }

    /**
     * Whether this is "you" (which the tagger sometimes takes for a name when it opens a sentence): outside quote marks
     * the reader in general ("You can write DVDs that ...") or the one an interviewer asks ("You said that ..."), never
     * a source the text names.
     */
    boolean secondPerson() {
        return text.equalsIgnoreCase("you");
    }
}
