package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

/**
 * A capitalised point of the compass right before a place's name is part of that name ("North Vietnam", "West
 * Africa", "East Jerusalem"): the tagger sometimes leaves it out and gives the larger place instead. In lower case it
 * says where within the place ("northern Syria", "east Jerusalem" as some write it) and stays out.
 */
final class DirectionNames {
    /** A capitalised point of the compass and one space, right before the name, as its own word. */
    private static final Pattern BEFORE = Pattern.compile("(?:^|[^\\p{L}])(North|South|East|West|Central) $");

    private DirectionNames() {
    }

    /** The mentions, in text order, with each place's name taken back over a capitalised point of the compass before it. */
    static List<Mention> extended(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        int lastEnd = 0;
        for (Mention m : mentions) {
            int begin = m.span().begin();
            java.util.regex.Matcher before = BEFORE.matcher(text.substring(Math.max(0, begin - 9), begin));
            if (m.type() == EntityType.LOCATION && before.find() && begin - 1 - before.group(1).length() >= lastEnd) {
                Span span = new Span(begin - 1 - before.group(1).length(), m.span().end());
                lastEnd = span.end();
                out.add(Mention.at(text, span, EntityType.LOCATION));
                continue;
            }
            out.add(m);
            lastEnd = Math.max(lastEnd, m.span().end());
        }
        return out;
    }
}
