package org.sitrep.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} tags by property, name and itemprop, and its canonical link, read once per page: the readers
 * of title, byline, date and image ask for some twenty names, and a selector per name walked the whole page each time.
 */
final class PageMeta {
    private static final List<String> KEYS = List.of("property", "name", "itemprop");
    /** Names a page may give several times, one value each: the authors of a story written by several. */
    private static final java.util.Set<String> REPEATED = java.util.Set.of("article:author", "citation_author");
    private final Map<String, String> contents;
    private final Map<String, List<String>> repeated;
    private final Element canonical;

    private PageMeta(Map<String, String> contents, Map<String, List<String>> repeated, Element canonical) {
        this.contents = contents;
        this.repeated = repeated;
        this.canonical = canonical;
    }

    static PageMeta of(Document doc) {
        Map<String, String> contents = new HashMap<>();
        Map<String, List<String>> repeated = new HashMap<>();
        Element canonical = null;
        for (Element e : doc.select("meta, link[rel=canonical]")) {
            if (e.normalName().equals("link")) {
                canonical = canonical == null ? e : canonical;
                continue;
            }
            String content = e.attr("content");
            for (String key : KEYS) {
                String name = e.attr(key).strip();
                if (!name.isEmpty()) {
                    // The first tag of a name wins, as it does for a browser's and a crawler's reading.
                    String lower = name.toLowerCase(Locale.ROOT);
                    contents.putIfAbsent(lower, content);
                    if (REPEATED.contains(lower)) {
                        repeated.computeIfAbsent(lower, k -> new java.util.ArrayList<>()).add(content);
                    }
                }
            }
        }
        return new PageMeta(contents, repeated, canonical);
    }

    /** The {@code href} of the page's first canonical link as written; empty when it has none. */
    String canonical() {
        return canonical == null ? "" : canonical.attr("href");
    }

    /** The page's first canonical link made absolute against the page's address; empty when it has none. */
    String absoluteCanonical() {
        return canonical == null ? "" : canonical.attr("abs:href");
    }

    /**
     * The content of the first meta tag with this property, name or itemprop (names compared without case), on one
     * line, with character references a page escaped twice decoded; {@code null} when there is none or it is blank.
     */
    String content(String name) {
        String content = CleanText.line(EscapedText.decoded(contents.get(name.toLowerCase(Locale.ROOT))));
        return content.isBlank() ? null : content;
    }

    /**
     * The contents of every meta tag with this name, in page order, as {@link #content} reads each; only for the names
     * pages repeat ("article:author", "citation_author"), empty for others and when there are none.
     */
    List<String> contents(String name) {
        return repeated.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream()
                .map(c -> CleanText.line(EscapedText.decoded(c))).filter(c -> !c.isBlank()).toList();
    }

    /** The first value that is not blank, stripped; {@code null} when all are blank. */
    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
