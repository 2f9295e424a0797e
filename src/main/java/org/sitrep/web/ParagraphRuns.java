package org.sitrep.web;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Span;

/** Cuts a stretch of article text into runs, so that each entity mention in it becomes a link. */
final class ParagraphRuns {
    private ParagraphRuns() {
    }

    /** The runs of {@code text} within {@code span}; mentions must be in text order and not overlap. */
    static List<TextRun> of(String text, Span span, List<LinkedMention> mentions) {
        List<TextRun> runs = new ArrayList<>();
        int pos = span.begin();
        for (LinkedMention m : mentions) {
            Span s = m.mention().span();
            if (!span.contains(s) || s.begin() < pos) {
                continue;
            }
            if (s.begin() > pos) {
                runs.add(new TextRun(text.substring(pos, s.begin()), null, null, null));
            }
            runs.add(new TextRun(s.of(text), m.entity().id(), m.entity().name(), m.entity().type().label()));
            pos = s.end();
        }
        if (pos < span.end()) {
            runs.add(new TextRun(text.substring(pos, span.end()), null, null, null));
        }
        return runs;
    }
}
