package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

/**
 * Mends the bounds of the statistical tagger's names where it runs words that are no part of a name into one: a
 * caption's label after a name ("Elizabeth Warren Image: U.S. Senate": the picture's furniture, no word of the
 * name); capitalised words joined by a slash ("the Collins/Parker ticket": two people); an organisation's acronym before a
 * person's name where the writer left out "that" ("told NPR Hamza bin Laden had ...": a person's name never opens with
 * a word in capitals, which is the outlet's); names of a list run together over their commas ("Royal Jordanian, Egypt
 * Air": two airlines).
 */
final class NameBoundaries {
    private NameBoundaries() {
    }

    /**
     * A slash between two capitalised words: "Collins/Parker", "Biden/Harris". Not between capitals: "AC/DC" and
     * "TCP/IP" are one name each.
     */
    private static final Pattern SLASH = Pattern.compile("(?<=\\p{Ll})\\s*/\\s*(?=\\p{Lu}\\p{Ll})");
    /** An acronym in capitals opening a person's name, with at least two words after it. */
    private static final Pattern LEADING_ACRONYM = Pattern.compile("^\\p{Lu}{3,}(?= \\p{Lu}\\p{Ll}+ \\S)");

    /** The mentions with their bounds mended as the class says, in the order given. */
    static List<Mention> mended(String text, List<Mention> mentions) {
        return mended(text, mentions, name -> false);
    }

