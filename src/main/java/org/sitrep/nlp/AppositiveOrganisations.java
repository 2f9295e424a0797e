package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.CalendarWords;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;
import org.sitrep.core.SpanSet;

/**
 * A name right after a noun for a body ("security firm G4S", "the broadcaster Sky", "defence contractor BAE Systems")
 * is an organisation's, also where the statistical tagger saw none: names of letters and digits are the ones it misses
 * most. The name then stands for the organisation wherever the article writes it, so that "the firm" and "it" later
 * find it. Words that open a clause or name a day are no name ("the company Monday"). "Carrier" is left out: in war news
 * it is an aircraft carrier's ("the carrier USS Yorktown"). The noun may give the name through "known as" or "called" ("a
 * youth activist group known as Tamarod"). A person or place of the tagger's with just the words of
 * such a name is the organisation too ("the nongovernmental organization Sanad", "keyboard case maker Brydge"): the
 * noun before it says what it is, where the tagger guessed from an unfamiliar name's letters.
 */
final class AppositiveOrganisations {
    private static final String BODY_NOUNS = "firm|company|contractor|corporation|conglomerate|broadcaster|newspaper|"
            + "airline|insurer|retailer|manufacturer|maker|operator|provider|outfit|charity|agency|"
            + "organisation|organization|militia|movement|group|network|bank|giant";
    private static final String NAME_WORD = "[A-Z][A-Za-z0-9&.\\-]*";
    /** A body noun, then the name, right after it or after words that give a name ("a youth group known as Tamarod"). */
    private static final Pattern AFTER_BODY_NOUN = Pattern.compile("\\b(?:" + BODY_NOUNS + ") (?:known as |called )?(" + NAME_WORD
            + "(?: " + NAME_WORD + "){0,2})");
    private static final Set<String> NOT_NAMES = CalendarWords.namesAnd("I", "A", "The", "In", "On", "At", "As", "He", "She",
            "It", "They", "We", "But", "And", "Or", "If", "When", "While", "Mr.", "Mrs.", "Ms.", "Jan.", "Feb.", "Aug.", "Sept.",
            "Oct.", "Nov.", "Dec.");

    private AppositiveOrganisations() {
    }

    /**
     * The mentions with the names of organisations introduced by a body noun added, at each place the article writes
     * them that no mention covers; sorted by span. The given mentions are kept as they are.
     */
    static List<Mention> added(String text, List<Mention> mentions) {
        SpanSet taken = new SpanSet(mentions.stream().map(Mention::span).toList());
        java.util.Map<Span, Mention> bySpan = new java.util.HashMap<>();
        mentions.forEach(x -> bySpan.put(x.span(), x));
        Set<String> names = new HashSet<>();
        Set<String> retyped = new HashSet<>();
        Matcher m = AFTER_BODY_NOUN.matcher(text);
        while (m.find()) {
            String name = name(m.group(1));
            Span span = new Span(m.start(1), m.start(1) + name.length());
            Mention tagged = bySpan.get(span);
            if (!name.isEmpty() && !taken.overlapsAny(span)) {
                names.add(name);
            } else if (!name.isEmpty() && tagged != null && (tagged.type() == EntityType.PERSON || tagged.type() == EntityType.LOCATION)) {
                retyped.add(name);
            }
        }
        if (names.isEmpty() && retyped.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention x : mentions) {
            out.add(retyped.contains(x.text()) && x.type() != EntityType.ORGANIZATION ? x.withType(EntityType.ORGANIZATION) : x);
        }
        for (String name : names) {
            Matcher each = Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(text);
            while (each.find()) {
                Span span = new Span(each.start(), each.end());
                if (!taken.overlapsAny(span)) {
                    out.add(new Mention(span, name, EntityType.ORGANIZATION));
                }
            }
        }
        out.sort(java.util.Comparator.comparing(Mention::span));
        return out;
    }

    /** The run of name words up to the first that is no name, without a closing full stop or owner's 's; may be empty. */
    private static String name(String run) {
        StringBuilder out = new StringBuilder();
        for (String w : run.split(" ")) {
            // A capitalised common word may go on a name ("BAE Systems") but not open one ("the group Members").
            if (NOT_NAMES.contains(w) || out.length() == 0 && CommonWords.isCommon(w)) {
                break;
            }
            out.append(out.length() == 0 ? "" : " ").append(w);
        }
        String name = out.toString();
        while (name.endsWith(".") || name.endsWith("-")) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }
}
