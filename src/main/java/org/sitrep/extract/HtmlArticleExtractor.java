package org.sitrep.extract;

import static org.sitrep.extract.PageMeta.content;
import static org.sitrep.extract.PageMeta.firstNonBlank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
                    + "most-popular|most-read|outbrain|taboola|signup|paywall|byline|author-bio|toolbar|masthead|cta|donate|donation)(?:$|[-_\\s])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ARTICLE_HINT = Pattern.compile("(?i)article|story");
    private static final String REMOVED_TAGS = "script, style, noscript, template, svg, iframe, button, select, input, textarea";
    /**
     * Page furniture by its markup. Removed like class-hinted boilerplate, only when small: an unclosed
     * {@code <aside>} swallows the article that follows it, and streamed React pages hide the article in
     * {@code <div hidden>} until a script moves it. Captions are kept apart as captions; one site names the div of
     * its whole page "caption".
     */
    private static final String FURNITURE = "nav, footer, aside, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [aria-hidden=true], [hidden], [style~=display:\\s*none], [style~=visibility:\\s*hidden], "
            + "figure, " + Figures.CAPTIONS;
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—•·»-]\\s+|\\s+::\\s+");
    /** A main heading shorter than this is a logo or a section name, not a headline. */
    private static final int MIN_HEADLINE_CHARS = 10;
    /** A block with more than this share of the page's paragraph text is the article, whatever its class says. */
    private static final double MAX_BOILERPLATE_SHARE = 0.4;
    /** Teasers of other stories hold less running text than this each, on average. */
    private static final int MAX_TEASER_CHARS = 1000;

    Article extract(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        JsonLd ld = JsonLd.of(doc);
        String outlet = firstNonBlank(content(doc, "og:site_name"), ld.names("publisher").stream().findFirst().orElse(null),
                content(doc, "application-name"));
        String title = title(doc, ld, outlet);
        List<String> byline = Byline.of(doc, ld, outlet);
        PublishedDate.Found published = PublishedDate.of(doc, ld, url, title);
        String canonical = firstNonBlank(doc.select("link[rel=canonical]").attr("abs:href"), content(doc, "og:url"), url);
        String language = firstNonBlank(doc.select("html").attr("lang"), content(doc, "og:locale"));
        List<String> captions = Figures.captions(doc);
        var image = Figures.lead(doc, ld);
        List<String> paragraphs = body(doc, ld, title, true);
        if (paragraphs.isEmpty()) {
            // Class names are hints: a page that wraps its article in "subscription-replace-entire-article" loses it
            // all to them, so a second look spares the blocks whose names also speak of the article.
            paragraphs = body(Jsoup.parse(html, url == null ? "" : url), ld, title, false);
        }
        String lang = language == null ? null : language.toLowerCase(Locale.ROOT).replace('_', '-');
        return new Article(blankToNull(canonical), title, byline, published.day(), outlet, content(doc, "article:section"),
                captions, paragraphs, lang, image, published.time());
    }


    /**
     * The headline as the reader sees it: the first main heading that is not the site's name and that agrees with the
     * page's own titles (social, JSON-LD, document), since logos, menus and category names are marked up as
     * {@code <h1>} too; else the social or JSON-LD title, else the document title, without the site's name.
     */
    private static String title(Document doc, JsonLd ld, String outlet) {
        String og = firstNonBlank(content(doc, "og:title"), content(doc, "twitter:title"), ld.text("headline"));
        String docTitle = blankToNull(CleanText.line(doc.title()));
        List<String> siteNames = siteNames(outlet, docTitle);
        String reference = String.join(" ", nonNull(og, ld.text("headline"), docTitle));
        String first = null;
        for (Element h1 : doc.select("h1")) {
            String heading = withoutSuffix(CleanText.line(org.jsoup.parser.Parser.unescapeEntities(h1.text(), false)), siteNames);
            if (heading.length() < MIN_HEADLINE_CHARS || siteNames.stream().anyMatch(heading::equalsIgnoreCase)) {
                continue;
            }
            if (reference.isEmpty() || HeadlineWords.agree(heading, reference)) {
                return asTitled(heading, nonNull(og, docTitle).stream().map(t -> withoutSiteName(t, outlet, null)).toList());
            }
            first = first == null ? heading : first;
        }
        String candidate = firstNonBlank(og, docTitle, first);
        return candidate == null ? "" : withoutSiteName(candidate, outlet, first);
    }

    /**
     * The heading as the page's own title writes the same words: a heading set in capitals ("BEST DRIP COFFEE MAKER")
     * or led by its date ("Dec 18 2025 Preparing a transition") is the markup's styling, not the headline's wording.
     */
    private static String asTitled(String heading, List<String> titles) {
        boolean capitals = heading.chars().noneMatch(Character::isLowerCase) && heading.chars().anyMatch(Character::isUpperCase);
        String date = PublicationDates.findIn(heading);
        String words = HeadlineWords.letters(heading);
        String undated = date != null && heading.startsWith(date) ? HeadlineWords.letters(heading.substring(date.length())) : null;
        for (String title : titles) {
            String t = HeadlineWords.letters(title);
            if (capitals && words.equals(t) || t.equals(undated)) {
                return title;
            }
        }
        return heading;
    }

    /**
     * The outlet's name and the parts after the first of a "Headline | Section | Outlet" document title: the names a
     * logo or section heading shows, and that headings end with.
     */
    private static List<String> siteNames(String outlet, String docTitle) {
        List<String> names = new ArrayList<>();
        if (outlet != null) {
            names.add(outlet);
        }
        String[] parts = docTitle == null ? new String[0] : TITLE_SEPARATOR.split(docTitle);
        for (int i = 1; i < parts.length; i++) {
            names.add(parts[i].strip());
        }
        return names;
    }

    /** "Headline – Outlet" becomes "Headline" when the outlet is one of the site's names. */
    private static String withoutSuffix(String heading, List<String> siteNames) {
        for (String name : siteNames) {
            for (String sep : List.of(" – ", " - ", " | ", " — ", " • ", " · ", " » ")) {
                if (heading.endsWith(sep + name) && heading.length() > (sep + name).length()) {
                    return heading.substring(0, heading.length() - (sep + name).length()).strip();
                }
            }
        }
        return heading;
    }

    private static List<String> nonNull(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                out.add(v);
            }
        }
        return out;
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

    /**
     * The article's paragraphs, without page furniture and blocks whose class or id names boilerplate; {@code strict}
     * false spares those whose names speak of the article too.
     */
    private static List<String> body(Document doc, JsonLd ld, String title, boolean strict) {
        Element root = doc.body();
        root.select(REMOVED_TAGS).remove();
        removeBoilerplate(root, strict);
        List<String> paragraphs = MainContent.paragraphs(root, root.selectFirst("[itemprop=articleBody]"), title);
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

    /**
     * Removes blocks whose class or id names boilerplate, unless they hold a large share of the page's paragraph
     * text: class names are hints ("modal-enabled" on an article box), the text is evidence.
     */
    private static void removeBoilerplate(Element root, boolean strict) {
        double total = MainContent.substantialChars(root);
        Set<Element> furniture = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        furniture.addAll(root.select(FURNITURE));
        // Articles inside an article are teasers of other stories (a heading and a line or two each), unless they are
        // long and hold much of the page's text together: then they are the items of a list article.
        var nested = root.select("article article");
        int nestedChars = nested.stream().mapToInt(MainContent::substantialChars).sum();
        if (nestedChars <= MAX_BOILERPLATE_SHARE * total || nestedChars < MAX_TEASER_CHARS * nested.size()) {
            furniture.addAll(nested);
        }
        List<Element> doomed = new ArrayList<>();
        // Whatever lies inside a doomed block goes with it: skipping it keeps nested hints from being measured again.
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element e && e != root && (furniture.contains(e) || isBoilerplate(e, strict))
                        && MainContent.substantialChars(e) <= MAX_BOILERPLATE_SHARE * total) {
                    doomed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        doomed.forEach(Element::remove);
    }


    private static boolean isBoilerplate(Element e, boolean strict) {
        if (e.normalName().equals("article") || e.normalName().equals("main")) {
            return false;
        }
        String hints = e.className() + " " + e.id();
        // Forms are search boxes and sign-ups, except on sites that wrap the whole page in one.
        return e.normalName().equals("form")
                || !hints.isBlank() && BOILERPLATE.matcher(hints).find() && !hints.toLowerCase(Locale.ROOT).contains("article-body")
                && (strict || !ARTICLE_HINT.matcher(hints).find());
    }

    private static int length(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }


    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
