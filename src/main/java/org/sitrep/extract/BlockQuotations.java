package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.core.BlockQuote;

/**
 * Which of an article's paragraphs the page sets as block quotations: the {@code <blockquote>} elements a writer
 * quotes a report, a statement or a post in. Old pages also indent with {@code <blockquote>}; a blockquote that holds
 * another one, or most of the article's text, is such layout and marks nothing.
 */
final class BlockQuotations {
    /** A block quotation holding more than this share of the article's characters is the article set indented. */
    private static final double MAX_SHARE_OF_TEXT = 0.6;

    private BlockQuotations() {
    }

    /** The quotations of {@code doc} among {@code paragraphs}, in text order and apart; empty when none. */
    static List<BlockQuote> of(Document doc, List<String> paragraphs) {
        List<Element> quotations = doc.select("blockquote");
        if (quotations.isEmpty() || paragraphs.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> index = new HashMap<>();
        long articleChars = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            index.putIfAbsent(paragraphs.get(i), i);
            articleChars += paragraphs.get(i).length();
        }
        List<BlockQuote> out = new ArrayList<>();
        for (Element q : quotations) {
            if (q.select("blockquote").size() > 1) {
                continue;
            }
            java.util.SortedSet<Integer> found = new java.util.TreeSet<>();
            long chars = 0;
            for (TextBlocks.Block b : TextBlocks.of(q)) {
                chars += b.text().length();
                Integer i = index.get(b.text());
                if (i != null) {
                    found.add(i);
                }
            }
            if (chars <= MAX_SHARE_OF_TEXT * articleChars) {
                addRuns(new ArrayList<>(found), out);
            }
        }
        out.sort(Comparator.comparingInt(BlockQuote::first));
        return apart(out);
    }

    /** Each run of consecutive paragraphs among {@code found} (ascending) as a quotation. */
    private static void addRuns(List<Integer> found, List<BlockQuote> out) {
        for (int i = 0; i < found.size(); ) {
            int first = found.get(i);
            int last = first;
            while (i + 1 < found.size() && found.get(i + 1) == last + 1) {
                i++;
                last++;
            }
            i++;
            out.add(new BlockQuote(first, last));
        }
    }

    /** The quotations without any that overlaps one before it (the same words quoted twice on a page). */
    private static List<BlockQuote> apart(List<BlockQuote> sorted) {
        List<BlockQuote> out = new ArrayList<>();
        for (BlockQuote q : sorted) {
            if (out.isEmpty() || q.first() > out.get(out.size() - 1).last()) {
                out.add(q);
            }
        }
        return out;
    }
}
