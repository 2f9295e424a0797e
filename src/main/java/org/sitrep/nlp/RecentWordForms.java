package org.sitrep.nlp;

import java.util.function.Function;

/**
 * A word function (CoreNLP's CRF turns British spellings American, word by word, before building its features) that
 * gives back the form it gave for a word it was asked about lately instead of working it out again: the CRF asks about
 * each word of a sentence many times over (as the word, as a neighbour, and for each other place the word occurs in
 * the part being tagged), and each answer for a word of four letters or more runs a hash look-up and a regular
 * expression. The function must give equal forms for equal words, as CoreNLP's do. A table of {@link #SLOTS} entries,
 * where a new word takes the place of the one in its slot, bounds the memory (at most {@link #SLOTS} words and their
 * forms). Thread-safe: an entry is one immutable object, so a thread reads another's entry whole or not at all.
 */
final class RecentWordForms implements Function<String, String> {
    /** A power of two, so that a word's slot is its mixed hash masked; more than the words of a part of an article. */
    static final int SLOTS = 16_384;

    private record Entry(String word, String form) {
    }

    private final Function<String, String> function;
    private final Entry[] recent = new Entry[SLOTS];

    /** The {@code function}, remembering its last answers. */
    RecentWordForms(Function<String, String> function) {
        if (function == null) {
            throw new IllegalArgumentException("function must not be null");
        }
        this.function = function;
    }

    /** The function's form of {@code word}; null gives what the function gives for null, unremembered. */
    @Override
    public String apply(String word) {
        if (word == null) {
            return function.apply(null);
        }
        int slot = slot(word.hashCode());
        Entry kept = recent[slot];
        if (kept != null && kept.word().equals(word)) {
            return kept.form();
        }
        String form = function.apply(word);
        recent[slot] = new Entry(word, form);
        return form;
    }

    /** The function whose answers are remembered. */
    Function<String, String> function() {
        return function;
    }

    private static int slot(int hash) {
        int h = hash * 0x9E3779B9;
        return (h ^ (h >>> 16)) & (SLOTS - 1);
    }
}
