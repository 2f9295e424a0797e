package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.sitrep.core.Article;
import org.sitrep.core.PublicationDates;

/**
 * Extracts an article from an HTML page: metadata from meta tags, JSON-LD and {@code <time>}; the body from the
 * block of the page with the most paragraph text, with navigation, menus, footers, share bars and related-story
 * lists removed; photo captions ({@code figcaption}) kept apart.
 */
final class HtmlArticleExtractor {
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?:^|[-_\\s])(?:nav|navbar|navigation|menu|footer|share|sharing|social|related|comments?|cookies?|newsletter|promo|"
                    + "advert|ads|ad-slot|breadcrumbs?|sidebar|subscribe|subscription|popup|modal|tags|recommended|"
                    + "most-popular|most-read|outbrain|taboola|signup|paywall|byline|author-bio|toolbar|masthead)(?:$|[-_\\s])",
            Pattern.CASE_INSENSITIVE);
    private static final String REMOVED_TAGS = "script, style, noscript, template, svg, nav, footer, aside, form, iframe, "
            + "button, select, input, textarea, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[aria-hidden=true], [hidden]";
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, td";
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+|\\s+::\\s+");
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i:by)\\s+");
    private static final int MIN_PARAGRAPH_CHARS = 2;

    Article extract(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        JsonLd ld = JsonLd.of(doc);
        String outlet = firstNonBlank(meta(doc, "og:site_name"), ld.names("publisher").stream().findFirst().orElse(null),
                meta(doc, "application-name"));
        String title = title(doc, ld, outlet);
        List<String> byline = byline(doc, ld);
        LocalDate published = published(doc, ld);
        String canonical = firstNonBlank(doc.select("link[rel=canonical]").attr("abs:href"), meta(doc, "og:url"), url);
        String language = firstNonBlank(doc.select("html").attr("lang"), meta(doc, "og:locale"));
        List<String> captions = captions(doc);
        List<String> paragraphs = body(doc, ld, title);
        return new Article(blankToNull(canonical), title, byline, published, outlet, meta(doc, "article:section"),
                captions, paragraphs, language == null ? null : language.toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return e == null ? null : blankToNull(CleanText.line(e.attr("content")));
    }

    private static String title(Document doc, JsonLd ld, String outlet) {
        String og = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"), ld.text("headline"));
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        String heading = h1 == null ? null : blankToNull(CleanText.line(h1.text()));
        String candidate = firstNonBlank(og, heading, CleanText.line(doc.title()));
        return candidate == null ? "" : withoutSiteName(candidate, outlet, heading);
    }

    /** "Headline | Outlet" becomes "Headline": the part that is not the outlet, or the longest part. */
    private static String withoutSiteName(String title, String outlet, String heading) {
        if (heading != null && title.startsWith(heading) && !heading.equals(title)) {
            return heading;
        }
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String best = parts[0];
        for (String part : parts) {
            if (outlet != null && part.equalsIgnoreCase(outlet)) {
                continue;
            }
            if (part.length() > best.length()) {
                best = part;
            }
        }
        return best.strip();
    }

    private static List<String> byline(Document doc, JsonLd ld) {
        Set<String> names = new LinkedHashSet<>();
        for (String n : ld.names("author")) {
            addName(names, n);
        }
        if (names.isEmpty()) {
            addName(names, meta(doc, "author"));
            String articleAuthor = meta(doc, "article:author");
            if (articleAuthor != null && !articleAuthor.startsWith("http")) {
                addName(names, articleAuthor);
            }
        }
        if (names.isEmpty()) {
            for (Element e : doc.select("[rel=author], [itemprop=author], .byline, .author-name, .author")) {
                addName(names, e.text());
                if (!names.isEmpty()) {
                    break;
                }
            }
        }
        return List.copyOf(names);
    }

    private static void addName(Set<String> names, String raw) {
        String name = raw == null ? "" : BY_PREFIX.matcher(CleanText.line(raw)).replaceFirst("");
        if (!name.isEmpty() && name.length() <= 100) {
            names.add(name);
        }
    }

    private static LocalDate published(Document doc, JsonLd ld) {
        List<String> candidates = new ArrayList<>();
        candidates.add(meta(doc, "article:published_time"));
        candidates.add(ld.text("datePublished"));
        for (String name : List.of("datePublished", "pubdate", "publishdate", "publish-date", "date", "dc.date",
                "DC.date.issued", "dcterms.date", "sailthru.date", "parsely-pub-date", "og:published_time")) {
            candidates.add(meta(doc, name));
        }
        for (Element e : doc.select("[itemprop=datePublished], time[pubdate], article time[datetime], time[datetime]")) {
            candidates.add(firstNonBlank(e.attr("datetime"), e.attr("content"), e.text()));
        }
        candidates.add(ld.text("dateCreated"));
        for (String c : candidates) {
            var date = PublicationDates.parse(c);
            if (date.isPresent()) {
                return date.get();
            }
        }
        return null;
    }

    private static List<String> captions(Document doc) {
        Set<String> captions = new LinkedHashSet<>();
        for (Element e : doc.select("figcaption, .caption, .wp-caption-text")) {
            String text = CleanText.line(e.text());
            if (!text.isEmpty()) {
                captions.add(text);
            }
        }
        return List.copyOf(captions);
    }

    private static List<String> body(Document doc, JsonLd ld, String title) {
        Element root = doc.body();
        root.select(REMOVED_TAGS).remove();
        root.select("figure, figcaption, .caption, .wp-caption-text").remove();
        removeBoilerplate(root);
        Element container = bestContainer(root);
        List<String> paragraphs = paragraphs(container, title);
        String articleBody = ld.text("articleBody");
        if (articleBody != null && articleBody.length() > 1.5 * length(paragraphs)) {
            paragraphs = new ArrayList<>();
            for (String p : articleBody.split("\\n+")) {
                String line = CleanText.line(p);
                if (!line.isEmpty()) {
                    paragraphs.add(line);
                }
            }
        }
        return paragraphs;
    }

    private static void removeBoilerplate(Element root) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root || e.tagName().equals("article") || e.tagName().equals("main")) {
                continue;
            }
            String hints = e.className() + " " + e.id();
            if (!hints.isBlank() && BOILERPLATE.matcher(hints).find() && !hints.toLowerCase(Locale.ROOT).contains("article-body")) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
    }

    /** The element whose own paragraphs carry the most text, links discounted; the article element when it has one. */
    private static Element bestContainer(Element root) {
        Element best = root;
        double bestScore = 0;
        for (Element p : root.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            double score = score(parent);
            if (score > bestScore) {
                bestScore = score;
                best = parent;
            }
        }
        Element marked = root.selectFirst("[itemprop=articleBody], article");
        if (marked != null && marked.text().length() >= 0.8 * best.text().length() && best != root && isAncestor(marked, best)) {
            return marked;
        }
        return best == root ? root : widen(best);
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** A body split over sibling blocks ("article split across several containers") is taken whole from their parent. */
    private static Element widen(Element best) {
        Element parent = best.parent();
        if (parent == null) {
            return best;
        }
        double own = score(best);
        double siblings = 0;
        for (Element sibling : parent.children()) {
            if (sibling != best && sibling.tagName().equals(best.tagName())) {
                siblings += score(sibling);
            }
        }
        return siblings > 0.3 * own ? parent : best;
    }

    private static double score(Element container) {
        double score = 0;
        for (Element child : container.children()) {
            if (child.tagName().equals("p")) {
                String text = child.text();
                int linkChars = child.select("a").text().length();
                score += Math.max(0, text.length() - 2 * linkChars) + (text.contains(",") ? 10 : 0);
            }
        }
        return score;
    }

    private static List<String> paragraphs(Element container, String title) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Elements blocks = container.select(BLOCKS);
        for (Element e : blocks) {
            if (hasBlockAncestorWithin(e, container)) {
                continue;
            }
            String text = CleanText.line(e.text());
            if (text.length() < MIN_PARAGRAPH_CHARS || text.equals(title) || !seen.add(text)) {
                continue;
            }
            int linkChars = e.select("a").text().length();
            if (e.tagName().equals("li") && linkChars > 0.5 * text.length()) {
                continue;
            }
            out.add(text);
        }
        if (out.isEmpty()) {
            String text = CleanText.line(container.text());
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    /** A block inside another block of the same extraction (a {@code p} in a {@code blockquote}) is read with its outer block. */
    private static boolean hasBlockAncestorWithin(Element e, Element container) {
        for (Element x = e.parent(); x != null && x != container; x = x.parent()) {
            if (x.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static int length(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
