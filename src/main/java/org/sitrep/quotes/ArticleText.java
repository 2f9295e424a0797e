package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.core.Annotated;
import org.sitrep.core.Bisection;
import org.sitrep.core.DateExpression;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Sentence;
import org.sitrep.core.Span;
import org.sitrep.core.SpanSet;
import org.sitrep.core.Token;

/** An annotated article seen token by token, with lookups from tokens to sentences, mentions and dates. */
final class ArticleText {
    /** A clitic written with the typographic apostrophe, as the tokenizer keeps it ("n’t", "’s", "’re"). */
    private static final Pattern CURLY_CLITIC = Pattern.compile("n\u2019t|\u2019(?:s|re|ll|d|ve|m)");

    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final List<Mention> mentions;
    final List<DateExpression> dates;
    final List<Span> paragraphs;
    /** The dependency parses of the sentences, made when asked for. */
    final org.sitrep.core.Syntax syntax;
    private final int[] sentenceOfToken;
    private final Mention[] mentionOfToken;
    /** The first organisation mention (in text order) ending at each offset. */
    private final Map<Integer, Mention> organisationEndingAt = new HashMap<>();
    /** {@code mentionReach[i]}: the furthest end among mentions 0..i, non-decreasing (mentions are in text order). */
    private final int[] mentionReach;
    /** {@code lastOfType[type][i]}: the index of the last mention of that type among mentions 0..i, or -1. */
    private final int[][] lastOfType;
    /** Each token's lower-cased text, filled in as {@link #word} is first asked for it. */
    private final String[] lowerWords;

