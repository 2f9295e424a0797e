package org.sitrep.extract;

import java.util.Locale;

/**
 * Closes a {@code <title>} that a page never closes. An HTML5 parser reads everything after an unclosed title as its
 * text, so the page's whole body is lost; the browsers such pages were made for ended the title at the next tag, and
 * so does this. Pages cut short in the crawl lose their {@code </title>} this way ("&lt;title&gt;Television -
 * Intww.digitalspy.co.uk/search/opensearch.xml" /&gt;").
 */
final class UnclosedTitle {
    private UnclosedTitle() {
    }

    /** The page with {@code </title>} put before the first tag after an unclosed title; the page itself otherwise. */
    static String closed(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        int open = lower.indexOf("<title");
        if (open < 0 || lower.indexOf("</title", open) >= 0) {
            return html;
        }
        int text = lower.indexOf('>', open);
        int next = text < 0 ? -1 : lower.indexOf('<', text);
        return next < 0 ? html : html.substring(0, next) + "</title>" + html.substring(next);
    }
}
