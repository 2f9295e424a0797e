package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.ListedNames;

/**
 * Names an article uses once, whose type rests on that one place: what {@link LonePersons} and {@link LoneBodies}
 * weigh by the words around them.
 */
final class OnceNamed {
    private OnceNamed() {
    }

    /**
     * The names of the cue words around a mention, in the text and among the article's mentions in text order, that
     * mark its type; none when nothing does.
     */
    @FunctionalInterface
    interface Cues {
        List<String> of(String text, LinkedMention m, List<LinkedMention> inOrder);
    }

    /**
     * The mentions, in the order given, without those that {@code candidate} takes (it is told whether the mention's
     * entity is named once) and that {@code judge} drops, weighing the {@code cues} with the rest of the mention's
     * {@link OnceNamedFeatures} and whether {@code settledPlace} knows its words for a town or country.
     */
    static List<LinkedMention> without(String text, List<LinkedMention> linked,
            java.util.function.BiPredicate<LinkedMention, Boolean> candidate, Cues cues, OnceNamedJudge judge,
            Predicate<String> settledPlace) {
        Map<Entity, Integer> mentions = new HashMap<>();
        linked.forEach(m -> mentions.merge(m.entity(), 1, Integer::sum));
        List<LinkedMention> inOrder = linked.stream().sorted(java.util.Comparator.comparing(x -> x.mention().span())).toList();
        List<LinkedMention> out = new ArrayList<>(linked.size());
        for (LinkedMention m : linked) {
            if (!candidate.test(m, mentions.get(m.entity()) == 1) || judge.keeps(judged(text, m, inOrder, cues, settledPlace))) {
                out.add(m);
            }
        }
        return out;
    }

    private static OnceNamedCandidate judged(String text, LinkedMention m, List<LinkedMention> inOrder, Cues cues,
            Predicate<String> settledPlace) {
        List<String> marks = cues.of(text, m, inOrder);
        List<String> features = new ArrayList<>(marks);
        if (!marks.isEmpty()) {
            features.add("cue=some");
        }
        features.addAll(OnceNamedFeatures.of(text, m, inOrder));
        if (settledPlace.test(m.mention().text().strip())) {
            features.add("gazetteer=settled-place");
        }
        return new OnceNamedCandidate(m.mention().text(), m.entity().type(), features, !marks.isEmpty());
    }

    /** Characters either side of a mention that its cue words are looked for in: a few words, not the sentence. */
    private static final int LOOKAROUND_CHARS = 30;

    /** The text just before a mention and just after it (leading space stripped), where its cue words stand. */
    record Around(String before, String after) {
    }

    /** The words around the mention; empty when the mention runs past the end of {@code text}. */
    static java.util.Optional<Around> around(String text, LinkedMention m) {
        int begin = m.mention().span().begin();
        int end = m.mention().span().end();
        if (end > text.length()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Around(text.substring(Math.max(0, begin - LOOKAROUND_CHARS), begin),
                text.substring(end, Math.min(text.length(), end + LOOKAROUND_CHARS)).stripLeading()));
    }

    /** Whether a name of {@code type} is listed right before or after the mention ("Cheney, Perle and Wolfowitz"). */
    static boolean isListedWith(String text, LinkedMention m, List<LinkedMention> inOrder, EntityType type) {
        int i = inOrder.indexOf(m);
        LinkedMention previous = i > 0 ? inOrder.get(i - 1) : null;
        LinkedMention next = i >= 0 && i + 1 < inOrder.size() ? inOrder.get(i + 1) : null;
        return previous != null && previous.entity().type() == type && ListedNames.joined(text, previous.mention().span(), m.mention().span())
                || next != null && next.entity().type() == type && ListedNames.joined(text, m.mention().span(), next.mention().span());
    }
}
