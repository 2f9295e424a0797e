package org.sitrep.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ids of the articles a search matched, without snippets, and each one's publication day.
 *
 * @param days    the publication day of each of {@code ids}, in the same order; null for an undated article
 * @param total   how many articles match in all; more than {@code ids} holds when the limit cut them
 * @param partial the search reached its time limit: the ids are those found until then
 */
public record SearchMatches(List<String> ids, List<LocalDate> days, long total, boolean partial) {
    public SearchMatches {
        ids = List.copyOf(ids);
        // List.copyOf refuses nulls, which stand for undated articles here.
        days = Collections.unmodifiableList(new ArrayList<>(days));
        if (days.size() != ids.size()) {
            throw new IllegalArgumentException("days must hold one day per id; got " + days.size() + " days for " + ids.size() + " ids");
        }
    }
}
