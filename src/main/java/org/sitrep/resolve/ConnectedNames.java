package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

/**
 * Names of South Asia written with a connecting vowel or article between hyphens ("Jamaat-i-Islami", "Lashkar-e-Taiba",
 * "Tehrik Taliban-i-Pakistan", "Hizb-ut-Tahrir") are one name: the tagger and the knowledge base cut them at the
 * hyphens into a fragment and a place or a known group ("Jamaat"; "Taliban", "Pakistan"). Every mention inside such a
 * name gives way to one mention of the whole name, an organisation's unless the tagger took a part for a person
 * ("Zia-ul-Haq"); a name in brackets right after one is its translation ("Jamaat-i-Islami (Islamic Party)").
 */
final class ConnectedNames {
    /** Capitalised words joined by "-i-", "-e-", "-ul-" ... and the capitalised words right before. */
    private static final Pattern CONNECTED = Pattern.compile(
            "(?:\\b\\p{Lu}\\p{L}+ ){0,2}\\b\\p{Lu}\\p{L}+(?:-(?:i|e|ul|ut|ud|ur|us|uz|o)-\\p{Lu}\\p{L}+)+\\b");
    /** Capitalised words that open sentences and are no part of a name. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("The", "A", "An", "In", "On", "At", "Of", "For", "By", "And", "But",
            "Its", "His", "Her", "Their", "Leader", "Chief", "Head", "Militants", "Members");

    private ConnectedNames() {
    }

    /** The mentions with every connected name one mention, in text order. */
    static List<Mention> joined(String text, List<Mention> mentions) {
        Matcher m = CONNECTED.matcher(text);
        List<Mention> out = new ArrayList<>(mentions);
        while (m.find()) {
            Span name = withoutOpeningWords(text, new Span(m.start(), m.end()));
            List<Mention> inside = out.stream().filter(x -> x.span().overlaps(name)).toList();
            if (inside.isEmpty() || inside.stream().anyMatch(x -> !name.contains(x.span()))) {
                continue;
            }
            boolean person = inside.stream().anyMatch(x -> x.type() == EntityType.PERSON);
            // a person's name keeps the tagger's start: the words before are titles ("General Muhammad Zia-ul-Haq")
            Span whole = person ? new Span(Math.min(core(text, name).begin(), inside.stream().mapToInt(x -> x.span().begin()).min().orElseThrow()), name.end()) : name;
            out.removeAll(inside);
            out.add(Mention.at(text, whole, person ? EntityType.PERSON : EntityType.ORGANIZATION));
        }
        out.sort(java.util.Comparator.comparing(Mention::span));
        return out;
    }

    /** The hyphenated word of the name, without the words before it. */
    private static Span core(String text, Span name) {
        int space = text.lastIndexOf(' ', name.end() - 1); // the name's own last character on: a space may follow it
        return space < name.begin() ? name : new Span(space + 1, name.end());
    }

    /**
     * The linked mentions with a name in brackets right after a connected name, its translation ("Jamaat-i-Islami
     * (Islamic Party)"), linked to the connected name's entity, in the order given.
     */
    static List<LinkedMention> glossed(String text, List<LinkedMention> linked) {
        java.util.Map<Integer, LinkedMention> byBegin = new java.util.HashMap<>();
        linked.forEach(l -> byBegin.put(l.mention().span().begin(), l));
        java.util.Map<LinkedMention, Entity> glossOf = new java.util.HashMap<>();
        for (LinkedMention l : linked) {
            Span s = l.mention().span();
            if (l.mention().type() == EntityType.ORGANIZATION && CONNECTED.matcher(l.mention().text()).matches()
                    && text.startsWith(" (", s.end())) {
                LinkedMention gloss = byBegin.get(s.end() + 2);
                if (gloss != null && text.startsWith(")", gloss.mention().span().end()) && gloss.entity().kind() == null) {
                    glossOf.put(gloss, l.entity());
                }
            }
        }
        if (glossOf.isEmpty()) {
            return linked;
        }
        List<LinkedMention> out = new ArrayList<>(linked.size());
        for (LinkedMention l : linked) {
            Entity e = glossOf.get(l);
            out.add(e == null ? l : new LinkedMention(l.mention(), e));
        }
        return out;
    }

    private static Span withoutOpeningWords(String text, Span span) {
        int begin = span.begin();
        int space = text.indexOf(' ', begin);
        while (space > 0 && space < span.end() && NOT_NAME_WORDS.contains(text.substring(begin, space))) {
            begin = space + 1;
            space = text.indexOf(' ', begin);
        }
        return new Span(begin, span.end());
    }
}
