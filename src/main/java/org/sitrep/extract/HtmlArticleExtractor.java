package org.sitrep.extract;

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

/**
 * Extracts an article from an HTML page: metadata from meta tags, JSON-LD and {@code <time>}; the body from the
 * block of the page with the most paragraph text, with navigation, menus, footers, share bars and related-story
 * lists removed; photo captions ({@code figcaption}) kept apart.
 */
final class HtmlArticleExtractor {
    /** Class and id words of boilerplate; "has-video" and "with-sidebar" say what a block holds, not what it is. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?:^|[-_\\s])(?<!has-|with-)(?:nav|navbar|navigation|menu|footer|share|sharing|social|related|comments?|cookies?|newsletter|promo|"
                    + "advert|ads|ad-slot|breadcrumbs?|sidebar|subscribe|subscription|popup|modal|tags|recommended|"
                    + "most-popular|most-read|outbrain|taboola|signup|paywall|byline|author-bio|toolbar|masthead|cta|donate|donation|consent|gdpr|swiper|slider|trending|"
                    // What the issue of real pages found leaking (issue 15): the paywall's and the sponsor's notices, fact
                    // boxes beside the story, pull quotes that repeat it, video players with their titles and loading
                    // messages, photo credits.
                    + "regwall|piano|sponsor|sponsored|fact-?box|info-?box|fast-?facts|key-?facts|quick-?facts|pull-?quote|pullquote|"
                    + "video|video-?player|jwplayer|loading|spinner|credits?|"
                    // A messenger box invites the reader to chat with the site.
                    + "messenger)(?:$|[-_\\s])",
            Pattern.CASE_INSENSITIVE);
    private static final String ARTICLE_BODY = "[itemprop=articleBody], [class~=(?i)(?:^|\\s)(?:article|story|post|entry)[-_]{0,2}(?:body|content|text)(?:$|\\s)], "
            + "[id~=(?i)^(?:article|story|post|entry)[-_]{0,2}(?:body|content|text)]";
    private static final int MIN_ARTICLE_BODY_CHARS = 1000;
    /** An HTML tag: "<p>", "</p>", "<a href='...'>", "<br/>"; "a < b" is none. */
    private static final Pattern MARKUP = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern NAVIGATION = Pattern.compile("(?i)nav|menu|breadcrumb|toolbar");
    /** Navigation blocks with less text than this are removed whatever their links. */
    private static final int MIN_NAVIGATION_TEXT = 500;
    private static final double MIN_NAVIGATION_LINK_SHARE = 0.2;
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
    /** A block with more than this share of the page's paragraph text is the article, whatever its class says. */
    private static final double MAX_BOILERPLATE_SHARE = 0.4;
    /** Links side by side in a span of running text that make it a hover card, not prose. */
    private static final int MIN_HOVER_CARD_LINKS = 3;
    /** Teasers of other stories hold less running text than this each, on average. */
    private static final int MAX_TEASER_CHARS = 1000;

    Article extract(String html, String url) {
        return read(html, url).article();
    }

    /** Where the page's publication day was read, as {@link #extract} reads it; {@link PublishedDate.Found#NONE} if nowhere. */
    PublishedDate.Found publishedFrom(String html, String url) {
        return read(html, url).published();
    }

    /** An article and where its publication day was read. */
    private record Read(Article article, PublishedDate.Found published) {
    }

