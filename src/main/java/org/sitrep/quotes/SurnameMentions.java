package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.Bisection;
import org.sitrep.core.Mention;

/**
 * How often an article's mentions before a point name a surname, answered from an index built once per article: the
 * speaker features ask it for every candidate of every statement, and a long article has thousands of each.
 */
final class SurnameMentions {
    /** The indexes into the mentions of those with each surname ({@link SpeakerDetails#surname}), ascending. */
    private final Map<String, int[]> bySurname = new HashMap<>();
    /** {@code beginReach[i]}: the furthest begin among mentions 0..i, non-decreasing. */
    private final int[] beginReach;

    SurnameMentions(List<Mention> mentions) {
        Map<String, List<Integer>> indexes = new HashMap<>();
        beginReach = new int[mentions.size()];
        int reach = Integer.MIN_VALUE;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            indexes.computeIfAbsent(SpeakerDetails.surname(m.text()), k -> new ArrayList<>()).add(i);
            reach = Math.max(reach, m.span().begin());
            beginReach[i] = reach;
        }
        indexes.forEach((surname, list) -> bySurname.put(surname, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    /**
     * How many of the mentions that come, in the order given, before the first one beginning at or after
     * {@code before} have the surname {@code surname}; 0 when none.
     */
    int before(String surname, int before) {
        int[] with = bySurname.get(surname);
        if (with == null) {
            return 0;
        }
        int stop = firstReaching(before);
        int at = Arrays.binarySearch(with, stop);
        return at >= 0 ? at : -at - 1;
    }

    /** The index of the first mention that begins at or after {@code offset}; the count of mentions when none does. */
    private int firstReaching(int offset) {
        return Bisection.first(beginReach.length, i -> beginReach[i] >= offset);
    }
}
