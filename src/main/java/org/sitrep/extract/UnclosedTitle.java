package org.sitrep.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closes a {@code <title>} that a page never closes. An HTML5 parser reads everything after an unclosed title as its
 * text, so the page's whole body is lost; the browsers such pages were made for ended the title at the next tag, and
 * so does this. Pages cut short in the crawl lose their {@code </title>} this way ("&lt;title&gt;Television -
 * Intww.digitalspy.co.uk/search/opensearch.xml" /&gt;").
 */
final class UnclosedTitle {
    private UnclosedTitle() {
    }

    private static final Pattern OPENING = Pattern.compile("(?i)<title");
    private static final Pattern CLOSING = Pattern.compile("(?i)</title");

    /** The page with {@code </title>} put before the first tag after an unclosed title; the page itself otherwise. */
    static String closed(String html) {
        // Searched in place, not in a lower-cased copy: every page passes here, and a page may be megabytes.
        Matcher open = OPENING.matcher(html);
        if (!open.find() || CLOSING.matcher(html).region(open.start(), html.length()).find()) {
            return html;
        }
        int text = html.indexOf('>', open.start());
        int next = text < 0 ? -1 : html.indexOf('<', text);
        return next < 0 ? html : html.substring(0, next) + "</title>" + html.substring(next);
    }
}