    ArticleText(Annotated a) {
        this.text = a.article().text();
        this.tokens = a.tokens();
        this.sentences = a.sentences();
        this.mentions = a.mentions();
        this.syntax = a.syntax();
        // A caption's dates are offsets into the caption, and no statement of the text was made on them.
        this.dates = a.dates().stream().filter(d -> d.caption() == null).toList();
        List<Span> paras = new ArrayList<>();
        if (!a.article().title().isEmpty()) {
            paras.add(a.article().titleSpan());
        }
        paras.addAll(a.article().paragraphSpans());
        this.paragraphs = paras;
        lowerWords = new String[tokens.size()];
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
            if (m.type() == EntityType.ORGANIZATION) {
                organisationEndingAt.putIfAbsent(m.span().end(), m);
            }
        }
        mentionReach = new int[mentions.size()];
        lastOfType = new int[EntityType.values().length][mentions.size()];
        int reach = Integer.MIN_VALUE;
        int[] last = new int[EntityType.values().length];
        java.util.Arrays.fill(last, -1);
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            reach = Math.max(reach, m.span().end());
            mentionReach[i] = reach;
            last[m.type().ordinal()] = i;
            for (int type = 0; type < last.length; type++) {
                lastOfType[type][i] = last[type];
            }
        }
    }

    /** The first organisation mention in text order that ends exactly at {@code offset}, or {@code null}. */
    Mention organisationEndingAt(int offset) {
        return organisationEndingAt.get(offset);
    }

    /** The first mention of the type, in text order, that lies within {@code [from, to)}, or {@code null}. */
    Mention firstWithin(int from, int to, EntityType type) {
        int first = Bisection.first(mentions.size(), k -> mentions.get(k).span().begin() >= from);
        for (int i = first; i < mentions.size() && mentions.get(i).span().begin() < to; i++) {
            Mention m = mentions.get(i);
            if (m.span().end() <= to && m.type() == type) {
                return m;
            }
        }
        return null;
    }

    /**
     * The last mention of the type among the mentions that come, in text order, before the first one ending after
     * {@code offset}; {@code null} if none.
     */
    Mention lastEndingBy(int offset, EntityType type) {
        int lo = Bisection.first(mentions.size(), k -> mentionReach[k] > offset);
        int index = lo == 0 ? -1 : lastOfType[type.ordinal()][lo - 1];
        return index < 0 ? null : mentions.get(index);
    }

    int size() {
        return tokens.size();
    }

    /**
     * Lower-cased token text, a clitic written with the typographic apostrophe ("n’t", "’s", "’re") in its ASCII form:
     * the tokenizer keeps the page's apostrophe, and the rules' word lists ("n't", "'s") are written in ASCII.
     */
    String word(int t) {
        if (t < 0 || t >= tokens.size()) {
            return "";
        }
        // The rules ask for the same tokens' words many times over (each cue frame reads around its cue).
        String w = lowerWords[t];
        if (w == null) {
            w = asciiClitic(tokens.get(t).text().toLowerCase(Locale.ROOT));
            lowerWords[t] = w;
        }
        return w;
    }

    /** {@code w} with the apostrophe of a clitic ("n’t", "’s") made ASCII; any other word as it is. */
    static String asciiClitic(String w) {
        return CURLY_CLITIC.matcher(w).matches() ? w.replace('\u2019', '\'') : w;
    }

    /** Whether token {@code t} is the possessive "'s" ("Clinton's"), with either apostrophe, in any case. */
    boolean isPossessive(int t) {
        return word(t).equals("'s");
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

    /** The span of the sentence of the first token at or after the offset, or of the last sentence if none is. */
    Span sentenceSpanAt(int offset) {
        int t = firstTokenAtOrAfter(offset);
        return sentences.get(sentenceOf(Math.min(t, size() - 1))).span();
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

    /** The index of the paragraph (the title counts as one) that holds the offset or the break after it; the last one past the end, -1 when there is none. */
    int paragraphOf(int offset) {
        if (paragraphs.isEmpty()) {
            return -1;
        }
        return Bisection.first(paragraphs.size() - 1, k -> offset < paragraphs.get(k).end() + 2);
    }

    boolean isCapitalized(int t) {
        String w = raw(t);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /**
     * Whether the word at {@code t} has the form of a past tense or participle: in lower case, over four letters,
     * ending in -ed ("attacked", "agreed"; not "Ted" nor "shed"). Nouns and adjectives in -ed pass too ("the disputed
     * vote"), so a caller asking this treats the word as a possible verb.
     */
    boolean isPastForm(int t) {
        String w = word(t);
        return w.length() > 4 && w.endsWith("ed") && !isCapitalized(t);
    }

    boolean isPunctuation(int t) {
        String w = raw(t);
        return !w.isEmpty() && !Character.isLetterOrDigit(w.charAt(0));
    }

    /**
     * The last token of the hyphenated word that token {@code t} opens ("secretary-general", "mother-in-law"), which
     * the tokenizer splits at its hyphens; {@code t} itself when no hyphen is fused to it.
     */
    int compoundEnd(int t) {
        while (t + 2 < tokens.size() && raw(t + 1).equals("-") && span(t).end() == span(t + 1).begin()
                && span(t + 1).end() == span(t + 2).begin() && !isPunctuation(t + 2)) {
            t += 2;
        }
        return t;
    }

    /** True when token {@code t} overlaps any of the spans; false for a token past either end. */
    boolean inAny(int t, SpanSet spans) {
        return t >= 0 && t < tokens.size() && spans.overlapsAny(span(t));
    }

    /**
     * The first token from {@code t} on, before {@code end}, that is no auxiliary and no adverb in -ly outside a name
     * ("Liu Xiaming has said", "Smith also said"); {@code end} when all are.
     */
    int pastAuxiliaries(int t, int end) {
        while (t < end && isAuxiliaryOrAdverb(t)) {
            t++;
        }
        return t;
    }

    /**
     * The first of the auxiliaries and adverbs in -ly outside a name that end right before {@code end}, not before
     * {@code from} ("X of Y has said"); {@code end} when none stands there.
     */
    int auxiliariesBefore(int from, int end) {
        int t = end;
        while (t > from && isAuxiliaryOrAdverb(t - 1)) {
            t--;
        }
        return t;
    }

    private boolean isAuxiliaryOrAdverb(int t) {
        return SpeechCues.AUXILIARIES.contains(word(t)) || word(t).endsWith("ly") && mention(t) == null;
    }

    /**
     * The one person named in tokens {@code [from, to)} outside {@code quoted}, however often; {@code null} when none
     * is or two are (by surname).
     */
    Mention onlyPersonBetween(int from, int to, SpanSet quoted) {
        Mention found = null;
        for (int t = from; t < to; t++) {
            Mention m = mention(t);
            if (m == null || m.type() != EntityType.PERSON || inAny(t, quoted)) {
                continue;
            }
            if (found != null && !SpeakerDetails.surname(found.text()).equals(SpeakerDetails.surname(m.text()))) {
                return null;
            }
            found = found == null ? m : found;
        }
        return found;
    }
}
