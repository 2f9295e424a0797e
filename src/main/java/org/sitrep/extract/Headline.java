package org.sitrep.extract;

import static org.sitrep.extract.PageMeta.firstNonBlank;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.sitrep.core.PublicationDates;

/** A page's headline, as the reader sees it and without the site's name. */
final class Headline {
    /** What parts a title: an em dash is no separator but before the site's name, as headlines use it in their text. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–•·»-]\\s+|\\s+::\\s+");
    /**
     * The main headings: {@code <h1>}, and a lesser heading that says it is the entry's title, as blog templates mark
     * the post's title below a {@code <h1>} that holds the blog's name; one that holds a link is a card in a list of
     * posts.
     */
    private static final String HEADINGS = "h1, h2.entry-title, h3.entry-title, h2.post-title, h3.post-title, h2[itemprop=headline], h3[itemprop=headline]";
    /** WordPress's default theme titles a post "Site » Blog Archive » Headline". */
    private static final Pattern ARCHIVE_LABEL = Pattern.compile("(?i)blog[ -]?archiv(?:e|es)?");
    private static final Pattern QUESTION_MARKS = Pattern.compile("\\?+");
    /** More runs of "?" than this in a heading are its own, not characters the page lost. */
    private static final int MAX_LOST_RUNS = 4;
    /** A main heading shorter than this is a logo or a section name, not a headline. */
    private static final int MIN_HEADLINE_CHARS = 10;
    /** Site names are a few words long; a longer part that writes the host's name is a headline about the site. */
    private static final int MAX_SITE_NAME_WORDS = 4;
    /** A kicker before the headline: "Blog:", "Exclusive:", "Live updates:". */
    private static final Pattern KICKER = Pattern.compile("^\\p{L}+(?:\\s\\p{L}+)?:\\s+(.+)$");

    private Headline() {
    }

    /**
     * The headline as the reader sees it: of the main headings that are not the site's name, the one that agrees best
     * with the page's own titles (social, JSON-LD, document) once their site names are cut, since logos, menus and
     * category names are marked up as {@code <h1>} too, and a logo shares the site's name with every title; else the
     * social or JSON-LD title, else the document title, without the site's name.
     */
    static String of(Document doc, PageMeta meta, JsonLd ld, String outlet) {
        String og = firstNonBlank(meta.content("og:title"), meta.content("twitter:title"), ld.text("headline"));
        String docTitle = blankToNull(CleanText.line(documentTitle(doc)));
        SiteHost host = SiteHost.of(doc, meta);
        List<String> siteNames = siteNames(outlet, docTitle, host);
        String reference = String.join(" ",
                nonNull(og, ld.text("headline"), docTitle).stream().map(t -> withoutNames(t, outlet, host)).toList());
        String first = null;
        String logo = null;
        String best = null;
        double bestShare = 0;
        List<String> addresses = PageAddress.of(doc, meta);
        for (Element element : doc.select(HEADINGS)) {
            String heading = asHeading(CleanText.line(Parser.unescapeEntities(HeadingText.of(element), false)), docTitle, siteNames, outlet, host);
            if (heading.length() < MIN_HEADLINE_CHARS || siteNames.stream().anyMatch(heading::equalsIgnoreCase)) {
                continue;
            }
            if (host.isNamedBy(heading) || leadsTitle(heading, docTitle, og, outlet, host) || PageAddress.linksHome(element)) {
                logo = heading;
                continue;
            }
            if (isCard(element, addresses)) {
                continue;
            }
            if (reference.length() < MIN_HEADLINE_CHARS) {
                best = heading;
                break;
            }
            double share = HeadlineWords.shared(heading, reference);
            if (share >= HeadlineWords.MIN_SHARED && share > bestShare) {
                best = heading;
                bestShare = share;
            }
            first = first == null ? heading : first;
        }
        if (best != null) {
            return asTitled(best, nonNull(og, docTitle).stream().map(t -> withoutSiteName(t, outlet, null, host)).toList());
        }
        String candidate = firstNonBlank(og, docTitle, first);
        // "davidbau.com Vibe Coding": a title led by the logo's name with no separator to cut at.
        if (candidate != null && logo != null && candidate.regionMatches(true, 0, logo, 0, logo.length())
                && candidate.length() > logo.length() + 1) {
            candidate = candidate.substring(logo.length()).replaceFirst("^[\\s:|–—»·•-]+", "");
        }
        String title = candidate == null ? "" : withoutSiteName(candidate, outlet, first, host);
        if (first == null && og == null) {
            // Old templates with no heading and no social title set the story's headline in a span or div of class
            // "headline" and title every page with the site's name ("580 CFRA - News Talk Radio").
            String marked = markedHeadline(doc, addresses);
            return marked != null ? marked : title;
        }
        return title;
    }

