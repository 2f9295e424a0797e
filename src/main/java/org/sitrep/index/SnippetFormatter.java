package org.sitrep.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Turns highlighted passages into snippet parts, so the web layer escapes them like any other text. */
final class SnippetFormatter extends PassageFormatter {
    static final String ELLIPSIS = " … ";

    @Override
    public Object format(Passage[] passages, String content) {
        List<SnippetPart> parts = new ArrayList<>();
        int lastEnd = -1;
        for (Passage passage : passages) {
            if (lastEnd >= 0 && passage.getStartOffset() > lastEnd) {
                parts.add(new SnippetPart(ELLIPSIS, false));
            }
            int pos = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(pos, passage.getMatchStarts()[i]);
                int end = passage.getMatchEnds()[i];
                if (start > pos) {
                    parts.add(new SnippetPart(content.substring(pos, start), false));
                }
                if (end > start) {
                    parts.add(new SnippetPart(content.substring(start, end), true));
                    pos = end;
                }
            }
            if (pos < passage.getEndOffset()) {
                parts.add(new SnippetPart(content.substring(pos, passage.getEndOffset()), false));
            }
            lastEnd = passage.getEndOffset();
        }
        return parts;
    }
}
