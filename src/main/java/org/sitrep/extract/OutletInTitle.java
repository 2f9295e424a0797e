package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A title without the outlet's name that closes or leads it, as news sites write their document titles and as CSV
 * exports keep them: "Headline | Jordan Times", "Headline - Region - World - Ahram Online", "National News Agency -
 * Headline". The outlet may be given as a slug ("jordantimes", "nna"): a part names it when its letters are the
 * slug's, start with them ("Ahram Online" for "ahram") or its words' initials are them ("National News Agency" for
 * "nna").
 */
final class OutletInTitle {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+");
    /** Section names between a headline and the outlet's name ("Region - World") are a word or two each. */
    private static final int MAX_SECTION_WORDS = 2;
    /** A headline left shorter than this was the outlet's name or a section, not a headline: the title stays whole. */
    private static final int MIN_HEADLINE_CHARS = 10;
    /** A slug this short ("ap") would be found in too many words to say a part names it. */
    private static final int MIN_SLUG_CHARS = 3;

    private OutletInTitle() {
    }

    /** The title without the outlet's name and the section names before it; the same title when none is found. */
    static String without(String title, String outlet) {
        Parts p = parts(title, outlet);
        return p == null ? title : String.join(" - ", p.kept());
    }

    /** The outlet's name as the title writes it ("Jordan Times"), or {@code null} when the title does not name it. */
    static String nameIn(String title, String outlet) {
        Parts p = parts(title, outlet);
        return p == null ? null : p.name();
    }

    private record Parts(List<String> kept, String name) {
    }

    private static Parts parts(String title, String outlet) {
        if (title == null || outlet == null || compact(outlet).length() < MIN_SLUG_CHARS) {
            return null;
        }
        List<String> parts = new ArrayList<>(Arrays.stream(SEPARATOR.split(title.strip())).map(String::strip).toList());
        if (parts.size() < 2) {
            return null;
        }
        String name;
        if (names(parts.get(parts.size() - 1), outlet)) {
            name = parts.remove(parts.size() - 1);
            while (parts.size() > 1 && isSection(parts.get(parts.size() - 1))) {
                parts.remove(parts.size() - 1);
            }
        } else if (names(parts.get(0), outlet)) {
            name = parts.remove(0);
        } else {
            return null;
        }
        return String.join(" - ", parts).length() < MIN_HEADLINE_CHARS ? null : new Parts(parts, name);
    }

    /** Whether the part is the outlet's name, written out or as its slug. */
    static boolean names(String part, String outlet) {
        String slug = compact(outlet);
        String letters = compact(part);
        if (letters.isEmpty() || slug.length() < MIN_SLUG_CHARS) {
            return false;
        }
        String[] words = part.strip().split("\\s+");
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            String c = compact(w);
            if (!c.isEmpty()) {
                initials.append(c.charAt(0));
            }
        }
        return letters.equals(slug) || letters.startsWith(slug) && words.length <= 3
                || words.length >= 2 && initials.toString().equals(slug);
    }

    /** "Region", "World", "Middle East": a capitalised word or two. */
    private static boolean isSection(String part) {
        String[] words = part.split("\\s+");
        return words.length <= MAX_SECTION_WORDS && Arrays.stream(words).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
    }

    private static String compact(String s) {
        StringBuilder b = new StringBuilder();
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
