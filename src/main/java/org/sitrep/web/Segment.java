package org.sitrep.web;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.Span;

/**
 * A stretch of a paragraph: inside a statement or not, as runs of text and mentions.
 *
 * @param quote the statement it belongs to, or {@code null}
 * @param anchor true on the first stretch of a statement, which carries its fragment id
 */
public record Segment(QuoteView quote, boolean anchor, List<TextRun> runs) {

    /** Cuts a paragraph at the edges of the statements in it, then each stretch at its links. */
    static List<Segment> of(String text, Span paragraph, List<TextLinks.Link> mentions, List<AttributedQuote> quotes) {
        List<Segment> out = new ArrayList<>();
        int pos = paragraph.begin();
        for (AttributedQuote aq : quotes) {
            Span q = aq.quote().content();
            int begin = Math.max(q.begin(), pos);
            int end = Math.min(q.end(), paragraph.end());
            if (begin >= end) {
                continue;
            }
            if (begin > pos) {
                out.add(new Segment(null, false, ParagraphRuns.of(text, new Span(pos, begin), mentions)));
            }
            out.add(new Segment(QuoteView.of(aq), begin == q.begin(), ParagraphRuns.of(text, new Span(begin, end), mentions)));
            pos = end;
        }
        if (pos < paragraph.end()) {
            out.add(new Segment(null, false, ParagraphRuns.of(text, new Span(pos, paragraph.end()), mentions)));
        }
        return out;
    }
}
