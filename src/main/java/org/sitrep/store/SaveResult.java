package org.sitrep.store;

import java.util.List;

/**
 * What saving an article did.
 *
 * @param id the article's id
 * @param created whether it was new rather than a replacement of an earlier copy
 * @param sequence the number the save took from the article sequence (see {@link ArticleStore#sequence()})
 * @param removed the ids of other stored articles the save replaced and deleted (an earlier copy with the same text
 *     under another address), empty when none
 */
public record SaveResult(String id, boolean created, long sequence, List<String> removed) {
    public SaveResult {
        removed = List.copyOf(removed);
    }
}
