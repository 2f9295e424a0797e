package org.sitrep.quotes;

import java.util.Map;
import java.util.Set;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;
import org.sitrep.quotes.ReportedSpeechFinder.Found;

/**
 * Statements whose source a phrase names apart from any verb: "According to X, CONTENT", "CONTENT, according to X.",
 * "In the ministry's view, CONTENT", "By some estimates, CONTENT".
 */
final class SourcePhraseFrames extends FrameFamily {
    /** Nouns that, owned or after "by", say whose account a sentence gives ("In the ministry's view, ...", "By some estimates, ..."). */
    private static final Set<String> VIEW_NOUNS = Set.of("view", "opinion", "estimate", "estimates", "account", "accounts",
            "assessment", "reckoning", "telling", "words", "calculation", "calculations", "count", "judgment", "judgement");
    private static final Map<String, String> POSSESSIVE_PRONOUNS = Map.of("his", "he", "her", "she",
            "their", "they", "its", "it");
    /** The object pronouns of the third person that may stand alone after "according to", with their subject forms. */
    private static final Map<String, String> OBJECT_PRONOUNS = Map.of("him", "he", "her", "she",
            "them", "they");
    private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whose");

    SourcePhraseFrames(SentenceTokens tokens, SpeakerLocator speakers, ContentSpans contents, Holders holders) {
        super(tokens, speakers, contents, holders);
    }

    /**
     * "In the ministry's view, CONTENT", "In his words, CONTENT", "By some estimates, CONTENT": a sentence that opens
     * with whose view or estimate it gives, the rest of it what they hold. {@code null} when the opening is no such
     * phrase closed by a comma.
     */
    Found view(int c, int from, int end) {
        for (int h = c + 1; h <= end - 3 && h - c <= 6; h++) {
            if (tokens.inQuote(h) || at.isPunctuation(h) && !at.isPossessive(h)) {
                return null;
            }
            if (!VIEW_NOUNS.contains(at.word(h)) || !at.raw(h + 1).equals(",")) {
                continue;
            }
            boolean owned = at.isPossessive(h - 1) && h - 2 > c;
            int last = owned ? h - 2 : h;
            if (at.word(c).equals("in") && !owned && !POSSESSIVE_PRONOUNS.containsKey(at.word(h - 1))) {
                return null; // "In any case," "In recent weeks,": no one's view
            }
            SpeakerRef s;
            String pronoun = POSSESSIVE_PRONOUNS.get(at.word(h - 1));
            if (pronoun != null && h - 1 == c + 1) {
                s = new SpeakerRef(at.span(h - 1), pronoun, null, true);
            } else {
                Span span = new Span(at.span(c + 1).begin(), at.span(last).end());
                s = new SpeakerRef(span, span.of(at.text), at.mention(last), false);
            }
            Span cue = new Span(at.span(c).begin(), at.span(h).end());
            return contents.clause(h + 2, end, new Attribution(s, cue, cue.of(at.text)));
        }
        return null;
    }

    /** "According to X, CONTENT." or "CONTENT, according to X." */
    Found accordingTo(int c, int from, int end) {
        Span cue = new Span(at.span(c).begin(), at.span(c + 1).end());
        SpeakerRef s = speakers.after(c + 2, end + 1);
        String pronoun = OBJECT_PRONOUNS.get(at.word(c + 2));
        if (s == null && pronoun != null && c + 2 <= end && (c + 2 == end || at.isPunctuation(c + 3))) {
            // "According to him, CONTENT": the pronoun stands for someone named before, as "he said" would; taken as
            // a plain phrase it was shown as the speaker "him". A word after it makes "her" an owner ("her lawyer").
            s = new SpeakerRef(at.span(c + 2), pronoun, null, true);
        }
        // "CONTENT, according to the event organizer Alliance to Reclaim Our Schools (AROS)." closes its sentence: the
        // words after the cue are the source, whether or not they start with a name.
        // "..., according to the report, by the International Crisis Group, a research organization based in Brussels.":
        // appositions about the source may follow it, no clause.
        boolean closing = c > from && at.raw(c - 1).equals(",") && (tokens.nextComma(c + 2, end) < 0 || namesOnly(c + 2, end));
        // "Today, according to estimates by the US government, CONTENT": a short phrase may open the sentence.
        boolean introduced = c > from + 1 && at.raw(c - 1).equals(",") && c - 1 - from <= SentenceTokens.MAX_INTRODUCTION && namesOnly(from, c - 2);
        int after = tokens.nextComma(c + 2, end);
        // "Some 200 families, according to the UN, have fled ...": a verb right after the source's comma goes on from a
        // subject before it, no introductory phrase.
        boolean opening = c == from || c == from + 1 && at.isPunctuation(from) || introduced && !closing && !predicateAt(after + 1, end);
        // "The airport was shelled overnight, according to X, killing four": the source set off in the middle of what
        // was said, which is the whole sentence around it.
        boolean middle = !closing && !opening && c > from + 2 && at.raw(c - 1).equals(",") && after > c + 2 && end - after >= 3
                && namesOnly(c + 2, after - 1) && tokens.finiteOutsideQuotes(from, end);
        if (s == null && (closing || opening || middle) && c + 2 <= end) {
            int comma = tokens.nextComma(c + 2, end);
            int last = comma > c + 2 ? comma - 1 : at.isPunctuation(end) ? end - 1 : end;
            Span span = new Span(at.span(c + 2).begin(), at.span(Math.max(c + 2, last)).end());
            s = new SpeakerRef(span, span.of(at.text), at.mention(c + 2), false);
        }
        if (!closing && !opening && !middle && closesWithoutComma(c, from, end)) {
            int tail = at.isPunctuation(end) ? end - 1 : end;
            Span span = new Span(at.span(c + 2).begin(), at.span(tail).end());
            SpeakerRef source = s != null && at.lastTokenEndingBy(s.span().end()) == tail && !s.pronoun() ? s
                    : new SpeakerRef(span, span.of(at.text), at.mention(tail), false);
            return contents.found(from, c - 1, new Attribution(source, cue, "according to"));
        }
        if (s == null) {
            return null;
        }
        if (opening) {
            int comma = tokens.nextComma(c + 2, end);
            return comma < 0 ? null : contents.clause(comma + 1, end, new Attribution(s, cue, "according to"));
        }
        if (closing) {
            return contents.found(from, c - 2, new Attribution(s, cue, "according to"));
        }
        return middle ? contents.found(openingParenthesis(from, c), closingParenthesis(after, end), new Attribution(s, cue, "according to")) : null;
    }

