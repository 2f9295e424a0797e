package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

/**
 * Names of wars, events, laws, agreements and operations ("Cold War", "World War II", "Nuclear Nonproliferation
 * Treaty", "Operation Iraqi Freedom"), which the three-class tagger has no type for: it leaves them out, or tags the
 * place or body they open with ("Gulf" of "Gulf War"). A run of capitalised words that holds a mention of the tagger
 * and that {@link NameShapes} reads as a thing's name by its head or opening word is one name of its own, taking in the
 * mentions inside it. Runs the tagger saw nothing in are left out: taken too, they named more things the field gold
 * does not list than it gained (field test entity errors 2.220 -> 2.253, gold entities named 0.757 -> 0.764).
 */
final class ThingNames {
    /** A run of capitalised words, maximal, then perhaps a Roman numeral ("World War II"). */
    private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\p{N}'’.-])\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)+(?![\\p{L}\\p{N}'’-])");

    /** A Roman numeral after a name ("World War II"), which says which of its kind, not what kind. */
    private static final Pattern NUMERAL = Pattern.compile(" (?:I|II|III|IV|V)$");

    private ThingNames() {
    }

    /**
     * The mentions with the thing names found in {@code text} added as {@link EntityType#MISC} in place of the mentions
     * they hold, in text order; the mentions given when there is none. A run is left whole or not at all: not when a
     * mention reaches out of it, nor when a joining word and a capitalised word go on past it ("United Nations
     * Convention on the Law of the Sea"), whose bounds this cannot tell.
     */
    static List<Mention> added(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            Span run = withoutLeadingMinorWords(text, afterPossessive(text, new Span(m.start(), m.end())));
            if (run == null || goesOn(text, run) || !NameShapes.hasThingHead(NUMERAL.matcher(run.of(text)).replaceFirst(""))
                    || out.stream().anyMatch(x -> x.span().overlaps(run) && !run.contains(x.span())) || out.stream().noneMatch(x -> run.contains(x.span()))) {
                continue;
            }
            out.removeIf(x -> run.contains(x.span()));
            out.add(Mention.at(text, run, EntityType.MISC));
        }
        out.sort(java.util.Comparator.comparing(Mention::span));
        return out;
    }

    /** The run without the words a sentence or title opens with ("The", "In"); null when fewer than two words are left. */
    private static Span withoutLeadingMinorWords(String text, Span run) {
        if (run == null) {
            return null;
        }
        int begin = run.begin();
        String s = run.of(text);
        int at = 0;
        while (true) {
            int space = s.indexOf(' ', at);
            if (space < 0) {
                return null;
            }
            if (!TitleCaseLines.MINOR_WORDS.contains(s.substring(at, space).toLowerCase(Locale.ROOT))) {
                break;
            }
            at = space + 1;
        }
        return new Span(begin + at, run.end());
    }

    /** A joining word and a capitalised word before or after the run: the name goes on past it, to bounds unknown here. */
    private static final Pattern JOINED_AFTER = Pattern.compile("^ (?:of|on|for|and|in|to|de|the)(?: the)? \\p{Lu}");
    private static final Pattern JOINED_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'’-]* (?:of|on|for|and|in|to|de|the) $");

    private static boolean goesOn(String text, Span run) {
        String after = text.substring(run.end(), Math.min(text.length(), run.end() + 12));
        String before = text.substring(Math.max(0, run.begin() - 40), run.begin());
        return JOINED_AFTER.matcher(after).find() || JOINED_BEFORE.matcher(before).find();
    }

    /** The run after its last possessive word ("Cold War" of "America's Cold War"); the run itself when it holds none. */
    private static Span afterPossessive(String text, Span run) {
        String s = run.of(text);
        int cut = Math.max(s.lastIndexOf("'s "), s.lastIndexOf("’s "));
        int plural = Math.max(s.lastIndexOf("s' "), s.lastIndexOf("s’ "));
        cut = Math.max(cut, plural);
        return cut < 0 ? run : new Span(run.begin() + cut + 3, run.end());
    }
}
