package org.sitrep.index;

import java.util.List;

/**
 * The ids of the articles a search matched, without snippets.
 *
 * @param total   how many articles match in all; more than {@code ids} holds when the limit cut them
 * @param partial the search reached its time limit: the ids are those found until then
 */
public record SearchMatches(List<String> ids, long total, boolean partial) {
    public SearchMatches {
        ids = List.copyOf(ids);
    }
}
