package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.sitrep.core.Annotated;
import org.sitrep.core.DateExpression;
import org.sitrep.core.Mention;
import org.sitrep.core.Sentence;
import org.sitrep.core.Span;
import org.sitrep.core.Token;

/** An annotated article seen token by token, with lookups from tokens to sentences, mentions and dates. */
final class ArticleText {
    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final List<Mention> mentions;
    final List<DateExpression> dates;
    final List<Span> paragraphs;
    private final int[] sentenceOfToken;
    private final Mention[] mentionOfToken;

    ArticleText(Annotated a) {
        this.text = a.article().text();
        this.tokens = a.tokens();
        this.sentences = a.sentences();
        this.mentions = a.mentions();
        this.dates = a.dates();
        List<Span> paras = new ArrayList<>();
        if (!a.article().title().isEmpty()) {
            paras.add(a.article().titleSpan());
        }
        paras.addAll(a.article().paragraphSpans());
        this.paragraphs = paras;
        sentenceOfToken = new int[tokens.size()];
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            for (int t = sentence.firstToken(); t < sentence.firstToken() + sentence.tokenCount(); t++) {
                sentenceOfToken[t] = s;
            }
        }
        mentionOfToken = new Mention[tokens.size()];
        for (Mention m : mentions) {
            for (int t = firstTokenAtOrAfter(m.span().begin()); t < tokens.size() && tokens.get(t).span().begin() < m.span().end(); t++) {
                mentionOfToken[t] = m;
            }
        }
    }

    int size() {
        return tokens.size();
    }

    /** Lower-cased token text. */
    String word(int t) {
        return t < 0 || t >= tokens.size() ? "" : tokens.get(t).text().toLowerCase(Locale.ROOT);
    }

    String raw(int t) {
        return t < 0 || t >= tokens.size() ? "" : tokens.get(t).text();
    }

    Span span(int t) {
        return tokens.get(t).span();
    }

    Mention mention(int t) {
        return t < 0 || t >= tokens.size() ? null : mentionOfToken[t];
    }

    int sentenceOf(int t) {
        return sentenceOfToken[t];
    }

    int sentenceStart(int t) {
        return sentences.get(sentenceOf(t)).firstToken();
    }

    /** One past the last token of the token's sentence. */
    int sentenceEnd(int t) {
        Sentence s = sentences.get(sentenceOf(t));
        return s.firstToken() + s.tokenCount();
    }

    /** The index of the first token that begins at or after the offset; {@code size()} if none. */
    int firstTokenAtOrAfter(int offset) {
        int i = Collections.binarySearch(tokens, null, (a, b) -> Integer.compare(a.span().begin(), offset));
        if (i >= 0) {
            return i;
        }
        return -i - 1;
    }

    /** The index of the last token that ends at or before the offset; -1 if none. */
    int lastTokenEndingBy(int offset) {
        int i = firstTokenAtOrAfter(offset);
        while (i > 0 && tokens.get(i - 1).span().end() > offset) {
            i--;
        }
        return i - 1;
    }

    int paragraphOf(int offset) {
        for (int p = 0; p < paragraphs.size(); p++) {
            if (offset < paragraphs.get(p).end() + 2) {
                return p;
            }
        }
        return paragraphs.size() - 1;
    }

    boolean isCapitalized(int t) {
        String w = raw(t);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    boolean isPunctuation(int t) {
        String w = raw(t);
        return !w.isEmpty() && !Character.isLetterOrDigit(w.charAt(0));
    }

    /** True when token {@code t} overlaps any of the spans; false for a token past either end. */
    boolean inAny(int t, List<Span> spans) {
        if (t < 0 || t >= tokens.size()) {
            return false;
        }
        Span s = span(t);
        for (Span q : spans) {
            if (q.overlaps(s)) {
                return true;
            }
        }
        return false;
    }
}
