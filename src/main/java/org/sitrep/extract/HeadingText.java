package org.sitrep.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The words a heading element shows as its headline: its text without the furniture that pages set inside it, such as
 * a field label ("Title:" on arXiv), a date stamp ({@code <time>}), a comment counter or an aggregator's note of the
 * story's source ("(latimes.com)" on Slashdot).
 */
final class HeadingText {
    /** A part styled as a line of its own follows a whole word; shorter runs are names cut by markup ("Mc", "Mac"). */
    private static final int MIN_WORD_BEFORE_BLOCK = 4;
    private static final Pattern COUNTER_CLASS = Pattern.compile("(?i)(?:^|[\\s_-])(?:comments?|count|counter|badge)(?:$|[\\s_-])");
    /** A field label leading the heading in an element of its own: one word and a colon. */
    private static final Pattern LABEL = Pattern.compile("\\p{L}+:");
    private static final Pattern SOURCE_NOTE = Pattern.compile("\\s*\\((?:www\\.)?[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}\\)\\s*$");

    private HeadingText() {
    }

    /**
     * The heading's text, with a space where a part styled as a line of its own ({@code <span class="block">}) meets
     * the text before it: a lower-case word of four letters or more against a capital across an element's edge
     * ("Alternatives" then "Top"), which jsoup's text joins into one word. Within one text node such a pair is a word
     * ("iPhone", "McCain"). Empty when the heading shows no text.
     */
    static String of(Element heading) {
        StringBuilder out = new StringBuilder();
        Element label = leadingLabel(heading);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == label || depth > 0 && node instanceof Element e
                        && (e.normalName().equals("time") || COUNTER_CLASS.matcher(e.className()).find())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text) {
                    append(out, text.text());
                } else if (node instanceof Element e && depth > 0 && (e.isBlock() || e.normalName().equals("br"))) {
                    out.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, heading);
        return SOURCE_NOTE.matcher(out).replaceFirst("");
    }

    private static void append(StringBuilder out, String s) {
        if (!s.isEmpty() && endsWord(out) && Character.isUpperCase(s.charAt(0))) {
            out.append(' ');
        }
        out.append(s);
    }

    /** The heading's first child when it is an element holding a field label and more text follows it; else null. */
    private static Element leadingLabel(Element heading) {
        Element first = heading.childrenSize() == 0 ? null : heading.child(0);
        if (first == null || !LABEL.matcher(first.text().strip()).matches()) {
            return null;
        }
        for (Node n = heading.childNodeSize() == 0 ? null : heading.childNode(0); n != null && n != first; n = n.nextSibling()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return null;
            }
        }
        return heading.text().length() > first.text().length() + 1 ? first : null;
    }

    /** Whether the text ends on a lower-case word of at least four letters: a whole word, not "Mc" of "McCain". */
    private static boolean endsWord(CharSequence text) {
        int letters = 0;
        for (int i = text.length() - 1; i >= 0 && Character.isLetter(text.charAt(i)); i--) {
            letters++;
        }
        return letters >= MIN_WORD_BEFORE_BLOCK && Character.isLowerCase(text.charAt(text.length() - 1));
    }
}
