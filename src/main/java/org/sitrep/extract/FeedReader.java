package org.sitrep.extract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.sitrep.core.InputException;
import org.sitrep.core.PublicationDates;

/** Reads RSS 2.0, Atom and sitemap (including Google News sitemap) documents into their items, in document order. */
public final class FeedReader {
    /**
     * @throws InputException naming {@code origin} when the document is none of these formats
     */
    public List<FeedItem> read(String origin, byte[] bytes) {
        Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
        Map<String, FeedItem> items = new LinkedHashMap<>();
        for (Element item : doc.select("item")) {
            add(items, text(item, "link"), text(item, "title"), first(text(item, "pubDate"), text(item, "dc|date")));
        }
        for (Element entry : doc.select("entry")) {
            Element link = entry.selectFirst("link[rel=alternate], link:not([rel])");
            add(items, link == null ? null : link.attr("href"), text(entry, "title"), first(text(entry, "published"), text(entry, "updated")));
        }
        for (Element url : doc.select("urlset > url")) {
            add(items, text(url, "loc"), text(url, "news|title"), first(text(url, "news|publication_date"), text(url, "lastmod")));
        }
        if (items.isEmpty() && doc.select("rss, feed, urlset, rdf|RDF").isEmpty()) {
            throw new InputException(origin, "not an RSS, Atom or sitemap document");
        }
        return new ArrayList<>(items.values());
    }

    private static void add(Map<String, FeedItem> items, String url, String title, String date) {
        if (url == null || url.isBlank() || !(url.startsWith("http://") || url.startsWith("https://"))) {
            return;
        }
        items.putIfAbsent(url.strip(), new FeedItem(url.strip(), title == null || title.isBlank() ? null : title.strip(),
                PublicationDates.parse(date).orElse(null)));
    }

    private static String text(Element parent, String tag) {
        Element e = parent.selectFirst(tag);
        return e == null ? null : e.text();
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