    private Read read(String page, String url) {
        String html = UnclosedTitle.closed(page);
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        String archived = ArchivedCopy.originalAddress(doc);
        ArchivedCopy.removeToolbar(doc);
        JsonLd ld = JsonLd.of(doc);
        PageMeta meta = PageMeta.of(doc);
        String outlet = firstNonBlank(meta.content("og:site_name"), ld.names("publisher").stream().findFirst().orElse(null),
                meta.content("application-name"));
        String title = Headline.of(doc, meta, ld, outlet);
        List<String> byline = Byline.of(doc, meta, ld, outlet);
        PublishedDate.Found published = PublishedDate.of(doc, meta, ld, new PublishedDate.Addresses(url, archived), title);
        String canonical = firstNonBlank(storyAddress(meta.absoluteCanonical(), url), storyAddress(meta.content("og:url"), url), url);
        List<String> captions = Figures.captions(doc);
        var image = Figures.lead(doc, meta, ld);
        // Parsed once for both looks below: a CMS may have put the body's whole HTML there.
        List<String> stated = statedBody(ld.text("articleBody"));
        List<String> paragraphs = body(doc, stated, title, true);
        if (paragraphs.isEmpty()) {
            // Class names are hints: a page that wraps its article in "subscription-replace-entire-article" loses it
            // all to them, so a second look spares the blocks whose names also speak of the article.
            paragraphs = body(Jsoup.parse(html, url == null ? "" : url), stated, title, false);
        }
        // The byline printed again above the text is the byline, not the article's first paragraph.
        paragraphs = paragraphs.stream().filter(p -> !BylineLine.repeats(p, byline)).toList();
        String language = DeclaredLanguage.of(doc, meta);
        published = NumericDateOrder.reread(doc, language, paragraphs, published);
        if (published.day() == null) {
            published = PublishedDate.inDateline(paragraphs);
        }
        if (published.day() == null) {
            published = PublishedDate.updated(doc);
        }
        if (published.day() == null) {
            published = YearlessStamp.of(doc);
        }
        if (published.day() == null) {
            published = HostedNewsExpiry.of(doc, url);
        }
        if (published.day() == null) {
            published = WeekdayAgreedDate.of(doc, paragraphs);
        }
        if (published.day() == null) {
            published = WeekdayStamp.of(doc, title);
        }
        if (published.day() == null) {
            published = YearlessDateline.of(doc, paragraphs);
        }
        if (published.day() == null) {
            published = ArchivedCopy.of(doc, paragraphs);
        }
        java.time.YearMonth month = published.day() == null ? PublishedMonth.of(doc) : null;
        if (published.day() == null && month == null) {
            month = PublishedMonth.inAddresses(canonical, url, archived);
        }
        return new Read(new Article(blankToNull(canonical), title, byline, published.day(), outlet, meta.content("article:section"),
                captions, paragraphs, language, image, published.time(), month,
                BlockQuotations.of(doc, paragraphs)), published);
    }


    /**
     * The address a page declares for itself, or null when it declares none or its site's front page while it was read
     * from a story's address: some sites give every page the front page as canonical link, which would make all their
     * stories one.
     */
    private static String storyAddress(String declared, String readFrom) {
        if (declared == null || declared.isBlank() || readFrom == null || isFrontPage(readFrom)) {
            return declared;
        }
        return isFrontPage(declared) ? null : declared;
    }

