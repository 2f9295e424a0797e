package org.sitrep.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.Span;

/**
 * A stretch of a paragraph: inside a statement or not, as runs of text and mentions.
 *
 * @param quote the statement it belongs to, or {@code null}
 * @param anchor true on the first stretch of a statement, which carries its fragment id
 */
public record Segment(QuoteView quote, boolean anchor, List<TextRun> runs) {

    /**
     * Cuts a paragraph at the edges of the statements in it, then each stretch at its links. Where statements overlap
     * (a reported statement that holds a partial quote), each stretch belongs to the shortest one covering it, so the
     * quote inside shows as itself between two stretches of the statement around it.
     */
    static List<Segment> of(String text, Span paragraph, List<TextLinks.Link> mentions, List<AttributedQuote> quotes) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(paragraph.begin(), paragraph.end()));
        for (AttributedQuote aq : quotes) {
            Span q = aq.quote().content();
            for (int at : new int[] {q.begin(), q.end()}) {
                if (at > paragraph.begin() && at < paragraph.end()) {
                    cuts.add(at);
                }
            }
        }
        List<Segment> out = new ArrayList<>();
        List<Integer> points = new ArrayList<>(cuts);
        int start = points.get(0);
        AttributedQuote current = points.size() > 1 ? shortestCovering(quotes, points.get(0), points.get(1)) : null;
        // Neighbouring stretches of the same statement are one segment.
        for (int k = 1; k < points.size(); k++) {
            int end = points.get(k);
            AttributedQuote next = k + 1 < points.size() ? shortestCovering(quotes, end, points.get(k + 1)) : null;
            if (k + 1 == points.size() || next != current) {
                // A statement begins at one place only: the stretch that starts there anchors it, however it is cut.
                boolean anchor = current != null && start == current.quote().content().begin();
                out.add(new Segment(current == null ? null : QuoteView.of(current), anchor,
                        ParagraphRuns.of(text, new Span(start, end), mentions)));
                start = end;
                current = next;
            }
        }
        return out;
    }

    /** The shortest statement that covers all of {@code [begin, end)}, or null when none does. */
    private static AttributedQuote shortestCovering(List<AttributedQuote> quotes, int begin, int end) {
        AttributedQuote best = null;
        for (AttributedQuote aq : quotes) {
            Span q = aq.quote().content();
            if (q.begin() <= begin && q.end() >= end && (best == null || q.length() < best.quote().content().length())) {
                best = aq;
            }
        }
        return best;
    }
}
