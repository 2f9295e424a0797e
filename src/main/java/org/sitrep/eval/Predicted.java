package org.sitrep.eval;

import org.sitrep.core.Span;

/**
 * A predicted statement in the gold text's offsets.
 *
 * @param speakerSpan where the speaker is named, or {@code null}
 * @param speakerName the speaker's (canonical) name, or {@code null}
 * @param direct true for quoted words, false for reported speech
 */
record Predicted(Span content, Span speakerSpan, String speakerName, boolean direct) {
}