    private static boolean isFrontPage(String address) {
        try {
            java.net.URI uri = java.net.URI.create(address.strip().replace(" ", "%20"));
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            return uri.getRawQuery() == null && (path.isEmpty() || path.equals("/"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The article's paragraphs, without page furniture and blocks whose class or id names boilerplate; {@code strict}
     * false spares those whose names speak of the article too.
     */
    private static List<String> body(Document doc, List<String> stated, String title, boolean strict) {
        Element root = doc.body();
        root.select(REMOVED_TAGS).remove();
        MarkupFurniture.removeScreenReaderNotes(root);
        removeHoverCards(root);
        removeBoilerplate(root, strict);
        List<String> paragraphs = MainContent.paragraphs(root, root.selectFirst("[itemprop=articleBody]"), title);
        return length(stated) > 1.5 * length(paragraphs) ? stated : paragraphs;
    }

    /**
     * Removes the cards a page shows when the pointer rests on a name in the text: a span inside a paragraph that
     * holds links to other stories side by side with nothing between them ("Rep. <a>Ilhan Omar</a><span><img><a>Ilhan
     * Omar</a><a>Hillicon Valley: ...</a><a>Progressives oppose ...</a></span> (D-Minn.)"), which prose never writes.
     */
    private static void removeHoverCards(Element root) {
        for (Element span : root.select("p span")) {
            long links = span.children().stream().filter(c -> c.normalName().equals("a")).count();
            boolean onlyLinks = span.children().stream().allMatch(c -> c.normalName().equals("a") || c.text().isBlank());
            if (links >= MIN_HOVER_CARD_LINKS && onlyLinks && span.ownText().isBlank()) {
                span.remove();
            }
        }
    }

    /**
     * The paragraphs of a JSON-LD {@code articleBody}: its lines, or, where a CMS put the body's HTML there
     * ({@code "<html><head>...<p>Mark Dings donated ..."}), the blocks of that HTML. Empty when there is none.
     */
    private static List<String> statedBody(String articleBody) {
        if (articleBody == null) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        if (MARKUP.matcher(articleBody).find()) {
            Element body = Jsoup.parseBodyFragment(articleBody).body();
            body.select(REMOVED_TAGS).remove();
            TextBlocks.of(body).forEach(b -> paragraphs.add(b.text()));
            return paragraphs;
        }
        for (String p : articleBody.split("\\n+")) {
            String line = CleanText.line(p);
            if (!line.isEmpty()) {
                paragraphs.add(line);
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
        furniture.addAll(MarkupFurniture.sideColumns(root));
        furniture.removeIf(HtmlArticleExtractor::isFoldedContent);
        // Articles inside an article are teasers of other stories (a heading and a line or two each), unless they are
        // long and hold much of the page's text together: then they are the items of a list article.
        var nested = root.select("article article");
        int nestedChars = nested.stream().mapToInt(MainContent::substantialChars).sum();
        if (nestedChars <= MAX_BOILERPLATE_SHARE * total || nestedChars < MAX_TEASER_CHARS * nested.size()) {
            furniture.addAll(nested);
        }
        Element articleBody = articleBody(root);
        List<Element> doomed = new ArrayList<>();
        // Whatever lies inside a doomed block goes with it: skipping it keeps nested hints from being measured again.
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element e && e != root && (furniture.contains(e) || isBoilerplate(e, strict))
                        && MainContent.substantialChars(e) <= MAX_BOILERPLATE_SHARE * total && !holdsArticleBody(e, articleBody)) {
                    doomed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        doomed.forEach(Element::remove);
    }


    /**
     * Whether a hidden element is the article's own text, folded until the reader opens it: an accordion's panel
     * ({@code role=region} or {@code tabpanel}, "display:none" until its heading is clicked), or a block a streaming React
     * page sends hidden ({@code <div hidden id="S:0">}) for a script to move into place.
     */
    private static boolean isFoldedContent(Element e) {
        String role = e.attr("role");
        return role.equals("region") || role.equals("tabpanel") || e.hasAttr("hidden") && e.id().startsWith("S:");
    }

    /**
     * The one element named as the article's body ("article-body", "post-content", {@code itemprop=articleBody}),
     * when the page has one and it holds text; {@code null} when it has none or several (a page of stories).
     */
    private static Element articleBody(Element root) {
        // A plain list: jsoup's Elements would take what is removed from it out of the page too.
        List<Element> named = new ArrayList<>(root.select(ARTICLE_BODY));
        // One body may be named twice, by a wrapper and by the element inside it: the outermost counts.
        List<Element> bodies = named.stream().filter(b -> b.parents().stream().noneMatch(named::contains)).toList();
        return bodies.size() == 1 && MainContent.substantialChars(bodies.get(0)) >= MIN_ARTICLE_BODY_CHARS ? bodies.get(0) : null;
    }

    /**
     * Whether the block is the article's body ("entry__content steady-paywall-container" names the paywall that
     * shows its first part) or most of its text is: a layout wrapper named "toc-content-sidebar" holds the article
     * beside its sidebar.
     */
    private static boolean holdsArticleBody(Element e, Element body) {
        return body != null && (body == e || body.parents().contains(e)
                && MainContent.substantialChars(body) >= 0.5 * MainContent.substantialChars(e));
    }

    private static boolean isBoilerplate(Element e, boolean strict) {
        if (e.normalName().equals("article") || e.normalName().equals("main")) {
            return false;
        }
        // What the page says an element is for screen readers and tests ("aria-label=Related stories") names it too.
        String hints = e.className() + " " + e.id() + " " + e.attr("aria-label") + " " + e.attr("data-testid");
        // Forms are search boxes and sign-ups, except on sites that wrap the whole page in one.
        if (e.normalName().equals("form")) {
            return true;
        }
        if (hints.isBlank()) {
            return false;
        }
        var named = BOILERPLATE.matcher(hints);
        if (!named.find() || hints.toLowerCase(Locale.ROOT).contains("article-body") || !strict && ARTICLE_HINT.matcher(hints).find()) {
            return false;
        }
        // A "social-media-embed" holding a blockquote is a post the article quotes (a tweet, an Instagram caption):
        // what someone said, not a share bar; sites put tweets in the "video-container" they size embeds with.
        String name = named.group().toLowerCase(Locale.ROOT);
        if ((name.contains("social") || name.contains("video")) && e.selectFirst("blockquote") != null) {
            return false;
        }
        // Navigation is links: a "content-nav-section" of running text is the article.
        return !NAVIGATION.matcher(named.group()).find() || isMostlyLinks(e);
    }

    /** Whether links hold a fair share of the block's text, or it has little text: what navigation looks like. */
    private static boolean isMostlyLinks(Element e) {
        int chars = e.text().length();
        if (chars < MIN_NAVIGATION_TEXT) {
            return true;
        }
        int linked = 0;
        for (Element a : e.select("a")) {
            linked += a.text().length();
        }
        return linked >= MIN_NAVIGATION_LINK_SHARE * chars;
    }

    private static int length(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }


    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
