package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The authors of a page: JSON-LD and meta tags when they name people, else the byline the reader sees (an element
 * whose class, rel or link speaks of the author). Meta data often holds the outlet's name, a user handle or a profile
 * URL instead of a name; the visible byline wins over those.
 */
final class Byline {
    private static final Pattern BY_PREFIX = Pattern.compile(
            "^(?i:(?:[\\p{L}]+\\s+){1,4}(?:written|posted|authored)\\s+by\\s*:?|(?:[\\p{L}]+\\s+)?by\\s*:?|insights from|author\\s*:|authors\\s*:|texte?\\s*:|von\\s|por\\s|par\\s)\\s*");
    /** A date or a separator ends the byline: "Ziyi Xu, Dec 17, 2025", "Niko Matsakis · 5 min read". */
    private static final Pattern TAIL = Pattern.compile("\\s*(?:[·|•]|\\s(?:last updated?|updated|sponsored|at)$|,?\\s+(?:on|updated|published)\\s|,?\\s*(?:\\d{1,2}[./ ])?"
            + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|,?\\s*\\d{4}-\\d\\d|,?\\s*\\d{1,2}/\\d{1,2}/).*$",
            Pattern.CASE_INSENSITIVE);
    private static final String VISIBLE = "[rel=author], [itemprop=author], [class*=byline], [class*=Byline], "
            + "[class*=author], [class*=Author], a[href*=/author/], a[href*=/authors/]";
    private static final Pattern BY_LINE = Pattern.compile("^(?:[Ww]ritten |[Pp]osted )?[Bb]y:?\\s+\\p{Lu}");
    /** A label that a byline's name follows, alone in its element: "By", "Written by", "Article by", "Contributors:". */
    private static final Pattern BY_LABEL = Pattern.compile(
            "(?i)(?:(?:written|posted|article|story|words)\\s+)?by:?|(?:author|authors|contributors?|writer)\\s*:?");
    private static final Pattern BY_LABEL_START = Pattern.compile("^(?i:(?:(?:written|posted|article|story|words)\\s+)?by:?"
            + "|(?:author|authors|contributors?|writer)\\s*:?)\\s*");
    /** A link that says "By Manufacturer" browses a catalogue unless it leads to a person's page. */
    private static final Pattern PROFILE_LINK = Pattern.compile("(?i)author|people|person|staff|contributor|profile|writer|user|journalist|team");
    private static final String MENU_OR_FORM = "nav, [role=navigation], [role=menu], li[class*=menu], ul[class*=menu], "
            + "ul[class*=nav], form";
    /**
     * An author box's description ("dynamic-author-description") holds the author's titles, not the name; "bio" names
     * the whole box on other sites ("article-author-info user-bio-info"), the name in it.
     */
    private static final Pattern DESCRIPTION = Pattern.compile("(?i)descr");
    private static final String TOPIC = "a[href~=/(?:tags?|categor(?:y|ies)|topics?)/], [class~=(?i)(?:^|[-_\\s])(?:tags?|category|topic)(?:$|\\s)]";
    private static final Set<String> SKIPPED = Set.of("meta", "link", "body", "html", "article", "main", "section");
    private static final int MAX_NAME_CHARS = 100;
    private static final Pattern ROLE_AFTER_COMMA = Pattern.compile(",\\s+[^,]*\\s(?:of|for|at)\\s.*$");
    private static final int MAX_VISIBLE_CHARS = 80;
    private static final int MAX_BOX_PIECES = 2;
    /** "Roy, Aniruddha", "van der Merwe, Marna", "Kaufman, Jeff T.": the surname, a comma, the given names. */
    private static final Pattern SURNAME_FIRST = Pattern.compile("((?:\\p{L}+[\\s'-])*\\p{Lu}[\\p{L}'-]+),\\s*(\\p{Lu}[\\p{L}.'-]*(?:\\s\\p{Lu}[\\p{L}.'-]*)*)");

    private Byline() {
    }

    static List<String> of(Document doc, PageMeta tags, JsonLd ld, String outlet) {
        List<String> authors = new ArrayList<>();
        ld.names("author").forEach(n -> add(authors, n));
        if (authors.isEmpty()) {
            add(authors, tags.content("author"));
            // A story by several authors may give one tag each; scholarly pages write "Last, First".
            tags.contents("article:author").forEach(n -> add(authors, n));
            tags.contents("citation_author").forEach(n -> add(authors, firstNameFirst(n)));
            add(authors, tags.content("parsely-author"));
            // Slack's link previews: <meta name="twitter:label1" content="Written by"> and the name in twitter:data1.
            for (int i = 1; i <= 2; i++) {
                String label = tags.content("twitter:label" + i);
                String data = tags.content("twitter:data" + i);
                if (label != null && data != null && BY_LABEL.matcher(CleanText.line(label)).matches() && looksLikeName(clean(data))) {
                    add(authors, data);
                }
            }
        }
        if (outlet != null) {
            authors.replaceAll(n -> withoutOutlet(n, outlet));
        }
        boolean named = !authors.isEmpty() && authors.stream().allMatch(Byline::looksLikeName);
        // The outlet as author is right for wires and company blogs, but a person's byline on the page says more.
        SiteHost host = SiteHost.of(doc, tags);
        boolean outletOnly = named && authors.stream().allMatch(n -> namesSite(n, outlet, host));
        if (named && !outletOnly) {
            List<String> names = distinct(authors);
            // Meta data often names only the first of a story's authors; the byline shows them all.
            List<String> shown = names.size() == 1 ? visible(doc, outlet) : List.of();
            return shown.size() > 1 && CoAuthors.include(shown, names.get(0)) ? shown : names;
        }
        List<String> visible = visible(doc, outlet);
        if (!visible.isEmpty() && !(outletOnly && namesSite(visible.get(0), outlet, host))) {
            return visible;
        }
        return distinct(authors);
    }

    /** "Roy, Aniruddha" becomes "Aniruddha Roy"; a name written first name first stays as it is. */
    static String firstNameFirst(String name) {
        Matcher m = SURNAME_FIRST.matcher(name.strip());
        return m.matches() ? m.group(2) + " " + m.group(1) : name;
    }

    /** The outlet or the site by another spelling: "HomeAdvisor" for "Home Advisor", "Buzzsprout" on buzzsprout.com. */
    private static boolean namesSite(String name, String outlet, SiteHost host) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        String o = outlet == null ? "" : outlet.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return !n.isEmpty() && (n.equals(o) || !o.isEmpty() && (n.contains(o) || o.contains(n))) || host.isIn(name);
    }

    /** A name as names are compared: in lower case, a no-break space read as a space. */
    static String nameKey(String name) {
        return name.replace('\u00A0', ' ').toLowerCase(Locale.ROOT);
    }

    /** The names once each: a name written again, or inside another entry ("A and B", "A"), is dropped. */
    private static List<String> distinct(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String key = nameKey(n);
            boolean inOther = names.stream().anyMatch(o -> o != n && o.length() > n.length() && nameKey(o).contains(key));
            if (!inOther && out.stream().noneMatch(o -> nameKey(o).equals(key))) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * The names in an element that the page marks as the author, else in a short line that starts with "By" or follows
     * a label: the element's first piece of text that reads as a name, as bylines put the name first and a role, the
     * outlet or the date after it in elements of their own, and the names beside it ({@link CoAuthors}). Empty when
     * the page shows no byline.
     */
    private static List<String> visible(Document doc, String outlet) {
        for (Element e : doc.select(VISIBLE)) {
            if (!SKIPPED.contains(e.normalName()) && !inMenuOrForm(e) && !DESCRIPTION.matcher(e.className()).find()) {
                String name = firstName(e, outlet);
                if (name != null) {
                    return CoAuthors.of(e, name);
                }
            }
        }
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getElementsMatchingOwnText(BY_LINE)) {
            boolean browseLink = e.normalName().equals("a") && !PROFILE_LINK.matcher(e.attr("href")).find();
            String name = inMenuOrForm(e) || browseLink ? null : firstName(e, outlet);
            if (name != null) {
                return CoAuthors.of(e, name);
            }
        }
        for (Element label : doc.body() == null ? List.<Element>of() : doc.body().getElementsMatchingOwnText(BY_LABEL)) {
            String name = inMenuOrForm(label) ? null : afterLabel(label, outlet);
            if (name != null) {
                // "<p>Written by</p><p>Name</p>": the names are beside the label, in its parent.
                Element group = label.text().contains(name) || label.parent() == null ? label : label.parent();
                return CoAuthors.of(group, name);
            }
        }
        return List.of();
    }

    /** Menus offer "By State" and "By Category"; a comment form's "Name *" field is classed "comment-form-author". */
    private static boolean inMenuOrForm(Element e) {
        return e.closest(MENU_OR_FORM) != null;
    }

    /**
     * The name a label such as "Written by" or "Contributors:" introduces: inside the label's element after the word
     * ("By <a>Name</a>"), in the element after it ("<p>Written by</p><p>Name</p>"), or after it in its parent.
     */
    private static String afterLabel(Element label, String outlet) {
        // A table's "Author" column heading labels the cells below it, not the one beside it.
        if (!BY_LABEL.matcher(CleanText.line(label.ownText())).matches() || label.closest("table") != null) {
            return null;
        }
        List<String> pieces = new ArrayList<>();
        // "By <a>A. J. Neal</a> <a class=btn>View In Digital Edition</a>": the name is the element right after the label.
        Element first = label.firstElementChild();
        if (first != null && first.previousSibling() instanceof TextNode before && BY_LABEL.matcher(CleanText.line(before.text())).matches()) {
            pieces.add(CleanText.line(first.text()));
        }
        pieces.add(CleanText.line(label.text()));
        Element next = label.nextElementSibling();
        if (next != null) {
            pieces.add(CleanText.line(next.text()));
        }
        Element parent = label.parent();
        if (parent != null) {
            String whole = CleanText.line(parent.text());
            String own = CleanText.line(label.text());
            int at = whole.indexOf(own);
            if (at >= 0) {
                pieces.add(whole.substring(at + own.length()));
            }
        }
        for (String piece : pieces) {
            String name = clean(BY_LABEL_START.matcher(piece).replaceFirst(""));
            if (!name.isEmpty() && name.length() <= MAX_VISIBLE_CHARS && looksLikeName(name)
                    && (outlet == null || !name.equalsIgnoreCase(outlet))) {
                return name;
            }
        }
        return null;
    }

    private static String firstName(Element byline, String outlet) {
        Element e = withoutTopics(byline);
        String whole = CleanText.line(e.text());
        if (whole.isEmpty()) {
            return null;
        }
        // An author box holds a bio too: its name is then in one of its first pieces of text, a heading or a line.
        boolean box = whole.length() > MAX_VISIBLE_CHARS * 3;
        List<String> pieces = new ArrayList<>();
        for (TextNode t : e.textNodes()) {
            if (!box) {
                pieces.add(t.text());
            }
        }
        for (Element child : e.getAllElements()) {
            if (child != e && child.childrenSize() == 0 && !child.text().isBlank()) {
                pieces.add(child.text());
            }
            if (box && pieces.size() == MAX_BOX_PIECES) {
                break;
            }
        }
        if (!box) {
            pieces.add(whole);
        }
        for (String piece : pieces) {
            String name = clean(piece);
            if (name.length() <= MAX_VISIBLE_CHARS && looksLikeName(name) && (outlet == null || !name.equalsIgnoreCase(outlet))) {
                return name;
            }
        }
        return null;
    }

    /**
     * The element without the topic it is filed under: bylines show a tag link beside the date ("Personal finance
     * January 27, 2025", the link to /blog/tag/personal-finance), and a topic reads like a name. The element itself
     * when it holds none.
     */
    private static Element withoutTopics(Element e) {
        if (e.select(TOPIC).isEmpty()) {
            return e;
        }
        Element copy = e.clone();
        copy.select(TOPIC).remove();
        return copy;
    }

    /** "Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal" is the two people, when the outlet is the latter. */
    private static String withoutOutlet(String name, String outlet) {
        String suffix = ", " + outlet;
        return name.length() > suffix.length() && name.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT))
                ? name.substring(0, name.length() - suffix.length()).strip() : name;
    }

    private static void add(List<String> names, String raw) {
        if (raw == null) {
            return;
        }
        // Some sites escape names twice ("Maria &amp; Katerina" inside an attribute already unescaped once).
        String name = clean(Parser.unescapeEntities(raw, false));
        if (!name.isEmpty() && name.length() <= MAX_NAME_CHARS && !name.startsWith("http") && !name.contains("://")) {
            names.add(name);
        }
    }

    static String clean(String raw) {
        // A footnote mark after a name ("Jennifer Huberty1") is not part of it.
        String s = BY_PREFIX.matcher(CleanText.line(raw)).replaceFirst("").replaceFirst("(?<=\\p{Ll})\\d$", "");
        // Cutting a date may leave its label ("Supermove Last update: July 16, 2025"): cut until nothing changes.
        for (String before = null; !s.equals(before); ) {
            before = s;
            s = TAIL.matcher(s.replaceFirst("[-–—,;:\\s]+$", "")).replaceFirst("");
        }
        // "Danielle Padula, Head of Marketing and Community Development": a role after a comma, which names never write.
        s = ROLE_AFTER_COMMA.matcher(s).replaceFirst("");
        return s.replaceFirst("^[\"“,;:\\s]+", "").replaceFirst("[-–—,;:\"”\\s]+$", "");
    }

    /**
     * A person's or a team's name as bylines write it: one to eight words with a letter, at most one of them lower case
     * ("Marna van der Merwe" has two particles and passes), not a phrase such as "About the author" or "View all posts".
     */
    static boolean looksLikeName(String s) {
        if (s.isEmpty() || s.indexOf('@') >= 0 || s.indexOf('/') >= 0 || s.indexOf('*') >= 0 || s.chars().anyMatch(Character::isDigit)
                || !s.chars().anyMatch(Character::isLetter)) {
            return false;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        for (String phrase : List.of("author", "the author", "view all", "posts by", "more from", "follow", "share", "comment",
                "read more", "profile", "contributor", "min read", "staff writer at", "updated", "last updated", "last update",
                "published", "sponsored", "says", "said", "posted", "by")) {
            if (lower.equals(phrase) || lower.startsWith(phrase + " ") || lower.startsWith("about ")) {
                return false;
            }
        }
        String[] words = s.split("\\s+");
        if (words.length > 8) {
            return false;
        }
        if (words.length == 1) {
            // A single token is a handle or a first name; handles with dots or digits are not names.
            return s.length() >= 3 && !s.matches(".*[._].*") && Character.isLetter(s.charAt(0)) && !NOT_NAMES.contains(lower);
        }
        int lowerWords = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !PARTICLES.contains(w)) {
                lowerWords++;
            }
        }
        return lowerWords <= 1;
    }

    private static final Set<String> NOT_NAMES = Set.of("guide", "admin", "editor", "staff", "team", "home", "news", "blog",
            "writer", "recipe", "review", "reviewed", "written", "photo", "video", "menu", "search", "share", "the", "and",
            "undefined", "null", "name", "category", "state", "webmaster", "anonymous", "unknown");
    /**
     * Lower-case words of a byline's names. Its own list: a byline joins several names ("and", "&"), and extract
     * comes before nlp, whose {@code ArabicArticles} its other name lists share.
     */
    private static final Set<String> PARTICLES = Set.of("and", "van", "der", "de", "del", "da", "di", "von", "le", "la",
            "al", "bin", "ibn", "el", "y", "e", "du", "des", "of", "&");
}
