package org.sitrep.extract;

import static org.sitrep.extract.PageMeta.firstNonBlank;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.sitrep.core.PublicationDates;

/** A page's headline, as the reader sees it and without the site's name. */
final class Headline {
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—•·»-]\\s+|\\s+::\\s+");
    /** A main heading shorter than this is a logo or a section name, not a headline. */
    private static final int MIN_HEADLINE_CHARS = 10;
    /** Site names are a few words long; a longer part that writes the host's name is a headline about the site. */
    private static final int MAX_SITE_NAME_WORDS = 4;
    /** A part styled as a line of its own follows a whole word; shorter runs are names cut by markup ("Mc", "Mac"). */
    private static final int MIN_WORD_BEFORE_BLOCK = 4;
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
        for (Element h1 : doc.select("h1")) {
            String heading = withoutSuffix(CleanText.line(Parser.unescapeEntities(textOf(h1), false)), siteNames);
            if (heading.length() < MIN_HEADLINE_CHARS || siteNames.stream().anyMatch(heading::equalsIgnoreCase)) {
                continue;
            }
            if (host.isNamedBy(heading)) {
                logo = heading;
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
            candidate = candidate.substring(logo.length()).replaceFirst("^[\\s:|–—-]+", "");
        }
        return candidate == null ? "" : withoutSiteName(candidate, outlet, first, host);
    }

    /**
     * The heading as the page's own title writes the same words: a heading set in capitals ("BEST DRIP COFFEE MAKER IN
     * 2026") gives way to a title in mixed case on the same subject, since capitals hide how the headline is written;
     * a heading led by its date ("Dec 18 2025 Preparing a transition") or by a kicker the titles leave out ("Blog:
     * Best ...") is the markup's styling, not the headline's wording.
     */
    private static String asTitled(String heading, List<String> titles) {
        boolean capitals = heading.chars().noneMatch(Character::isLowerCase) && heading.chars().anyMatch(Character::isUpperCase);
        String date = PublicationDates.findIn(heading);
        String undated = date != null && heading.startsWith(date) ? HeadlineWords.letters(heading.substring(date.length())) : null;
        Matcher kicker = KICKER.matcher(heading);
        String unlabelled = kicker.matches() ? HeadlineWords.letters(kicker.group(1)) : null;
        for (String title : titles) {
            String t = HeadlineWords.letters(title);
            boolean mixedCase = title.chars().anyMatch(Character::isLowerCase);
            if (capitals && mixedCase && HeadlineWords.shared(heading, title) >= HeadlineWords.MIN_SHARED
                    || t.equals(undated) || t.equals(unlabelled)) {
                return title;
            }
        }
        return heading;
    }

    /**
     * The heading's text, with a space where a part styled as a line of its own ({@code <span class="block">}) meets
     * the text before it: a lower-case word of four letters or more against a capital across an element's edge
     * ("Alternatives" then "Top"), which jsoup's text joins into one word. Within one text node such a pair is a word
     * ("iPhone", "McCain").
     */
    private static String textOf(Element heading) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                String s = text.text();
                if (!s.isEmpty() && endsWord(out) && Character.isUpperCase(s.charAt(0))) {
                    out.append(' ');
                }
                out.append(s);
            } else if (node instanceof Element e && depth > 0 && (e.isBlock() || e.normalName().equals("br"))) {
                out.append(' ');
            }
        }, heading);
        return out.toString();
    }

    /** Whether the text ends on a lower-case word of at least four letters: a whole word, not "Mc" of "McCain". */
    private static boolean endsWord(CharSequence text) {
        int letters = 0;
        for (int i = text.length() - 1; i >= 0 && Character.isLetter(text.charAt(i)); i--) {
            letters++;
        }
        return letters >= MIN_WORD_BEFORE_BLOCK && Character.isLowerCase(text.charAt(text.length() - 1));
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
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        for (String part : parts) {
            if (!namesSite(part.strip(), outlet, host)) {
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
