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

    /**
     * The mentions with each body's name taken over "of" to the place or body it belongs to, a cause group's over "in"
     * to its cause's place, and a name cut at an initial over "and" to the body it opens ({@link #isCauseOver},
     * {@link #isFoundersOf}), in text order.
     */
    static List<Mention> joined(String text, List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(java.util.Comparator.comparing(Mention::span));
        List<Mention> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            Mention next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            if (next != null && (belongsTo(text, m, next) || isCauseOver(text, m, next) || isFoundersOf(text, m, next))) {
                Span whole = new Span(m.span().begin(), next.span().end());
                out.add(Mention.at(text, whole, EntityType.ORGANIZATION));
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

    /** Whether a body's name goes on over "of" to the place or body it belongs to ("Islamic Center" "of" "Boston"). */
    private static boolean belongsTo(String text, Mention m, Mention next) {
        return m.type() == EntityType.ORGANIZATION && endsWithHead(m.text()) && next.type() != EntityType.PERSON
                && Character.isUpperCase(next.text().charAt(0))
                && OF.matcher(between(text, m, next)).matches();
    }

    /**
     * Whether a group named by its members and their cause ("Students for Justice", "Jews for Peace") goes on over "in"
     * to the one-word place of that cause ("in Palestine"), no capitalised word after it: the cause's place is part of
     * the group's name, not where it acts, as the members' plural opening it says.
     */
    private static boolean isCauseOver(String text, Mention m, Mention next) {
        return m.type() == EntityType.ORGANIZATION && CAUSE.matcher(m.text()).lookingAt() && next.type() == EntityType.LOCATION
                && next.text().indexOf(' ') < 0 && " in ".equals(between(text, m, next))
                && !NEXT_CAPITAL.matcher(text).region(next.span().end(), text.length()).lookingAt();
    }

    /**
     * Whether a name cut at a middle initial ("John D.") goes on over "and" to the body it founded with another person
     * ("Catherine T. MacArthur Foundation"): no name ends with an initial, so the first is the opening of the body's name.
     */
    private static boolean isFoundersOf(String text, Mention m, Mention next) {
        return next.type() == EntityType.ORGANIZATION && INITIAL_END.matcher(m.text()).find()
                && " and ".equals(between(text, m, next));
    }

    /** The text between two mentions in text order; empty when they overlap. */
    private static String between(String text, Mention m, Mention next) {
        return next.span().begin() >= m.span().end() ? text.substring(m.span().end(), next.span().begin()) : "";
    }

    /** A group's name opened by its members' plural and "for" ("Students for", "Americans for"). */
    private static final Pattern CAUSE = Pattern.compile("\\p{Lu}\\p{Ll}+s for \\p{Lu}");
    /** A capitalised word right after a name, which then goes on past it. */
    private static final Pattern NEXT_CAPITAL = Pattern.compile(" \\p{Lu}");
    /** A name of two words or more whose last is a capital's initial. */
    private static final Pattern INITIAL_END = Pattern.compile("\\S \\p{Lu}\\.$");

    private static Mention extendedTo(String text, Mention m, int limit) {
        java.util.regex.Matcher tail = TAIL.matcher(text).region(m.span().end(), limit);
        if (!tail.lookingAt() || tail.end() < limit && Character.isLetter(text.charAt(tail.end())) || tail.end() + 1 >= limit) {
            return m;
        }
        String words = tail.group(1) != null ? tail.group(1) : tail.group(2);
        for (String word : words.split(" ")) {
            if (isCalendarWord(word)) {
                return m;
            }
        }
        Span whole = new Span(m.span().begin(), tail.end());
        return Mention.at(text, whole, EntityType.ORGANIZATION);
    }

    private static boolean holdsHead(String name) {
        return java.util.Arrays.stream(name.split(" ")).anyMatch(HEADS::contains);
    }

    private static boolean isCalendarWord(String word) {
        String upper = word.toUpperCase(java.util.Locale.ROOT);
        return java.util.Arrays.stream(java.time.Month.values()).anyMatch(mo -> mo.name().equals(upper))
                || java.util.Arrays.stream(java.time.DayOfWeek.values()).anyMatch(d -> d.name().equals(upper));
    }

    /**
     * A joining word and the capitalised words after it, then no further capitalised word; or "and" and one word for a
     * body ("Memorial and Museum"), which names one body with two parts, not "of" something after it ("and Department of").
     */
    private static final Pattern TAIL = Pattern.compile(" (?:(?:for|of|in) (\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)*)(?! \\p{Lu})"
            + "|and (" + String.join("|", HEADS) + ")\\b(?! \\p{Lu}| of\\b))");

    private static boolean endsWithHead(String name) {
        return HEADS.contains(HeadWords.of(name));
    }
}
