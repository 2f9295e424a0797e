package org.sitrep.extract;

import static org.sitrep.extract.PageMeta.content;
import static org.sitrep.extract.PageMeta.firstNonBlank;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.sitrep.core.PublicationDates;

/** A page's headline, as the reader sees it and without the site's name. */
final class Headline {
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—•·»-]\\s+|\\s+::\\s+");
    /** A main heading shorter than this is a logo or a section name, not a headline. */
    private static final int MIN_HEADLINE_CHARS = 10;

    private Headline() {
    }

    /**
     * The headline as the reader sees it: the first main heading that is not the site's name and that agrees with the
     * page's own titles (social, JSON-LD, document), since logos, menus and category names are marked up as
     * {@code <h1>} too; else the social or JSON-LD title, else the document title, without the site's name.
     */
    static String of(Document doc, JsonLd ld, String outlet) {
        String og = firstNonBlank(content(doc, "og:title"), content(doc, "twitter:title"), ld.text("headline"));
        String docTitle = blankToNull(CleanText.line(doc.title()));
        List<String> siteNames = siteNames(outlet, docTitle);
        String reference = String.join(" ", nonNull(og, ld.text("headline"), docTitle));
        String first = null;
        for (Element h1 : doc.select("h1")) {
            String heading = withoutSuffix(CleanText.line(Parser.unescapeEntities(h1.text(), false)), siteNames);
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
