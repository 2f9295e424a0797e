package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.Article;
import org.sitrep.core.Span;

/**
 * A plain gold text cut into blocks at blank lines, kept verbatim, so an article built from it maps its offsets
 * back to the gold text exactly: the first block is the title, the rest are paragraphs.
 */
final class TextLayout {
    private final List<Span> blocks;
    private final Article article;

    private TextLayout(List<Span> blocks, Article article) {
        this.blocks = blocks;
        this.article = article;
    }

    static TextLayout of(String text) {
        List<Span> blocks = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            int end = start;
            while (i < text.length()) {
                int nl = text.indexOf('\n', i);
                int lineEnd = nl < 0 ? text.length() : nl;
                if (text.substring(i, lineEnd).isBlank()) {
                    break;
                }
                end = lineEnd;
                i = nl < 0 ? text.length() : nl + 1;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                blocks.add(new Span(start, end));
            }
        }
        List<String> parts = blocks.stream().map(b -> b.of(text)).toList();
        String title = parts.isEmpty() ? "" : parts.get(0);
        List<String> paragraphs = parts.size() > 1 ? parts.subList(1, parts.size()) : List.of();
        return new TextLayout(blocks, new Article(null, title, List.of(), null, null, null, List.of(), paragraphs, "en"));
    }

    Article article() {
        return article;
    }

    /** The gold-text span of an article-text span: each end moves with the block it falls in. */
    Span toGold(Span ours) {
        return new Span(toGold(ours.begin()), Math.max(toGold(ours.begin()), toGold(ours.end())));
    }

    private int toGold(int offset) {
        List<Span> own = new ArrayList<>();
        own.add(article.titleSpan());
        own.addAll(article.paragraphSpans());
        for (int b = own.size() - 1; b >= 0; b--) {
            if (b < blocks.size() && offset >= own.get(b).begin()) {
                return offset + blocks.get(b).begin() - own.get(b).begin();
            }
        }
        return offset;
    }
}
