package org.sitrep.store;

import java.util.List;

/**
 * What saving an article did.
 *
 * @param id the article's id: the one saved, or for a copy the stored article it copies
 * @param outcome whether the article was new, replaced an earlier copy of itself, or was a copy of a stored article
 *     under another address (then nothing but the address was stored)
 * @param sequence the number the save took from the article sequence (see {@link ArticleStore#sequence()}); a copy,
 *     which changes no article, takes none and gives the sequence's last number
 * @param removed the ids of other stored articles the save replaced and deleted (an earlier copy with the same text
 *     under another address), empty when none
 */
public record SaveResult(String id, Outcome outcome, long sequence, List<String> removed) {
    /** What a save did to the store. */
    public enum Outcome {
        CREATED, UPDATED,
        /** The page was a stored article word for word under another address; the address and outlet were added to it. */
        COPY
    }

    public SaveResult {
        removed = List.copyOf(removed);
    }

    /** Whether the article was new rather than a replacement of an earlier copy or a copy of a stored article. */
    public boolean created() {
        return outcome == Outcome.CREATED;
    }
}
