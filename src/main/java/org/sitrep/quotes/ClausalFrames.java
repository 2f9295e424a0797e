package org.sitrep.quotes;

import org.sitrep.core.Dependencies;
import org.sitrep.core.Sentence;
import org.sitrep.core.SpanSet;
import org.sitrep.quotes.ReportedSpeechFinder.Found;

/**
 * Statements the dependency parse shows where the word-position frames read none: a word of saying or belief whose
 * clausal complement ({@code ccomp}) is a clause with a subject of its own ("government agencies ... have defined their
 * tasks and report they are making notable progress", "nearly all eyewitnesses ... agree she was first shot"), spoken
 * by the subject the parse gives the word ({@link CueSubject}), its words those the clause spans. The words around a
 * cue vary without end; the syntax of a verb and its complement does not. The {@link ReportedSpeechFilter} weighs
 * what this frame reads as it weighs the others. Only a sentence in which no frame found a statement and where a
 * clause may open a few words after a cue word is parsed: each word parsed costs more than the rest of the pipeline's
 * work on it, and on the field corpus these are 2% of sentences (3% of words).
 */
final class ClausalFrames {
    /** The frame's name, a feature of the {@link ReportedSpeechFilter}. */
    static final String FRAME = "clausal";

    private final ArticleText at;
    private final SentenceTokens tokens;
    private final ContentSpans contents;
    private final CueSubject subjects;
    private final Suppositions suppositions;

    ClausalFrames(SentenceTokens tokens, ContentSpans contents, SpanSet quoted, Suppositions suppositions) {
        this.at = tokens.at;
        this.suppositions = suppositions;
        this.tokens = tokens;
        this.contents = contents;
        this.subjects = new CueSubject(at, quoted);
    }

    /**
     * The first statement of the sentence at {@code sentence} that a cue word's clausal complement reports, with the
     * cue's subject as speaker; {@code null} when no cue word stands outside quotes, there is no parse, or no cue word
     * has a complement clause after it with a subject of its own and a speaker.
     */
    Found complement(int sentence) {
        Sentence s = at.sentences.get(sentence);
        int first = s.firstToken();
        int end = tokens.lastWordToken(first, first + s.tokenCount());
        Dependencies d = null;
        for (int c = first; c < end; c++) {
            if (tokens.inQuote(c) || !isCueWord(at.word(c)) || suppositions.reportsNothing(c) || !clauseNear(c, end)) {
                continue;
            }
            d = d != null ? d : at.syntax.of(sentence).orElse(null);
            if (d == null || d.size() < s.tokenCount()) {
                return null;
            }
            Found f = reported(d, first, c);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Words from a cue to the clause it may take, at most: a short adverbial or listener may stand between. */
    private static final int MAX_CUE_TO_CLAUSE = 4;

    /**
     * Whether a clause may open within a few words after the cue at {@code c}: "that", or a subject with a finite verb.
     * Only then is the sentence parsed.
     */
    private boolean clauseNear(int c, int end) {
        for (int t = c + 1; t <= end && t - c <= MAX_CUE_TO_CLAUSE && !tokens.inQuote(t); t++) {
            if (at.word(t).equals("that") || tokens.isFiniteClause(t, end)) {
                return true;
            }
        }
        return false;
    }

    /** Words of saying, belief or stance, as the other frames know them. */
    private static boolean isCueWord(String w) {
        return SpeechCues.isVerb(w) || SpeechCues.ATTITUDES.contains(w) || SpeechCues.THAT_HEADS.contains(w);
    }

    /** The statement the complement of the verb at token {@code c} reports, its words the clause's, or {@code null}. */
    private Found reported(Dependencies d, int first, int c) {
        int cue = c - first;
        int clause = d.dependent(cue, "ccomp");
        if (!d.tag(cue).startsWith("VB") || clause <= cue || !hasOwnSubject(d, clause)) {
            return null;
        }
        int[] range = d.extent(clause);
        int from = first + range[0];
        int to = first + range[1];
        while (from < to && (at.word(from).equals("that") || at.isPunctuation(from))) {
            from++;
        }
        while (to > from && at.isPunctuation(to)) {
            to--;
        }
        if (to - from < 2) {
            return null;
        }
        Attribution cueOnly = new Attribution(null, at.span(c), at.raw(c));
        SpeakerRef speaker = subjects.of(cueOnly);
        if (speaker == null || speaker.span().end() > at.span(from).begin() && speaker.span().begin() < at.span(to).end()) {
            return null;
        }
        Found f = contents.found(from, to, new Attribution(speaker, cueOnly.cue(), cueOnly.cueText()));
        return f == null ? null : f.withFrame(FRAME);
    }

    /** Whether the clause headed at {@code clause} has a subject: a finite clause, not an object with its verb. */
    private static boolean hasOwnSubject(Dependencies d, int clause) {
        return d.dependent(clause, "nsubj") >= 0 || d.dependent(clause, "expl") >= 0 || d.dependent(clause, "csubj") >= 0;
    }
}