    /** The first element of class "headline" long enough to be one and no card of another story; {@code null} if none. */
    private static String markedHeadline(Document doc, List<String> addresses) {
        for (Element e : doc.select(".headline")) {
            String text = CleanText.line(Parser.unescapeEntities(HeadingText.of(e), false));
            if (text.length() >= MIN_HEADLINE_CHARS && !isCard(e, addresses)) {
                return text;
            }
        }
        return null;
    }

    /**
     * Whether the heading is a card of another story: all one link to another page of the site, or an entry title
     * below the main heading that links anywhere (a list of posts; the post's own title is plain text).
     */
    private static boolean isCard(Element heading, List<String> addresses) {
        return PageAddress.linksElsewhere(heading, addresses)
                || !heading.normalName().equals("h1") && heading.selectFirst("a[href]:not([href=''])") != null;
    }

    /**
     * Whether the heading is the name that leads a "Site: Headline" document title whose rest is the social title
     * ("Engora Data Blog: Small adventures with small language models"), as blog templates write it.
     */
    private static boolean leadsTitle(String heading, String docTitle, String og, String outlet, SiteHost host) {
        if (docTitle == null || og == null || !docTitle.regionMatches(true, 0, heading, 0, heading.length())
                || !docTitle.startsWith(":", heading.length())) {
            return false;
        }
        String rest = docTitle.substring(heading.length() + 1).strip();
        return rest.equalsIgnoreCase(og.strip()) && !namesSite(rest, outlet, host);
    }

    /**
     * The heading as the page's own title writes the same words: a heading set in capitals ("BEST DRIP COFFEE MAKER IN
     * 2026") gives way to a title in mixed case on the same subject, since capitals hide how the headline is written;
     * a heading led by its date ("Dec 18 2025 Preparing a transition") or by a kicker the titles leave out ("Blog:
     * Best ...") is the markup's styling, not the headline's wording; a heading whose characters the page lost to a
     * question mark ("Beginner? Guide") is the title that writes them ("Beginner's Guide").
     */
    private static String asTitled(String heading, List<String> titles) {
        boolean capitals = heading.chars().noneMatch(Character::isLowerCase) && heading.chars().anyMatch(Character::isUpperCase);
        String date = PublicationDates.findIn(heading);
        String undated = date != null && heading.startsWith(date) ? HeadlineWords.letters(heading.substring(date.length())) : null;
        Matcher kicker = KICKER.matcher(heading);
        String unlabelled = kicker.matches() ? HeadlineWords.letters(kicker.group(1)) : null;
        Pattern lost = lostCharacters(heading);
        for (String title : titles) {
            String t = HeadlineWords.letters(title);
            boolean mixedCase = title.chars().anyMatch(Character::isLowerCase);
            if (capitals && mixedCase && HeadlineWords.shared(heading, title) >= HeadlineWords.MIN_SHARED
                    || t.equals(undated) || t.equals(unlabelled) || lost != null && lost.matcher(title).matches()) {
                return title;
            }
        }
        return heading;
    }

    /**
     * The heading with each "?" matching any one or two characters other than space: what a page whose encoding lost
     * characters shows ("Event Planning? Beginner? Guide" for "Event Planning: Beginner's Guide"); null when the
     * heading has no "?", or more runs of them than MAX_LOST_RUNS, which a lost character or two does not leave and
     * which would make the match slow.
     */
    private static Pattern lostCharacters(String heading) {
        Matcher marks = QUESTION_MARKS.matcher(heading);
        StringBuilder regex = new StringBuilder();
        int runs = 0;
        int last = 0;
        while (marks.find()) {
            if (++runs > MAX_LOST_RUNS) {
                return null;
            }
            int n = marks.end() - marks.start();
            regex.append(Pattern.quote(heading.substring(last, marks.start()))).append("\\S{").append(n).append(',').append(2 * n).append('}');
            last = marks.end();
        }
        return runs == 0 ? null : Pattern.compile(regex.append(Pattern.quote(heading.substring(last))).toString());
    }

