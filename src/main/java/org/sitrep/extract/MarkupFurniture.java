package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Page furniture known by the shape of its markup rather than by its class names: the narrow side column of a page laid
 * out in a table, a link that wraps a whole teaser card, and the notes for screen readers inside links ("opens new
 * tab").
 */
final class MarkupFurniture {
    /** A table cell declared this narrow, in pixels, is a column of links beside the article, not the article. */
    private static final int MAX_SIDE_COLUMN_PIXELS = 200;
    /** Classes that hide text from the eye and keep it for screen readers. */
    private static final Pattern SCREEN_READER_ONLY = Pattern.compile(
            "(?i)(?:^|[-_\\s])(?:sr-only|visually-?hidden|screen-?reader(?:-text|-only)?|assistive(?:-text)?|a11y(?:-text|-only)?|offscreen|hidden-text)(?:$|[-_\\s])");
    /** A style that hides text from the eye: "clip: rect(0 0 0 0)", "clip-path: inset(50%)". */
    private static final Pattern CLIPPED = Pattern.compile("(?i)clip\\s*:\\s*rect\\(\\s*0|clip-path\\s*:\\s*inset\\(\\s*50%");
    /** The note a link carries for screen readers: ", opens new tab", "(opens in a new window)". */
    private static final Pattern NEW_TAB_NOTE = Pattern.compile(
            "(?i)\\s*[,(\\[–—-]?\\s*(?:link\\s+)?opens?\\s+(?:in\\s+)?(?:a\\s+)?new\\s+(?:browser\\s+)?(?:tab|window)\\s*[)\\]]?");

    private MarkupFurniture() {
    }

    /** The side columns of layout tables under {@code root}; empty when there are none. */
    static List<Element> sideColumns(Element root) {
        List<Element> out = new ArrayList<>();
        for (Element td : root.select("td[width]")) {
            if (isSideColumn(td)) {
                out.add(td);
            }
        }
        return out;
    }

    /**
     * The links under {@code root} that wrap a heading: teaser cards of other stories (a list article links its items'
     * headings; it does not put them inside links). They are left in the page while the article is sought, as the
     * links of a row of teasers are what tells it from the article. Empty when there are none.
     */
    static List<Element> linkCards(Element root) {
        return root.select("a:has(h1, h2, h3, h4, h5, h6)");
    }

    /**
     * Whether a cell declared narrow in pixels ({@code <td width=110>}) stands beside a cell of its row, or of a row below
     * it that it spans, holding more running text than itself: the page's "related links" column of old table layouts.
     */
    private static boolean isSideColumn(Element td) {
        String width = td.attr("width").strip();
        if (!width.matches("\\d{1,4}(?:px)?") || Integer.parseInt(width.replace("px", "")) > MAX_SIDE_COLUMN_PIXELS) {
            return false;
        }
        Element row = td.parent();
        if (row == null || !row.normalName().equals("tr")) {
            return false;
        }
        int own = MainContent.substantialChars(td);
        for (Element cell : row.children()) {
            if (cell != td && MainContent.substantialChars(cell) > own) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes what a link says to screen readers only (an element classed "sr-only" or clipped out of sight, a ", opens
     * new tab" note): it is no part of the text the reader sees.
     */
    static void removeScreenReaderNotes(Element root) {
        for (Element a : root.select("a")) {
            for (Element e : a.select("*")) {
                if (e != a && e.parent() != null && (SCREEN_READER_ONLY.matcher(e.className()).find() || CLIPPED.matcher(e.attr("style")).find())) {
                    e.remove();
                }
            }
            for (TextNode t : a.textNodes()) {
                if (mayHoldNote(t.getWholeText())) {
                    t.text(NEW_TAB_NOTE.matcher(t.getWholeText()).replaceAll(""));
                }
            }
        }
        for (Element span : root.select("span, em, i, small")) {
            // The note set apart from the link's words in an element of its own, inside or right after the link.
            if (span.childrenSize() == 0 && span.parent() != null && mayHoldNote(span.ownText()) && NEW_TAB_NOTE.matcher(span.text()).matches()) {
                span.remove();
            }
        }
    }

    /** A cheap look before the pattern, which is slow on the long runs of white space pages put between tags. */
    private static boolean mayHoldNote(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.contains(" new tab") || lower.contains(" new window") || lower.contains(" new browser");
    }
}
