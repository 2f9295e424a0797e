package org.sitrep.quotes;

import java.util.List;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.Span;

/**
 * A statement's content and the speakers it may have, the rules' choice first; empty when the rules found no cue
 * and so no speaker.
 */
public record StatementCandidates(Span content, QuoteKind kind, List<SpeakerCandidate> candidates) {
    public StatementCandidates {
        candidates = List.copyOf(candidates);
    }
}