    /**
     * The outlet's name and the parts after the first of a "Headline | Section | Outlet" document title: the names a
     * logo or section heading shows, and that headings end with. A later part longer than the first is the headline
     * of a "Section - Headline" title ("News - Elder: Aus dem Ghetto nach Augusta"), unless it writes the host's name
     * ("blog | Echte Demokratie Jetzt! Occupy").
     */
    private static List<String> siteNames(String outlet, String docTitle, SiteHost host) {
        List<String> names = new ArrayList<>();
        if (outlet != null) {
            names.add(outlet);
        }
        String[] parts = docTitle == null ? new String[0] : TITLE_SEPARATOR.split(docTitle);
        int longest = 0;
        for (int i = 1; i < parts.length; i++) {
            longest = parts[i].strip().length() > parts[longest].strip().length() ? i : longest;
        }
        for (int i = 1; i < parts.length; i++) {
            if (i != longest || namesSite(parts[i].strip(), outlet, host)) {
                names.add(parts[i].strip());
            }
        }
        return names;
    }

    /**
     * The page's {@code <title>}: in its head, else the first outside an SVG drawing, where a server's warning printed
     * before the page ("Warning: mysql_get_server_info() ...") put the head's elements into the body; empty if none.
     */
    private static String documentTitle(Document doc) {
        String title = doc.title();
        if (!title.isBlank()) {
            return title;
        }
        Element anywhere = doc.selectFirst("title:not(svg title)");
        return anywhere == null ? "" : anywhere.text();
    }

    /**
     * A main heading without the site's name: a heading that prints the whole document title, closed by the site's
     * name ("Headline | Section | Outlet"), is cut as the title is; else a closing site name is cut ("Headline – Outlet").
     */
    private static String asHeading(String heading, String docTitle, List<String> siteNames, String outlet, SiteHost host) {
        if (docTitle != null && heading.equalsIgnoreCase(docTitle)) {
            String[] parts = TITLE_SEPARATOR.split(docTitle);
            if (parts.length > 2 && namesSite(parts[parts.length - 1].strip(), outlet, host)) {
                return withoutSiteName(heading, outlet, null, host);
            }
        }
        return withoutSuffix(heading, siteNames);
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

    /**
     * "Headline | Outlet" becomes "Headline": the first part that is neither the outlet nor the host's name. Site
     * names lead a title ("Frommers | The 10 Best ...") less often than they close it, and a site's name is often
     * longer than its page's ("Website Design Portfolio | Thrive Internet Marketing").
     */
    private static String withoutSiteName(String title, String outlet, String heading, SiteHost host) {
        if (heading != null && title.startsWith(heading) && !heading.equals(title)) {
            return heading;
        }
        int dash = title.lastIndexOf(" — ");
        if (dash > 0 && namesSite(title.substring(dash + 3).strip(), outlet, host)) {
            return withoutSiteName(title.substring(0, dash).strip(), outlet, heading, host);
        }
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        for (String part : parts) {
            if (!namesSite(part.strip(), outlet, host) && !ARCHIVE_LABEL.matcher(part.strip()).matches()) {
                return part.strip();
            }
        }
        return parts[0].strip();
    }

    /**
     * Whether a part of a title is the site's name: the outlet, or a short part that writes the host's name ("Psychiatry.org",
     * "The Objective Dad"); a headline may name its own site ("Microsoft ships ...").
     */
    private static boolean namesSite(String part, String outlet, SiteHost host) {
        return outlet != null && part.equalsIgnoreCase(outlet) || part.split("\\s+").length <= MAX_SITE_NAME_WORDS && host.isIn(part);
    }

    /** The title without its parts that name the site: the outlet, or a name written like the host's. */
    private static String withoutNames(String title, String outlet, SiteHost host) {
        String[] parts = TITLE_SEPARATOR.split(title);
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (!part.strip().equalsIgnoreCase(outlet) && !host.isIn(part)) {
                kept.add(part.strip());
            }
        }
        return parts.length < 2 || kept.isEmpty() ? title : String.join(" ", kept);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
