package org.sitrep.quotes;

import java.util.List;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;
import org.sitrep.core.Speaker;

/**
 * One who may have said a statement, with the features the speaker ranker scores.
 *
 * @param speaker  the speaker this candidate would give the statement
 * @param rule     whether the rules chose it
 * @param features the names of the binary features that hold for it
 */
public record SpeakerCandidate(Speaker speaker, boolean rule, List<String> features) {
    public SpeakerCandidate {
        features = List.copyOf(features);
    }

    /** Where the text names the candidate (UTF-16 offsets into the article text). */
    public Span span() {
        return speaker.span();
    }

    /** The name to compare with a gold source: the named mention's text, or the words of the span. */
    public String name() {
        return speaker.name();
    }

    /** The name mention the candidate stands for, or {@code null} for a description that names nobody. */
    public Mention named() {
        return speaker.named();
    }
}
