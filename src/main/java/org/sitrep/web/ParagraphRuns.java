package org.sitrep.web;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.Span;

/** Cuts a stretch of article text into runs, so that each entity mention and place name in it becomes a link. */
final class ParagraphRuns {
    private ParagraphRuns() {
    }

    /** The runs of {@code text} within {@code span}; links must be in text order (see {@link TextLinks}). */
    static List<TextRun> of(String text, Span span, List<TextLinks.Link> links) {
        List<TextRun> runs = new ArrayList<>();
        int pos = span.begin();
        for (TextLinks.Link l : links) {
            Span s = l.span();
            if (!span.contains(s) || s.begin() < pos) {
                continue;
            }
            if (s.begin() > pos) {
                runs.add(new TextRun(text.substring(pos, s.begin()), null, null, null));
            }
            runs.add(l.run());
            pos = s.end();
        }
        if (pos < span.end()) {
            runs.add(new TextRun(text.substring(pos, span.end()), null, null, null));
        }
        return runs;
    }
}
