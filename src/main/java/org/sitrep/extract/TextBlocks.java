package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts an element into blocks of text the way a browser lays them out: block elements and line breaks end a block,
 * inline elements run on; a table row is one block, its cells spaced apart ("1 Kyle Busch 5040"). Each block knows the block element it stands in and how much of it is link text.
 */
final class TextBlocks {
    /** A block of text: its words, the element it stands in, the characters inside links. */
    record Block(String text, Element parent, int linkChars, String tag) {
        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
            "h6", "li", "ul", "ol", "blockquote", "pre", "tr", "table", "dd", "dt", "dl", "header", "footer",
            "aside", "nav", "figure", "figcaption", "form", "address", "center", "details", "summary", "body", "hr");

    private static final java.util.regex.Pattern PARENTHESIS_THEN_WORD = java.util.regex.Pattern.compile("\\)(?=\\p{Lu}\\p{Ll})");

    private TextBlocks() {
    }

    static List<Block> of(Element root) {
        List<Block> out = new ArrayList<>();
        Walker w = new Walker(out);
        w.blocks.add(root);
        NodeTraversor.traverse(w, root);
        w.flush();
        return out;
    }

    private static final class Walker implements NodeVisitor {
        private final List<Block> out;
        private final List<Element> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;

        Walker(List<Block> out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                text.append(s);
                if (linkDepth > 0) {
                    linkChars += CleanText.line(s).length();
                }
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    flush();
                } else if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    blocks.add(e);
                } else if (tag.equals("a")) {
                    linkDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) == e) {
                        blocks.remove(blocks.size() - 1);
                    }
                } else if (tag.equals("a")) {
                    linkDepth--;
                } else if (!tag.equals("br") && isSpaced(tag)) {
                    text.append(' ');
                }
            }
        }

        private static boolean isSpaced(String tag) {
            return tag.equals("td") || tag.equals("th") || tag.equals("img");
        }

        void flush() {
            String s = CleanText.line(text.toString());
            if (!s.isEmpty() && !blocks.isEmpty()) {
                Element parent = blocks.get(blocks.size() - 1);
                // "<cite>(CNN)</cite>President Donald Trump": a source set in an element of its own, that the page spaces
                // by style; prose never runs a word into a closing parenthesis, program text may ("f(x)Foo").
                if (s.indexOf(')') >= 0 && !parent.normalName().equals("pre")) {
                    s = PARENTHESIS_THEN_WORD.matcher(s).replaceAll(") ");
                }
                out.add(new Block(s, parent, Math.min(linkChars, s.length()), parent.normalName()));
            }
            text.setLength(0);
            linkChars = 0;
        }
    }
}
