package org.sitrep.quotes;

import java.util.List;
import org.sitrep.core.Span;

/**
 * A reported statement as the rules find it, before the {@link ReportedSpeechFilter} decides whether it is one.
 *
 * @param content  what was said (UTF-16 offsets into the article text)
 * @param features the names of the binary features the filter scores
 */
public record ReportedCandidate(Span content, List<String> features) {
    public ReportedCandidate {
        features = List.copyOf(features);
    }
}
