package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The names a byline gives beside the first one it shows: "By <a>Rania Haddad</a> and <a>Omar Khalil</a>", "Written by
 * <span>A</span>, <span>B</span>, <span>C</span>". Meta data and JSON-LD often name only the first author of a story
 * written by several.
 */
final class CoAuthors {
    /**
     * What stands between the names of a byline: a comma, "and" in a few languages or an ampersand. White space alone
     * does not: "<span>Name</span> <span>Trending Editor</span>" is a name and a role.
     */
    private static final Pattern BETWEEN_NAMES = Pattern.compile("(?iu)\\s*(?:[,;&]|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bog\\b|\\boch\\b|\\ben\\b)[\\s,;&]*");
    private static final int MAX_NAME_CHARS = 80;
    /** A role after the name, not a second name: "<span class=byline-job>Print Managing Editor</span>". */
    private static final Pattern ROLE_CLASS = Pattern.compile("(?i)job|title|role|position|bio");
    private static final Pattern ROLE_WORD = Pattern.compile("(?iu)\\b(?:editor|writer|reporter|correspondent|contributor|director|"
            + "manager|founder|ceo|expert|analyst|staff|officer|head|chief|president|columnist|producer|photographer|"
            + "redakteur(?:in)?|autor(?:in)?|korrespondent(?:in)?)\\b");

    private CoAuthors() {
    }

    /**
     * The byline's names, {@code first} first: the names in elements of the same kind as the first name's that follow
     * it with a comma, "and" or "&" between each two. Just {@code first} when the byline shows no other name
     * ("<a>Mike Marshall</a>, Shipping Expert").
     */
    static List<String> of(Element byline, String first) {
        Element group = byline.normalName().equals("a") && byline.parent() != null ? byline.parent() : byline;
        Element at = elementOf(group, first);
        return at == null ? List.of(first) : namesFrom(at, first);
    }

    /** The outermost element in the group that holds the name and nothing else; {@code null} when none does. */
    private static Element elementOf(Element group, String name) {
        for (Element e : group.getAllElements()) {
            if (e != group && Byline.clean(e.text()).equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** The first name, then those of the following siblings of its kind with a separator before each. */
    private static List<String> namesFrom(Element first, String name) {
        List<String> names = new ArrayList<>(List.of(name));
        StringBuilder between = new StringBuilder();
        for (Node n = first.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof TextNode t) {
                between.append(t.text());
                continue;
            }
            if (!(n instanceof Element e)) {
                continue;
            }
            // "<a>A</a><span>, </span><a>B</a>": markup around a separator is a separator.
            if (e.text().isBlank() || BETWEEN_NAMES.matcher(e.text()).matches()) {
                between.append(e.text());
                continue;
            }
            String next = Byline.clean(e.text());
            if (!e.normalName().equals(first.normalName()) || !BETWEEN_NAMES.matcher(between).matches() || !isName(e, next)) {
                break;
            }
            if (names.stream().noneMatch(next::equalsIgnoreCase)) {
                names.add(next);
            }
            between.setLength(0);
        }
        return List.copyOf(names);
    }

    private static boolean isName(Element e, String text) {
        return !text.isEmpty() && text.length() <= MAX_NAME_CHARS && Byline.looksLikeName(text)
                && !ROLE_CLASS.matcher(e.className()).find() && !ROLE_WORD.matcher(text).find();
    }

    /** Whether the names hold the one the page's meta data gives, written alike but for case and spaces. */
    static boolean include(List<String> names, String name) {
        String key = Byline.nameKey(name).strip();
        return names.stream().anyMatch(n -> Byline.nameKey(n).strip().equals(key));
    }
}
