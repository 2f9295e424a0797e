package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The words of a statement search as the word index asks for them: each whitespace-separated word of the input is a
 * run of tokens (letters and digits; anything else separates them, as the index's tokenizer does), which must appear
 * side by side as whole words; a word ending in {@code *} takes its last token as a prefix. Words without a letter or
 * digit are dropped. The expressions built here hold only tokens, so no input can change their syntax.
 */
record StatementWords(List<Word> words) {
    /** One word of the input: its tokens in order, lower case, and whether the last is a prefix. */
    record Word(List<String> tokens, boolean prefix) {
        Word {
            tokens = List.copyOf(tokens);
        }
    }

    StatementWords {
        words = List.copyOf(words);
    }

    /** The words of {@code input} (words of a {@link QuoteQuery}), empty when none has a letter or digit. */
    static StatementWords of(List<String> input) {
        List<Word> out = new ArrayList<>();
        for (String w : input) {
            List<String> tokens = tokens(w);
            if (!tokens.isEmpty()) {
                out.add(new Word(tokens, w.endsWith("*")));
            }
        }
        return new StatementWords(out);
    }

    private static List<String> tokens(String word) {
        List<String> out = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        word.codePoints().forEach(cp -> {
            if (isTokenChar(cp)) {
                token.appendCodePoint(cp);
            } else if (!token.isEmpty()) {
                out.add(token.toString().toLowerCase(Locale.ROOT));
                token.setLength(0);
            }
        });
        if (!token.isEmpty()) {
            out.add(token.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** FTS5's unicode61 token characters: letters, numbers and private-use ones; combining marks go with their letter. */
    private static boolean isTokenChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER
                || type == Character.PRIVATE_USE || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * An FTS5 MATCH expression: each word a quoted phrase (its tokens side by side), {@code *} after it for a prefix,
     * all of them required. Tokens never hold a double quote, so the quoting cannot be broken out of.
     */
    String fts5() {
        return words.stream().map(w -> "\"" + String.join(" ", w.tokens()) + "\"" + (w.prefix() ? "*" : ""))
                .collect(Collectors.joining(" AND "));
    }

    /**
     * A PostgreSQL {@code to_tsquery('simple', ...)} expression: each word its tokens followed one by another
     * ({@code <->}), {@code :*} on a prefix, all of them required ({@code &}). Each token is quoted as a lexeme.
     */
    String tsquery() {
        return words.stream().map(w -> {
            List<String> lexemes = new ArrayList<>();
            for (int i = 0; i < w.tokens().size(); i++) {
                boolean last = i == w.tokens().size() - 1;
                lexemes.add("'" + w.tokens().get(i) + "'" + (last && w.prefix() ? ":*" : ""));
            }
            return lexemes.size() == 1 ? lexemes.get(0) : "(" + String.join(" <-> ", lexemes) + ")";
        }).collect(Collectors.joining(" & "));
    }
}
