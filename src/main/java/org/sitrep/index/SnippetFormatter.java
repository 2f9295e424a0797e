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
                if (end <= start) {
                    continue;
                }
                String gap = content.substring(pos, start);
                if (joins(parts, gap)) {
                    SnippetPart last = parts.remove(parts.size() - 1);
                    parts.add(new SnippetPart(last.text() + gap + content.substring(start, end), true));
                } else {
                    if (!gap.isEmpty()) {
                        parts.add(new SnippetPart(gap, false));
                    }
                    parts.add(new SnippetPart(content.substring(start, end), true));
                }
                pos = end;
            }
            if (pos < passage.getEndOffset()) {
                parts.add(new SnippetPart(content.substring(pos, passage.getEndOffset()), false));
            }
            lastEnd = passage.getEndOffset();
        }
        return parts;
    }

    /**
     * Whether a match right after the last part, past {@code gap}, is one mark with it: the words of a phrase or of a
     * name split by punctuation ("RFE/RL", "al-Nusra", "Islamic State") are marked as one, as the reader typed them.
     */
    private static boolean joins(List<SnippetPart> parts, String gap) {
        return !parts.isEmpty() && parts.get(parts.size() - 1).match() && gap.length() <= 1
                && gap.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
