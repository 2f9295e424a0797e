package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

/**
 * A body's name goes on over "of" and the place or body it belongs to ("Islamic Center of Boston", "Reform Party of
 * Syria"): the tagger or the knowledge base often cut it there into a body and a place. A name of the tagger's that ends
 * with a word for a body, then "of" (perhaps "the") and a place's or a body's name, is one organisation's name.
 */
final class BodyNames {
    /** Last words of a body's name that a longer name may go on from with "of". */
    private static final Set<String> HEADS = Set.of("Center", "Centre", "Institute", "Council", "Committee", "Foundation",
            "Commission", "Association", "Society", "University", "College", "School", "Academy", "Museum", "Party", "Movement",
            "League", "Fund", "Office", "Bureau", "Agency", "Authority", "Federation", "Church", "Organization", "Organisation",
            "Ministry", "Department");
    private static final Pattern OF = Pattern.compile(" of (?:the )?");

    private BodyNames() {
    }

    /** The mentions with each body's name taken over "of" to the place or body it belongs to, in text order. */
    static List<Mention> joined(String text, List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(java.util.Comparator.comparing(Mention::span));
        List<Mention> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            Mention next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            if (next != null && m.type() == EntityType.ORGANIZATION && endsWithHead(m.text()) && next.type() != EntityType.PERSON
                    && Character.isUpperCase(next.text().charAt(0))
                    && OF.matcher(text.substring(m.span().end(), next.span().begin())).matches()) {
                Span whole = new Span(m.span().begin(), next.span().end());
                out.add(new Mention(whole, whole.of(text), EntityType.ORGANIZATION));
                i++;
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /**
     * The mentions with each body's name taken on over a lower-case joining word ("for", "of", "in") and the
     * capitalised words after it that no other mention holds, up to the first word that is not capitalised ("Center for
     * Global Research" of "Center for Global Research in International Affairs"): the tagger cuts a long body's name
     * short there. Only a name holding a word for a body; not over a month's or a weekday's name ("the Council in May"),
     * nor over words that run on into another name ("of Shiite Ayatollah Mohammed Baqir al-Hakim": the person's title).
     */
    static List<Mention> extended(String text, List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(java.util.Comparator.comparing(Mention::span));
        List<Mention> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            int limit = i + 1 < sorted.size() ? sorted.get(i + 1).span().begin() : text.length();
            out.add(m.type() == EntityType.ORGANIZATION && holdsHead(m.text()) ? extendedTo(text, m, limit) : m);
        }
        return out;
    }

    private static Mention extendedTo(String text, Mention m, int limit) {
        java.util.regex.Matcher tail = TAIL.matcher(text).region(m.span().end(), limit);
        if (!tail.lookingAt() || tail.end() < limit && Character.isLetter(text.charAt(tail.end())) || tail.end() + 1 >= limit) {
            return m;
        }
        for (String word : tail.group(1).split(" ")) {
            if (isCalendarWord(word)) {
                return m;
            }
        }
        Span whole = new Span(m.span().begin(), tail.end());
        return new Mention(whole, whole.of(text), EntityType.ORGANIZATION);
    }

    private static boolean holdsHead(String name) {
        return java.util.Arrays.stream(name.split(" ")).anyMatch(HEADS::contains);
    }

    private static boolean isCalendarWord(String word) {
        String upper = word.toUpperCase(java.util.Locale.ROOT);
        return java.util.Arrays.stream(java.time.Month.values()).anyMatch(mo -> mo.name().equals(upper))
                || java.util.Arrays.stream(java.time.DayOfWeek.values()).anyMatch(d -> d.name().equals(upper));
    }

    /** A joining word and the capitalised words after it, then no further capitalised word. */
    private static final Pattern TAIL = Pattern.compile(" (?:for|of|in) (\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)*)(?! \\p{Lu})");

    private static boolean endsWithHead(String name) {
        return HEADS.contains(HeadWords.of(name));
    }
}
