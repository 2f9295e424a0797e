package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.core.InputException;
import org.sitrep.core.PageRequest;
import org.sitrep.core.QuoteKind;

/**
 * A search for statements. Every part may be {@code null} (no condition).
 *
 * @param speaker an entity id (only that entity's statements, see {@link org.sitrep.core.EntityType#isEntityId}), or words of
 *                the speaker's name
 * @param words words the statement must all hold as whole words (case-insensitive; a trailing {@code *} for a
 *              prefix; see {@link ArticleStore#statements}), at most {@link #MAX_WORDS}
 * @param from first publication day of the article, inclusive
 * @param to last publication day of the article, inclusive
 */
public record QuoteQuery(String speaker, String words, LocalDate from, LocalDate to, String outlet, QuoteKind kind,
                         PageRequest page) {
    /**
     * Words a statement search may hold: each is one more term for the word index to intersect (issue 14: 1,000
     * words, then LIKE conditions, gave a 500). 32 still takes a pasted sentence.
     */
    public static final int MAX_WORDS = 32;
    /** Characters of the words, the speaker and the outlet, each. */
    public static final int MAX_CHARS = 500;

    public QuoteQuery {
        speaker = bounded("speaker", blankToNull(speaker));
        words = bounded("q", blankToNull(words));
        outlet = bounded("outlet", blankToNull(outlet));
        if (split(words).size() > MAX_WORDS) {
            throw new InputException("q", "at most " + MAX_WORDS + " words in a statement search; got: " + split(words).size());
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InputException("from", "date range starts after it ends; got: " + from + " to " + to);
        }
    }

    /** The same search, another page of it. */
    public QuoteQuery withPage(PageRequest value) {
        return new QuoteQuery(speaker, words, from, to, outlet, kind, value);
    }

    /** The words a statement must contain, in order; empty when there are none. */
    public List<String> wordList() {
        return split(words);
    }

    private static List<String> split(String words) {
        return words == null ? List.of() : List.of(words.split("\\s+"));
    }

    private static String bounded(String input, String value) {
        if (value != null && value.length() > MAX_CHARS) {
            throw new InputException(input, "at most " + MAX_CHARS + " characters; got: " + value.length());
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