    /**
     * The mentions with their bounds mended as the class says, in the order given; {@code known} tells the names of the
     * knowledge base, whose possessive before another name closes the owner's name ({@link #splitAtPossessive}).
     */
    static List<Mention> mended(String text, List<Mention> mentions, Predicate<String> known) {
        Set<String> alone = new HashSet<>();
        mentions.forEach(m -> alone.add(m.text()));
        Predicate<String> owner = known.or(alone::contains);
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            for (Mention listed : splitAtListCommas(text, m)) {
                for (Mention part : splitAtSlashes(text, listed)) {
                    Mention trimmed = withoutFurniture(text, outsideBrackets(text, part));
                    for (Mention named : withoutLeadingAcronym(text, trimmed)) {
                        out.addAll(splitAtPossessive(text, named, owner));
                    }
                }
            }
        }
        return out;
    }

    /**
     * An organisation's mention that runs the names of a list together over its commas ("Royal Jordanian, Egypt Air" of
     * "by Royal Jordanian, Egypt Air, Turkish Airlines"), as one name each; the mention alone otherwise. Only where every
     * part has two words or more: a one-word part after a comma is a campus, a branch or a company's suffix of the one
     * name ("University of California, Berkeley", "Acme, Inc."). A place's comma ("Richmond, Va.") is never split.
     */
    static List<Mention> splitAtListCommas(String text, Mention m) {
        if (m.type() != EntityType.ORGANIZATION || !m.text().contains(", ")) {
            return List.of(m);
        }
        String[] parts = m.text().split(", ", -1);
        for (String part : parts) {
            if (part.strip().split(" ").length < 2 || !Character.isUpperCase(part.strip().charAt(0))) {
                return List.of(m);
            }
        }
        List<Mention> out = new ArrayList<>();
        int from = 0;
        for (String part : parts) {
            add(text, m.span().begin() + from, m.span().begin() + from + part.length(), m.type(), out);
            from += part.length() + 2;
        }
        return out;
    }

    /** The mention's names between slashes, each of the mention's type; the mention alone when it has no such slash. */
    static List<Mention> splitAtSlashes(String text, Mention m) {
        Matcher slash = SLASH.matcher(m.text());
        List<Mention> out = new ArrayList<>();
        int from = 0;
        while (slash.find()) {
            add(text, m.span().begin() + from, m.span().begin() + slash.start(), m.type(), out);
            from = slash.end();
        }
        if (from == 0) {
            return List.of(m);
        }
        add(text, m.span().begin() + from, m.span().end(), m.type(), out);
        return out;
    }

    /**
     * The writer's own words of a mention that runs over an editor's square bracket ("Putin" of "[Russian President
     * Vladimir] Putin", "Xi" of "President Xi [Jinping]"): the words in brackets are an insertion into a quotation, and
     * a name cannot be one span across the bracket. The longest run of the mention outside the brackets is kept; the
     * mention as it is when it has no bracket, or no letter outside them.
     */
    static Mention outsideBrackets(String text, Mention m) {
        if (m.text().indexOf('[') < 0 && m.text().indexOf(']') < 0) {
            return m;
        }
        String t = m.text();
        int best = -1;
        int bestEnd = -1;
        int from = 0;
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : 0;
            if (i < t.length() && c != '[' && c != ']') {
                continue;
            }
            // a run is inside the brackets when a "]" closes it or a "[" opened it
            boolean inside = c == ']' || from > 0 && t.charAt(from - 1) == '[';
            String run = t.substring(from, i).strip();
            if (!inside && run.codePoints().anyMatch(Character::isLetter) && run.length() > bestEnd - best) {
                int lead = t.substring(from, i).indexOf(run);
                best = from + lead;
                bestEnd = best + run.length();
            }
            from = i + 1;
        }
        if (best < 0) {
            return m;
        }
        Span kept = new Span(m.span().begin() + best, m.span().begin() + bestEnd);
        return Mention.at(text, kept, m.type());
    }

    /**
     * The mention without a caption's label closing it ("Elizabeth Warren" of "Elizabeth Warren Image"): a person's
     * name never ends with such a word, another name does only when the label's colon follows it.
     */
    static Mention withoutFurniture(String text, Mention m) {
        int space = m.text().lastIndexOf(' ');
        if (space <= 0 || !NonNames.isCreditLabel(m.text().substring(space + 1))) {
            return m;
        }
        boolean colon = m.span().end() < text.length() && text.charAt(m.span().end()) == ':';
        if (m.type() != EntityType.PERSON && !colon) {
            return m;
        }
        Span kept = new Span(m.span().begin(), m.span().begin() + m.text().substring(0, space).stripTrailing().length());
        return Mention.at(text, kept, m.type());
    }

    /**
     * A person's mention opening with an acronym in capitals as the acronym, an organisation, and the person's name
     * after it ("NPR" and "Hamza bin Laden" of "NPR Hamza bin Laden"); any other mention as it is.
     */
    static List<Mention> withoutLeadingAcronym(String text, Mention m) {
        Matcher acronym = LEADING_ACRONYM.matcher(m.text());
        if (m.type() != EntityType.PERSON || !acronym.find()) {
            return List.of(m);
        }
        List<Mention> out = new ArrayList<>();
        add(text, m.span().begin(), m.span().begin() + acronym.end(), EntityType.ORGANIZATION, out);
        add(text, m.span().begin() + acronym.end() + 1, m.span().end(), EntityType.PERSON, out);
        return out;
    }

    /**
     * The owner's name and the owned one's of a mention that runs them together over a possessive, each of the mention's
     * type ("Tufts University" and "Feinstein International Center"); the mention alone otherwise. Only an
     * organisation's mention, and only when what it owns is named in two words or more (splitting every type's
     * mention, whatever it owns, raised the field test errors: 2.247 -> 2.260). The owner must be a
     * name of two words or more, neither a saint's ("St. George's Church") nor an irregular plural ("People's Protection
     * Units", "Children's Hospital"), whose possessive is part of one name; a possessive after one word is as often
     * part of a name ("King's College", "Martha's Vineyard"), unless the knowledge base knows the owner: a country, a
     * body or a person it knows owns what follows ("Russia's Federal Security Service", "Brotherhood's Freedom and
     * Justice Party"), whatever the mention's type.
     */
    static List<Mention> splitAtPossessive(String text, Mention m, Predicate<String> known) {
        Matcher possessive = POSSESSIVE.matcher(m.text());
        if (!possessive.find()) {
            return List.of(m);
        }
        String owner = m.text().substring(0, possessive.start());
        String[] words = owner.split(" ");
        String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        boolean ownerOfTwoWords = m.type() == EntityType.ORGANIZATION && words.length >= 2
                && m.text().substring(possessive.end()).indexOf(' ') >= 0;
        if (!ownerOfTwoWords && !known.test(owner) || SAINTS.contains(words[0]) || IRREGULAR_PLURALS.contains(last)) {
            return List.of(m);
        }
        List<Mention> out = new ArrayList<>();
        add(text, m.span().begin(), m.span().begin() + possessive.start(), m.type(), out);
        add(text, m.span().begin() + possessive.end(), m.span().end(), m.type(), out);
        return out;
    }

    /**
     * A possessive between capitalised words of one mention, with a space after it; also with a space before it, as in
     * text rebuilt from tokens ("Union 's Reproductive Freedom Project"), where the owner's name ends before the space.
     */
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L}) ?['\u2019]s (?=\\p{Lu})");
    /** Words opening a saint's name, whose possessive names a church, a school or a place. */
    private static final Set<String> SAINTS = Set.of("St.", "St", "Saint", "Ste.", "San", "Santa");
    /** Plurals without a final "s", whose possessive is part of a body's name ("People's Liberation Army"). */
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "women", "children", "men");

    private static void add(String text, int begin, int end, EntityType type, List<Mention> out) {
        Span span = new Span(begin, end);
        String words = span.of(text);
        if (words.codePoints().anyMatch(Character::isLetter)) {
            out.add(new Mention(span, words, type));
        }
    }
}
