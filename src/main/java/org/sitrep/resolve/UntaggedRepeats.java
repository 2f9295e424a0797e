package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.Entity;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Span;
import org.sitrep.core.SpanSet;

/**
 * The places where an article writes a name the tagger tagged elsewhere in it but not there ("the Jobar front" beside
 * a tagged "Jobar"): the statistical tagger decides each appearance alone, while a name is one thing throughout an
 * article, so what the words around an untagged appearance say counts for the name too.
 */
final class UntaggedRepeats {
    /** Names shorter than this are initials or stray capitals, too often another word's. */
    private static final int MIN_NAME_CHARS = 2;

    private UntaggedRepeats() {
    }

    /**
     * For each of {@code entities}, the spans of the exact, capitalised, whole-word appearances of its name that no
     * mention of {@code linked} overlaps; entities without any are left out.
     */
    static Map<Entity, List<Span>> of(String text, List<LinkedMention> linked, Set<Entity> entities) {
        SpanSet taken = new SpanSet(linked.stream().map(m -> m.mention().span()).toList());
        Map<Entity, List<Span>> out = new LinkedHashMap<>();
        for (Entity e : entities) {
            String name = e.name();
            if (name.length() < MIN_NAME_CHARS || !Character.isUpperCase(name.charAt(0))) {
                continue;
            }
            Matcher each = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}-])").matcher(text);
            while (each.find()) {
                Span span = new Span(each.start(), each.end());
                if (!taken.overlapsAny(span)) {
                    out.computeIfAbsent(e, k -> new ArrayList<>()).add(span);
                }
            }
        }
        return out;
    }
}
