package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.Span;
import org.sitrep.core.SpanSet;

/**
 * Sentences that go on with what a reported statement before them says: "The ministry said the army had withdrawn
 * from the town. It would return once the roads were cleared." The second sentence is still the ministry's report
 * only when it names no new source (no cue, no quote marks, no first person) and keeps the backshifted modal of
 * reported speech ("would", "could", "might") near its start; a sentence in the writer's own present or past tense
 * is the writer's.
 */
final class ReportContinuation {
    /** Modals that mark a clause as reported after a cue in the past. */
    private static final Set<String> REPORTED_MODALS = Set.of("would", "could", "might", "'d");
    /** Past cues after which a backshifted modal goes on reporting (not "says": its report keeps the present). */
    private static final Set<String> PAST_CUES = Set.of("said", "told", "added", "explained", "warned", "stated",
            "announced", "insisted", "argued", "claimed", "noted", "wrote", "reported", "declared", "stressed", "predicted",
            "estimated", "confirmed", "acknowledged", "admitted", "suggested", "according to", "forecast", "indicated");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "my", "our", "me", "us");
    /** Words of a refusal to say more ("He would not give details"): the writer's account of the speaker, not their words. */
    private static final Set<String> NO_REPORT = Set.of("details", "elaborate", "comment", "declined", "refused", "identify",
            "specify", "respond");
    /** The modal must stand among a sentence's first words: its subject and the verb, not a clause deep inside. */
    private static final int MAX_MODAL_AT = 8;
    private static final int MIN_WORDS = 4;
    private static final int MAX_WORDS = 60;
    /** Tokens from a cue that closes its sentence to the sentence's end ("said Deputy Foreign Minister Khaled Kaim."). */
    private static final int MAX_CLOSING_FRAME = 8;
    /** Sentences one statement may go on for. */
    private static final int MAX_CONTINUED = 2;

    private final ArticleText at;
    private final SpanSet quoted;

    /** @param quoted every quote found: a sentence holding one is no one's continuation */
    ReportContinuation(ArticleText at, SpanSet quoted) {
        this.at = at;
        this.quoted = quoted;
    }

    /**
     * The continuations of the statements {@code found}, each a statement of its own with the same speaker and cue
     * and the frame "continued"; empty when none goes on.
     */
    List<ReportedSpeechFinder.Found> after(List<ReportedSpeechFinder.Found> found) {
        List<ReportedSpeechFinder.Found> out = new ArrayList<>();
        List<Span> taken = new ArrayList<>(found.stream().map(ReportedSpeechFinder.Found::content).toList());
        for (ReportedSpeechFinder.Found f : found) {
            Span joined = afterSemicolon(f, taken);
            if (joined != null) {
                taken.add(joined);
                out.add(new ReportedSpeechFinder.Found(joined, f.attribution(), QuoteKind.REPORTED, "continued"));
            }
            if (!goesOn(f)) {
                continue;
            }
            int sentence = at.sentenceOf(at.lastTokenEndingBy(f.content().end()));
            for (int k = 1; k <= MAX_CONTINUED && sentence + k < at.sentences.size(); k++) {
                Span next = continuation(sentence + k, f.content(), taken);
                if (next == null) {
                    break;
                }
                taken.add(next);
                out.add(new ReportedSpeechFinder.Found(next, f.attribution(), QuoteKind.REPORTED, "continued"));
            }
        }
        return out;
    }

    /**
     * Whether {@code f} may go on past its sentence: reported with a speaker after a past cue, its content closing the
     * sentence or followed only by its cue and speaker ("..., the ministry said.").
     */
    private boolean goesOn(ReportedSpeechFinder.Found f) {
        if (f.kind() != QuoteKind.REPORTED || f.attribution().speaker() == null || f.attribution().speaker().firstPerson()
                || !PAST_CUES.contains(f.attribution().cueText().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        int last = at.lastTokenEndingBy(f.content().end());
        int end = at.sentenceEnd(last);
        if (f.content().end() <= f.attribution().cue().begin()) {
            int cue = at.firstTokenAtOrAfter(f.attribution().cue().begin());
            return at.sentenceOf(cue) == at.sentenceOf(last) && end - cue <= MAX_CLOSING_FRAME;
        }
        for (int t = last + 1; t < end; t++) {
            if (!at.isPunctuation(t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The clause after a semicolon that closes the frame of {@code f} ("The group could not wait, Halaq said; it must
     * try harder to find the needy"), or {@code null} when there is none: the writer joins a second clause of the same
     * report to the first with the semicolon, so it needs no backshifted modal, but it must name no new source (no
     * quote, cue or first person) and must not already be a statement found.
     */
    private Span afterSemicolon(ReportedSpeechFinder.Found f, List<Span> taken) {
        if (f.kind() != QuoteKind.REPORTED || f.attribution().speaker() == null || f.attribution().speaker().firstPerson()
                || f.content().end() > f.attribution().cue().begin()) {
            return null;
        }
        int cue = at.firstTokenAtOrAfter(f.attribution().cue().begin());
        int frameEnd = Math.max(f.attribution().cue().end(), f.attribution().speaker().span().end());
        int semicolon = at.lastTokenEndingBy(frameEnd) + 1;
        int end = at.sentenceEnd(cue);
        if (semicolon >= end || !at.raw(semicolon).equals(";") || semicolon - cue > MAX_CLOSING_FRAME) {
            return null;
        }
        return ownClause(semicolon + 1, end - 1, taken);
    }

    /**
     * Tokens {@code first..last} without the punctuation that ends them, as a clause said on: {@code null} when it is
     * shorter or longer than a continuation, overlaps a statement already found, or names a source of its own.
     */
    private Span ownClause(int first, int last, List<Span> taken) {
        while (last > first && at.isPunctuation(last)) {
            last--;
        }
        if (last - first + 1 < MIN_WORDS || last - first + 1 > MAX_WORDS) {
            return null;
        }
        Span span = new Span(at.span(first).begin(), at.span(last).end());
        return taken.stream().noneMatch(span::overlaps) && !namesSource(first, last) ? span : null;
    }

    /** Whether tokens {@code first..last} hold a quote, a cue, a first person, a refusal to say more or a question. */
    private boolean namesSource(int first, int last) {
        for (int t = first; t <= last; t++) {
            String w = at.word(t);
            if (at.inAny(t, quoted) || SpeechCues.isVerb(w) || w.equals("according") || FIRST_PERSON.contains(w) || NO_REPORT.contains(w)
                    || w.equals("?")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of sentence {@code s} as a continuation of {@code content}, or {@code null} when it is none: another
     * paragraph, a statement already found in it, a quote, a cue or a first person in it, or no reported modal.
     */
    private Span continuation(int s, Span content, List<Span> taken) {
        var sentence = at.sentences.get(s);
        int first = sentence.firstToken();
        Span span = at.paragraphOf(at.span(first).begin()) != at.paragraphOf(content.begin()) ? null
                : ownClause(first, first + sentence.tokenCount() - 1, taken);
        if (span == null) {
            return null;
        }
        int last = at.lastTokenEndingBy(span.end());
        boolean modal = false;
        for (int t = first + 1; t <= last && t - first <= MAX_MODAL_AT; t++) {
            modal |= REPORTED_MODALS.contains(at.word(t));
        }
        return modal ? span : null;
    }
}
