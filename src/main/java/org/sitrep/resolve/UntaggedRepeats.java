package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
     * mention of {@code linked} overlaps; entities without any are left out. A word joined by a hyphen is part of a
     * longer word, so a name right after or before a hyphen is not an appearance.
     */
    static Map<Entity, List<Span>> of(String text, List<LinkedMention> linked, Set<Entity> entities) {
        Map<String, List<Entity>> byFirstWord = byFirstWord(entities);
        if (byFirstWord.isEmpty()) {
            return Map.of();
        }
        // One pass over the words, not one search of the text per name: an article names hundreds of entities.
        SpanSet taken = new SpanSet(linked.stream().map(m -> m.mention().span()).toList());
        Map<Entity, List<Span>> out = new LinkedHashMap<>();
        Map<Entity, Integer> lastEnd = new HashMap<>();
        int at = 0;
        while (at < text.length()) {
            int end = wordEnd(text, at);
            if (end == at) {
                at++;
                continue;
            }
            List<Entity> named = at > 0 && text.charAt(at - 1) == '-' ? null : byFirstWord.get(text.substring(at, end));
            for (Entity e : named == null ? List.<Entity>of() : named) {
                Span span = new Span(at, at + e.name().length());
                if (text.startsWith(e.name(), at) && !joinsNext(text, span.end()) && at >= lastEnd.getOrDefault(e, 0)
                        && !taken.overlapsAny(span)) {
                    out.computeIfAbsent(e, k -> new ArrayList<>()).add(span);
                    lastEnd.put(e, span.end());
                }
            }
            at = end;
        }
        return out;
    }

    /** The entities whose names could appear untagged, by their first word. */
    private static Map<String, List<Entity>> byFirstWord(Set<Entity> entities) {
        Map<String, List<Entity>> out = new HashMap<>();
        for (Entity e : entities) {
            String name = e.name();
            if (name.length() >= MIN_NAME_CHARS && Character.isUpperCase(name.charAt(0))) {
                out.computeIfAbsent(name.substring(0, wordEnd(name, 0)), k -> new ArrayList<>()).add(e);
            }
        }
        return out;
    }

    /** Where the run of letters and numbers starting at {@code at} ends; {@code at} itself if none starts there. */
    private static int wordEnd(String s, int at) {
        int i = at;
        while (i < s.length() && isWordChar(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean joinsNext(String text, int end) {
        return end < text.length() && (isWordChar(text.charAt(end)) || text.charAt(end) == '-');
    }

    /** A letter or number, as regular expressions' \p{L} and \p{N} have them. */
    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
