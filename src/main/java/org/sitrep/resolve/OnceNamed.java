package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Whether a mention's words around it, in the text and among the article's mentions in text order, mark its type. */
    @FunctionalInterface
    interface Marks {
        boolean test(String text, LinkedMention m, List<LinkedMention> inOrder);
    }

    /**
     * The mentions, in the order given, without those that {@code candidate} takes (it is told whether the mention's
     * entity is named once) and that {@code marks} does not mark.
     */
    static List<LinkedMention> without(String text, List<LinkedMention> linked,
            java.util.function.BiPredicate<LinkedMention, Boolean> candidate, Marks marks) {
        Map<Entity, Integer> mentions = new HashMap<>();
        linked.forEach(m -> mentions.merge(m.entity(), 1, Integer::sum));
        List<LinkedMention> inOrder = linked.stream().sorted(java.util.Comparator.comparing(x -> x.mention().span())).toList();
        List<LinkedMention> out = new ArrayList<>(linked.size());
        for (LinkedMention m : linked) {
            if (!candidate.test(m, mentions.get(m.entity()) == 1) || marks.test(text, m, inOrder)) {
                out.add(m);
            }
        }
        return out;
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