    /**
     * Whether "according to" closes its sentence with no comma before it and its object names who spoke ("Wiranto
     * suffered two deep wounds in the attack according to a hospital spokesperson."): the source phrase is then an
     * adjunct of the whole clause before it, as it is after a comma. Only a phrase that ends the sentence with a name
     * of a person or body or a noun of people or sources counts: without the comma "according to" as often means "as
     * laid down by" ("according to plan", "according to Islamic tradition", "according to the law"), which names no
     * one; a verb or comma after the source shows a phrase inside the clause.
     */
    private boolean closesWithoutComma(int c, int from, int end) {
        int tail = at.isPunctuation(end) ? end - 1 : end;
        if (c <= from + 2 || tail < c + 2 || tail - c > SentenceTokens.MAX_TRAILING_SPEAKER || at.isPunctuation(c - 1)
                || tokens.inQuote(c - 1) || tokens.nextComma(c + 2, end) >= 0 || !tokens.finiteOutsideQuotes(from, c - 1)
                || !namesOnly(c + 2, tail)) {
            return false;
        }
        Mention m = at.mention(tail);
        boolean named = m != null && m.type().isActor();
        return named || !at.isCapitalized(tail) && SpeechCues.PEOPLE_NOUNS.contains(at.word(tail));
    }

    /** Whether a verb opens a predicate at token {@code t}: an auxiliary or a verb in -ed or -s, past adverbs in -ly. */
    private boolean predicateAt(int first, int end) {
        if (first <= 0) {
            return false;
        }
        int t = tokens.pastAdverbs(first, end);
        return t <= end && !at.isCapitalized(t) && !tokens.inQuote(t)
                && (SentenceTokens.FINITE.contains(at.word(t)) || SpeechCues.hasVerbForm(at.word(t)));
    }

    /** The first token after the last "(" before {@code c} (the source stands in a parenthesis), else {@code from}. */
    private int openingParenthesis(int from, int c) {
        for (int t = c - 1; t >= from; t--) {
            if (at.raw(t).equals("(") || at.raw(t).equals(")")) {
                return at.raw(t).equals("(") ? t + 1 : from;
            }
        }
        return from;
    }

    /** The last token before the first ")" after {@code after}, else {@code end}. */
    private int closingParenthesis(int after, int end) {
        for (int t = after; t <= end; t++) {
            if (at.raw(t).equals(")")) {
                return t - 1;
            }
        }
        return end;
    }

    /**
     * Whether tokens {@code first} to {@code last} hold no clause (no finite or speech verb, no quote) but maybe a
     * relative one that describes a name before it ("a research organization that has become ...").
     */
    private boolean namesOnly(int first, int last) {
        for (int t = first; t <= last; t++) {
            if (t > first && at.raw(t - 1).equals(",") || t > first + 1) {
                if (RELATIVES.contains(at.word(t)) && !tokens.inQuote(t)) {
                    return true;
                }
            }
            if (tokens.inQuote(t) || SentenceTokens.FINITE.contains(at.word(t)) || SpeechCues.isVerb(at.word(t))) {
                return false;
            }
        }
        return true;
    }
}
