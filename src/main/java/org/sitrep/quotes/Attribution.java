package org.sitrep.quotes;

import org.sitrep.core.Span;

/** A cue with the speaker it names. */
record Attribution(SpeakerRef speaker, Span cue, String cueText) {
}
