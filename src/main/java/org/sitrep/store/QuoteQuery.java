package org.sitrep.store;

import java.time.LocalDate;
import org.sitrep.core.InputException;
import org.sitrep.core.PageRequest;
import org.sitrep.core.QuoteKind;

/**
 * A search for statements. Every part may be {@code null} (no condition).
 *
 * @param speaker an entity id, or words of the speaker's name
 * @param words words the statement must all contain (case-insensitive)
 * @param from first publication day of the article, inclusive
 * @param to last publication day of the article, inclusive
 */
public record QuoteQuery(String speaker, String words, LocalDate from, LocalDate to, String outlet, QuoteKind kind,
                         PageRequest page) {
    public QuoteQuery {
        speaker = blankToNull(speaker);
        words = blankToNull(words);
        outlet = blankToNull(outlet);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InputException("from", "date range starts after it ends; got: " + from + " to " + to);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
