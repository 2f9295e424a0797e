package org.sitrep.eval;

import org.sitrep.core.Span;
import org.sitrep.core.SpeakerBasis;

/**
 * A predicted statement in the gold text's offsets.
 *
 * @param speakerSpan where the speaker is named, or {@code null}
 * @param speakerName the speaker's (canonical) name, or {@code null}
 * @param direct true for quoted words, false for reported speech
 * @param basis how the speaker was found, or {@code null} when there is none or the system does not say
 */
record Predicted(Span content, Span speakerSpan, String speakerName, boolean direct, SpeakerBasis basis) {
}
