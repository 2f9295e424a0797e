package org.sitrep.extract;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.filter.Filters;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.sitrep.core.InputException;
import org.sitrep.core.PublicationDates;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome, and sitemaps (including Google News sitemaps), into their items
 * in document order. The XML parser refuses any DOCTYPE, so no external entity is fetched and no entity expanded
 * without bound; Rome reads no sitemaps, which jsoup's XML parser reads, and it never resolves DTDs either.
 */
public final class FeedReader {
    private static final String[] DATE_ELEMENTS = {"pubDate", "date", "published", "updated", "issued", "modified"};

    /**
     * @throws InputException naming {@code origin} when the document is none of these formats
     */
    public List<FeedItem> read(String origin, byte[] bytes) {
        org.jdom2.Document xml;
        try {
            xml = parser().build(new ByteArrayInputStream(bytes));
        } catch (JDOMException | IOException e) {
            return sitemap(origin, bytes, "not a well-formed feed: " + e.getMessage());
        }
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(xml);
        } catch (IllegalArgumentException | FeedException e) {
            return sitemap(origin, bytes, "not an RSS, Atom or sitemap document");
        }
        return items(feed, xml);
    }

    /** A parser without DTDs: a DOCTYPE is an error, external entities and DTDs are never loaded. */
    private static SAXBuilder parser() {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setExpandEntities(false);
        return builder;
    }

    private static List<FeedItem> items(SyndFeed feed, org.jdom2.Document xml) {
        List<SyndEntry> entries = feed.getEntries();
        List<Element> elements = itemElements(xml);
        Map<String, FeedItem> items = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            LocalDate day = elements.size() == entries.size() ? dayAsWritten(elements.get(i)) : null;
            add(items, entry.getLink(), entry.getTitle(), day != null ? day : utcDay(entry));
        }
        return new ArrayList<>(items.values());
    }

    /** The item and entry elements in document order, which is the order Rome gives its entries in. */
    private static List<Element> itemElements(org.jdom2.Document xml) {
        List<Element> out = new ArrayList<>();
        for (Element e : xml.getRootElement().getDescendants(Filters.element())) {
            if (e.getName().equals("item") || e.getName().equals("entry")) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The day as the feed wrote it: Rome gives an instant, whose day in UTC can be the day before or after the
     * publisher's, which is the one the article's page gives.
     */
    private static LocalDate dayAsWritten(Element item) {
        for (String name : DATE_ELEMENTS) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name)) {
                    LocalDate day = PublicationDates.parse(child.getTextTrim()).orElse(null);
                    if (day != null) {
                        return day;
                    }
                }
            }
        }
        return null;
    }

    private static LocalDate utcDay(SyndEntry entry) {
        java.util.Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** A sitemap's URLs; when the document is no sitemap either, {@code notAFeed} says why. */
    private static List<FeedItem> sitemap(String origin, byte[] bytes, String notAFeed) {
        Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
        if (doc.select("urlset").isEmpty()) {
            throw new InputException(origin, notAFeed);
        }
        Map<String, FeedItem> items = new LinkedHashMap<>();
        for (org.jsoup.nodes.Element url : doc.select("urlset > url")) {
            add(items, text(url, "loc"), text(url, "news|title"),
                    PublicationDates.parse(first(text(url, "news|publication_date"), text(url, "lastmod"))).orElse(null));
        }
        return new ArrayList<>(items.values());
    }

    private static void add(Map<String, FeedItem> items, String url, String title, LocalDate published) {
        if (url == null || url.isBlank() || !(url.strip().startsWith("http://") || url.strip().startsWith("https://"))) {
            return;
        }
        items.putIfAbsent(url.strip(), new FeedItem(url.strip(), title == null || title.isBlank() ? null : title.strip(), published));
    }

    private static String text(org.jsoup.nodes.Element parent, String tag) {
        org.jsoup.nodes.Element e = parent.selectFirst(tag);
        return e == null ? null : e.text();
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
