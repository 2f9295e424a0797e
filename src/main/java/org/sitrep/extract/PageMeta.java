package org.sitrep.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reading a page's {@code <meta>} tags, and choosing the first of several values a page may give. */
final class PageMeta {
    private PageMeta() {
    }

    /** The content of the first meta tag with this property, name or itemprop, on one line; {@code null} when none or blank. */
    static String content(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        String content = e == null ? "" : CleanText.line(e.attr("content"));
        return content.isBlank() ? null : content;
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
