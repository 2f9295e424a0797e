package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Span;
import org.sitrep.core.SpanSet;

/**
 * Names inside a long run of words in capitals are page furniture ("PREPARED BY THE FEDERAL NEWS SERVICE INC.,
 * WASHINGTON, D.C. FEDERAL NEWS SERVICE IS A PRIVATE FIRM ...", "THIS CONTENT IS RESERVED FOR SUBSCRIBERS"): a
 * transcript's header or a paywall's notice, not the story, and the tagger reads capitals badly. A short capitalised
 * headline or dateline ("WASHINGTON —") is no such run.
 */
final class ShoutedLines {
    /** Six or more words in capitals in a row, separated by spaces and light punctuation only. */
    private static final Pattern RUN = Pattern.compile("(?:\\b\\p{Lu}[\\p{Lu}\\d.'’&-]*\\b[.,;:]?\\s+){5,}\\p{Lu}[\\p{Lu}\\d.'’&-]*\\b");

    private ShoutedLines() {
    }

    /** The mentions outside long runs of capitals, in the order given. */
    static List<LinkedMention> without(String text, List<LinkedMention> linked) {
        List<Span> runs = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            if (m.group().chars().filter(Character::isLowerCase).count() == 0) {
                runs.add(new Span(m.start(), m.end()));
            }
        }
        if (runs.isEmpty()) {
            return linked;
        }
        SpanSet shouted = new SpanSet(runs);
        List<LinkedMention> out = new ArrayList<>();
        for (LinkedMention l : linked) {
            if (!shouted.containsAny(l.mention().span())) {
                out.add(l);
            }
        }
        return out;
    }
}
