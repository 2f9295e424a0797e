package org.sitrep.quotes;

import java.util.Set;
import org.sitrep.core.CalendarWords;
import org.sitrep.core.Dependencies;
import org.sitrep.core.Span;
import org.sitrep.nlp.CommonWords;
import org.sitrep.quotes.ReportedSpeechFinder.Found;

/**
 * Statements framed by a verb of saying: "X said (that) CONTENT", "X told Y CONTENT", "X, who said CONTENT",
 * "CONTENT, X said.", and what such a cue reports when read after it.
 */
final class CueFrames extends FrameFamily {
    /** Tokens from a cue to the "that" that opens its clause, at most. */
    static final int MAX_CUE_TO_THAT = 14;
    /** Words a closing cue may have after it: its speaker and a time ("said Antonio De Iesu, director of ..." is read as before). */
    private static final int MAX_CLOSING_TAIL = 6;

    CueFrames(SentenceTokens tokens, SpeakerLocator speakers, ContentSpans contents, Holders holders) {
        super(tokens, speakers, contents, holders);
    }

    /**
     * The statement of a cue that closes the sentence with its speaker ("CONTENT, witnesses said.", "CONTENT, he said
     * Tuesday."), read before any cue inside CONTENT: those words are what the closing speaker said, and a verb in them
     * ("blasted", "suggesting that") is theirs, not a statement with the sentence's subject as speaker. {@code null}
     * when no such cue closes the sentence.
     */
    Found closingCue(int from, int end) {
        for (int c = end; c > from && end - c <= SentenceTokens.MAX_TRAILING_SPEAKER; c--) {
            String w = at.word(c);
            if (tokens.inQuote(c) || at.isPunctuation(c) && !at.raw(c).equals(".")) {
                return null;
            }
            if (end - lastOfCue(c, end) > MAX_CLOSING_TAIL && !isInverted(c, from, end)) {
                continue; // "..., said a senior aid official involved in the talks.": only an inverted speaker is this long
            }
            // "..., saying it did not meet its demands.": a cue word after a determiner is a noun, no closing cue.
            // "..., The Jerusalem Post has learned.": a news outlet's own finding, closing what it reports.
            boolean learned = w.equals("learned") && (at.word(c - 1).equals("has") || at.word(c - 1).equals("have"));
            boolean cue = (SpeechCues.isFramingCue(w) || learned) && !w.endsWith("ing") && !SpeechCues.DETERMINERS.contains(at.word(c - 1)) && !tokens.beBefore(c);
            if (cue && isTrailingFrame(c, end)) {
                Found f = cueFrame(c, from, end);
                boolean before = f != null && f.content().end() <= at.span(c).begin();
                return before && !reportsWithin(at.firstTokenAtOrAfter(f.content().begin()), c) ? f.withFrame("cue") : null;
            }
        }
        return null;
    }

    /**
     * Finite verbs of saying that put their subject after them in a closing frame (", said a senior official.", ", wrote
     * the newspaper."): quotative inversion takes verbs that report words, never verbs of judgement ("praised").
     */
    private static final Set<String> INVERTING = Set.of("said", "says", "added", "adds", "wrote", "writes", "explained",
            "explains", "noted", "notes", "recalled", "recalls", "replied", "replies", "asked", "asks", "continued",
            "continues", "insisted", "insists", "argued", "argues", "warned", "warns", "stated", "states", "reported",
            "reports", "declared", "declares", "announced", "announces");

    /**
     * Whether the cue at {@code c} closes its sentence in inverted order after a comma ("The convoy was shelled twice
     * before it reached the crossing, said a senior aid official involved in the talks."): a clause with its own verb runs
     * from the sentence start to that comma, and the words after the cue name who spoke, however many, with no "that"
     * nor finite verb of a clause of what was said. A subject set off before its cue ("The ministry, in a statement,
     * said the army had ...") holds no verb before its comma, but for one in a relative clause ("Gov. John Kasich, a
     * Republican who has refused to endorse Mr. Trump, said the Khan family deserved better").
     */
    private boolean isInverted(int c, int from, int end) {
        if (!INVERTING.contains(at.word(c)) || c - 1 <= from || !at.raw(c - 1).equals(",") || tokens.inQuote(c - 1)
                || !tokens.finiteOutsideRelatives(from, c - 2)) {
            return false;
        }
        for (int t = c + 1; t <= end; t++) {
            if (tokens.inQuote(t) || at.word(t).equals("that") || SentenceTokens.FINITE.contains(at.word(t)) && !at.isPossessive(t)) {
                return false;
            }
        }
        SpeakerRef s = speakers.afterCue(c + 1, end + 1);
        return s != null && !s.pronoun() && !nameOpensClause(s, end);
    }

    /**
     * Whether the name read after a cue is the subject of a clause that goes on with its verb ("Derek Mitchell, who served
     * as ambassador ..., said Clinton reached out to McConnell"): the cue then opens what was said, and who said it
     * stands before it. After a closing cue a name ends the sentence or a comma sets off what describes it.
     */
    private boolean nameOpensClause(SpeakerRef s, int end) {
        int next = at.firstTokenAtOrAfter(s.span().end());
        return s.named() != null && next <= end && !tokens.inQuote(next) && at.isPastForm(next)
                && !at.word(next + 1).equals("by");
    }

    /**
     * Whether tokens {@code [first, limit)} hold a report of their own: a verb of saying ("and said", "told"), or a word
     * of saying, belief or will with its "that" or "to" clause ("expressed hope that", "promised to"). The closing
     * speaker then reports someone else's statement, which is read as its own ("Gadhafi asked Obama to stop ..., the
     * official said").
     */
    private boolean reportsWithin(int first, int limit) {
        for (int t = first; t < limit - 1; t++) {
            String w = at.word(t);
            String next = at.word(t + 1);
            if (tokens.inQuote(t) || w.endsWith("ing")) {
                continue; // "..., suggesting that ...": the closing speaker's own words go on
            }
            boolean saying = SpeechCues.SAYING.contains(w) || SpeechCues.TELLING.contains(w);
            boolean that = next.equals("that") && (SpeechCues.isVerb(w) || SpeechCues.THAT_HEADS.contains(w) || SpeechCues.ATTITUDES.contains(w));
            // "botched a brazen attempt to assassinate ...": a noun of will is part of what the closing speaker says.
            boolean to = next.equals("to") && SpeechCues.TO_HEADS.contains(w) && SpeechCues.hasVerbForm(w);
            if (saying || that || to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cue at {@code c} opens a whole quote after its comma or colon ("..., the mother replied, “It is
     * meant ...”"): what it reports is the quote, and the words before the cue are no statement.
     */
    private boolean introducesQuote(int c, int end) {
        int t = c + 1;
        if (t <= end && (at.raw(t).equals(",") || at.raw(t).equals(":"))) {
            t++;
        }
        while (t <= end && at.isPunctuation(t) && !tokens.inQuote(t)) {
            t++;
        }
        return t <= end && contents.inWholeQuote(t);
    }

    /** "X CUE (Y) that CONTENT", "X said CONTENT", or "CONTENT, X CUE." / "CONTENT, CUE X." */
    Found cueFrame(int c, int from, int end) {
        if (issuesDocument(c, end)) {
            return null; // "wrote a letter to the president saying ...": the participle after the document says what
        }
        if (SpeechCues.NOUN_LIKE.contains(at.word(c)) && tokens.subjectOfCopula(c, end)) {
            return null; // "The great fear, says Ahmed Rashid, is that ...": a noun, no verb of anyone's
        }
        Found plain = plainCueFrame(c, from, end);
        // Only where no other reading holds: read over one, the aside cost field test statements (stop 49).
        SpeakerRef beforeAside = plain == null ? subjectBeforeAside(c, from, end) : null;
        return beforeAside == null ? plain : afterCue(c, end, new Attribution(beforeAside, at.span(c), at.raw(c)));
    }

    /** {@link #cueFrame} before an aside between subject and cue is looked for. */
    private Found plainCueFrame(int c, int from, int end) {
        Span cue = at.span(c);
        String word = at.raw(c);
        if (c > from && isTrailingFrame(c, end) && !introducesQuote(c, end)) {
            int comma = tokens.previousComma(c, from);
            if (comma > from) {
                // "... filthy places,” said Robert Gordon": the comma may close a partial quote before the cue.
                int afterComma = comma + 1;
                while (afterComma < c && at.isPunctuation(afterComma) && tokens.inQuote(afterComma - 1)) {
                    afterComma++;
                }
                boolean inverted = at.raw(afterComma).equalsIgnoreCase(word);
                boolean inserted = inverted;
                SpeakerRef s = inverted ? speakers.after(c + 1, end + 1) : speakers.subjectBefore(c, comma + 1);
                // "..., said a photographer at the scene.": after the verb, the subject whatever its head noun.
                s = s == null && inverted && isInverted(c, from, end) ? speakers.afterCue(c + 1, end + 1) : s;
                // "The Observatory, a Britain-based monitor, said that 40 civilians ...": an apposition closes right
                // before the cue, whose clause follows it; it is read below as a cue after its subject.
                boolean apposition = s == null && comma == c - 1 && c + 2 <= end
                        && opensClause(c + 1, end);
                // "Power firms are concerned ..., Alan Brill, a leader of Kroll's practice, said in an interview."
                if (s == null && inverted && (c == end || settingOnly(c, end))) {
                    return beforeApposition(c, comma, from, new Attribution(null, cue, word));
                }
                if (s == null && !apposition) {
                    return null;
                }
                if (s != null) {
                    // "... carried shields and clubs — precautions, they said, against possible violence": a dash opens
                    // the clause the frame splits, and the words before it are the writer's.
                    int clause = afterDash(from, comma);
                    // "These men, he said, do not start out as committed jihadis": the cue stands between a subject and
                    // the rest of its clause, which says what was said.
                    // "But instead of an assassin's bullet, the Interior Ministry said, Ms. Bhutto was thrown ...": a
                    // longer phrase with no verb before the frame is an adverbial of the clause after it.
                    int f = frameEnd(c, end);
                    // "But, Mullin later said, hopes for a deal remain slim": a connective alone before the frame is
                    // no part of what was said, and the clause after it is, whatever form its verb has.
                    boolean connective = comma - clause == 1 && FRONTED_CONNECTIVES.contains(at.word(clause)) && !tokens.inQuote(clause);
                    boolean between = at.raw(f + 1).equals(",") && comma - clause <= MAX_FRONTED && !holdsVerb(clause, comma - 1)
                            && end - (f + 2) >= 2 && !SentenceTokens.COORDINATORS.contains(at.word(f + 2)) && !SpeechCues.isParticiple(at.word(f + 2))
                            && (connective || tokens.finiteOutsideQuotes(f + 2, Math.min(end, f + 5)));
                    if (between) {
                        return contents.clause(f + 2, end, new Attribution(s, cue, word));
                    }
                    // An inverted frame ("The younger Khamenei, said Khalaji, grew up ...") splits its clause as a plain
                    // one does, but only when a finite verb or a partial quote goes on right after it: read after any
                    // word, it cost four direct quotes' speakers on the test half (stop 42).
                    Found around = inserted ? insertedAround(clause, s, end, new Attribution(s, cue, word))
                            : aroundFrame(f, clause, end, new Attribution(s, cue, word));
                    if (around != null) {
                        return around;
                    }
                    if (!frontedSource(from, comma - 1) && !frontedBeforeObject(c, from, comma, end)) {
                        return contents.found(from, comma - 1, new Attribution(s, cue, word));
                    }
                }
            }
        }
        int relative = tokens.beforeAuxiliaries(c, from);
        if (relative > from && at.word(relative).equals("who") && !tokens.inQuote(relative)) {
            // "Ahmed Rashid, a journalist who said the Taliban had regrouped": who speaks is whom "who" stands for.
            SpeakerRef antecedent = speakers.subjectBefore(relative, from);
            antecedent = antecedent != null || !at.raw(relative - 1).equals(",") ? antecedent : holders.antecedentBefore(relative - 1, from);
            return antecedent == null ? null : afterCue(c, end, new Attribution(antecedent, cue, word));
        }
        // "A recent US intelligence report that said Iran halted ...", "the Observatory, which said 40 civilians ...":
        // the relative pronoun is the cue's subject, and who speaks is the noun it stands for.
        if (relative > from && (at.word(relative).equals("that") || at.word(relative).equals("which")) && !tokens.inQuote(relative)) {
            SpeakerRef antecedent = holders.antecedentOfRelative(relative, from);
            if (antecedent != null) {
                return afterCue(c, beforeMatrixVerb(c + 1, end), new Attribution(antecedent, cue, word));
            }
        }
        SpeakerRef s = SpeechCues.isParticiple(at.word(c)) ? speakers.sentenceSubject(from, c)
                : SpeechCues.NOUN_LIKE.contains(at.word(c)) ? speakers.subjectRightBefore(c, from) : speakers.subjectBefore(c, from);
        // "leaflets indicating that ...", "a banner reading ...": a participle right after a noun of people or writing
        // says what that noun's words say (unless someone wrote or issued it: see writerOf).
        if (s == null && SpeechCues.isParticiple(at.word(c)) && c - 1 >= from && isSayingNoun(c - 1)) {
            s = nounPhraseEndingAt(c - 1, from);
        }
        s = SpeechCues.isParticiple(at.word(c)) ? writerOf(s, from) : s;
        // "when some clans said they had been snubbed", "Initial reports said ...": a plain noun phrase as the subject.
        if (s == null && !at.word(c).endsWith("ing") && !SpeechCues.NOUN_LIKE.contains(at.word(c))) {
            s = holders.nounPhraseBefore(c, from);
        }
        if (s == null && SpeechCues.NOUN_LIKE.contains(at.word(c))) {
            s = holders.countedBefore(c, from); // "Many fear the violence will spread": a cue that is also a noun
        }
        return s == null ? null : afterCue(c, end, new Attribution(s, cue, word));
    }

    /**
     * The subject of the finite cue at {@code c} when an aside set off by commas or dashes stands between them, opened
     * by a word of likeness or inclusion or giving a figure ("Democratic economists, like their Republican
     * counterparts, say taxing consumption ...", "A third of independents, 33%, say they ...", "Many speakers — including
     * Muslims, Christians, Jews — said ..."): such an aside holds no verb and names no one who spoke, so the cue is no
     * closing frame and its subject is the noun phrase before the aside. {@code null} when no such aside stands there.
     */
    private SpeakerRef subjectBeforeAside(int c, int from, int end) {
        String w = at.word(c);
        int close = c - 1;
        if (close <= from || c + 2 > end || tokens.inQuote(close) || !isAsideMark(close) || w.endsWith("ing")
                || SpeechCues.NOUN_LIKE.contains(w)) {
            return null;
        }
        int open = close - 1;
        while (open > from && close - open <= MAX_ASIDE && !(isAsideMark(open) && at.raw(open).equals(",") == at.raw(close).equals(","))) {
            open--;
        }
        if (open <= from || close - open > MAX_ASIDE || open + 1 >= close || tokens.inQuote(open)
                || tokens.finiteOutsideQuotes(open + 1, close - 1)) {
            return null;
        }
        String first = at.word(open + 1);
        boolean figure = close - open <= 3 && !first.isEmpty() && Character.isDigit(first.charAt(0));
        if (!figure && !ASIDE_OPENERS.contains(first)) {
            return null;
        }
        SpeakerRef s = holders.nounPhraseBefore(open, from);
        s = s != null ? s : speakers.subjectBefore(open, from);
        return s != null && at.lastTokenEndingBy(s.span().end()) == open - 1 ? s : null;
    }

    /** Whether the token {@code t} is a comma or a dash, which set off an aside. */
    private boolean isAsideMark(int t) {
        String w = at.raw(t);
        return w.equals(",") || SentenceTokens.DASHES.contains(w) && !w.equals("-");
    }

    /** Words that open an aside about a subject that names no one else who spoke ("like their counterparts"). */
    private static final Set<String> ASIDE_OPENERS = Set.of("like", "unlike", "including", "especially",
            "particularly", "notably");
    /** Tokens an aside between a subject and its cue may span, its marks included. */
    private static final int MAX_ASIDE = 14;

    /**
     * The last token before the verb of the sentence round a relative clause that holds a cue ("A report that said
     * Iran halted its programme in 2003 has taken the heat out of the crisis"): once the clause after the cue has a verb,
     * a finite word right after a word of it, with no comma, conjunction or relative between, is the main clause's.
     * {@code end} when none stands there.
     */
    private int beforeMatrixVerb(int first, int end) {
        boolean verb = false;
        for (int t = first; t <= end; t++) {
            if (verb && SentenceTokens.FINITE.contains(at.word(t)) && !tokens.inQuote(t) && !at.isPunctuation(t - 1)
                    && !SentenceTokens.BOUNDARIES.contains(at.word(t - 1)) && !SpeechCues.AUXILIARIES.contains(at.word(t - 1))) {
                return t - 1;
            }
            verb |= tokens.finiteOutsideQuotes(t, t) && !at.isPossessive(t);
        }
        return end;
    }

    /**
     * Whether only a short setting follows the cue at {@code c} to the sentence's end ("said in a telephone interview",
     * "said Wednesday", "told reporters on Monday"): where or when it was said, no clause of what was said.
     */
    private boolean settingOnly(int c, int end) {
        int t = lastOfCue(c, end) + 1;
        if (t > end || end - t >= MAX_CLOSING_TAIL || !(SETTING_OPENERS.contains(at.word(t)) || SpeechCues.CALENDAR.contains(at.word(t)))) {
            return false;
        }
        for (int u = t; u <= end; u++) {
            if (at.isPunctuation(u) || tokens.inQuote(u) || SentenceTokens.FINITE.contains(at.word(u))) {
                return false;
            }
        }
        return true;
    }

    /** Words that open where or when something was said, after its cue ("in an interview", "on Monday"). */
    private static final Set<String> SETTING_OPENERS = Set.of("in", "on", "at", "during", "after", "late", "early",
            "earlier", "last", "this");

    /**
     * "The attack killed 12 people, the Syrian Observatory for Human Rights, a Britain-based monitoring group, said.":
     * a closing frame whose speaker has an apposition, so the cue follows the apposition's comma ({@code comma}) with
     * nothing after it. Who spoke stands between the two commas before the apposition, what was said before the first.
     * {@code null} when no such commas or no speaker stand there.
     */
    private Found beforeApposition(int c, int comma, int from, Attribution cueOnly) {
        int opens = tokens.previousComma(comma, from);
        int closes = opens < 0 ? -1 : tokens.previousComma(opens, from);
        if (closes <= from || opens - closes - 1 > SentenceTokens.MAX_TRAILING_SPEAKER || tokens.inQuote(opens) || tokens.inQuote(closes)) {
            return null;
        }
        SpeakerRef s = speakers.subjectBefore(opens, closes + 1);
        if (s == null || s.pronoun() || holdsVerb(closes + 1, opens - 1)) {
            return null;
        }
        return contents.found(from, closes - 1, new Attribution(s, cueOnly.cue(), cueOnly.cueText()));
    }

    /** The token after the last spaced dash outside quotes in {@code (from, comma)}, {@code from} when none stands there. */
    private int afterDash(int from, int comma) {
        for (int t = comma - 1; t > from; t--) {
            if (tokens.isSpacedDash(t) && !tokens.inQuote(t) && t + 1 < comma) {
                return t + 1;
            }
        }
        return from;
    }

    /**
     * The statement of a frame set off by commas inside the clause it reports ("The solution, the partner told them,
     * was simple.", "To fix the sewer system, he said, first the electric system had to be repaired."): the words on
     * both sides are what was said, so the content runs from the sentence's start to its end, frame and all, as one
     * span must; so too when the rest is a partial quote ("The president, the ruling said, “is unquestionably
     * authorized” to hold him"), the words said going on in the writer's clause. {@code frameEnd} is the frame's last
     * token (the cue or its listener). {@code null} when no comma follows the frame,
     * when what follows is no clause of its own words (a participle, "and", a whole quote, the "that" of the
     * cue's own clause: "proof, it claims, that ...") or when fewer than two words
     * stand after the comma.
     */
    private Found aroundFrame(int frameEnd, int from, int end, Attribution a) {
        int t = frameEnd + 1;
        int c = at.firstTokenAtOrAfter(a.cue().begin());
        // "Two soldiers were wounded, the statement added, without giving further details": after a whole clause, what
        // follows the frame is the writer's; only a clause the frame splits ("The solution, ... was simple") is held whole.
        // A frame opened by "as" is a comment clause ("It will take, as Rumsfeld has said, a sustained campaign"): it
        // stands inside the clause it reports wherever it is set.
        int opens = tokens.previousComma(c, from);
        boolean comment = opens >= from && at.word(opens + 1).equals("as") && !tokens.inQuote(opens + 1);
        if (!comment && holdsVerb(from, c - 1) && !tokens.finiteOutsideQuotes(t + 1, Math.min(end, t + 2))) {
            return null;
        }
        // "The president, the ruling said, “is unquestionably authorized” to hold him": a partial quote that goes on
        // with the subject before the frame is the rest of the same clause, the words said as the guide takes them.
        int rest = t + 1;
        while (rest <= end && rest - t <= 2 && at.isPunctuation(rest) && !at.raw(rest).equals(",")) {
            rest++;
        }
        // Not after an adverbial ("In his speech, Obama stated, “...”"): the frame then opens the sentence's own clause.
        boolean partialAfter = rest > t + 1 && tokens.inQuote(rest) && !contents.inWholeQuote(rest)
                && !SpeakerLocator.PREPOSITIONS.contains(at.word(from));
        rest = partialAfter ? rest : t + 1;
        if (t > end || !at.raw(t).equals(",") || tokens.inQuote(t) || end - rest < 1 || tokens.inQuote(rest) && !partialAfter
                || at.isPunctuation(rest) || SentenceTokens.COORDINATORS.contains(at.word(rest))
                || at.word(rest).endsWith("ing") || at.word(rest).equals("according") || at.word(rest).equals("that")
                || SpeechCues.isVerb(at.word(rest))) {
            return null;
        }
        return contents.found(from, end, a);
    }

    /**
     * The statement of an inverted frame set off by commas inside the clause it reports ("The new law, said the
     * minister, will give the police more power", "The younger Khamenei, said Khalaji, “grew up in ...”"), as
     * {@link #aroundFrame} reads a plain one: the whole sentence, frame and all. {@code null} unless a comma closes
     * the speaker and what follows it opens with a finite verb (past adverbs) or a partial quote; an apposition
     * about the speaker ("said Mehdi Khalaji, a fellow at ...") or a whole quote after it is no rest of the clause.
     */
    private Found insertedAround(int from, SpeakerRef s, int end, Attribution a) {
        int last = at.lastTokenEndingBy(s.span().end());
        while (last + 1 <= end && at.mention(last + 1) != null && !tokens.inQuote(last + 1)) {
            last++; // "says the reporter Emma Kirby, is that ...": the name after a description is the speaker's too
        }
        int rest = last + 2;
        if (s.pronoun() || rest > end || !at.raw(last + 1).equals(",") || tokens.inQuote(last + 1)) {
            return null;
        }
        // "The real problem, said the minister, a former general, was ...": an apposition about the speaker, with no
        // verb of its own, belongs to the frame, and the clause goes on after it.
        int apposition = SpeechCues.DETERMINERS.contains(at.word(rest)) ? tokens.nextComma(rest + 1, Math.min(end, rest + MAX_ASIDE)) : -1;
        if (apposition > rest && !tokens.inQuote(apposition) && !tokens.finiteOutsideQuotes(rest, apposition - 1)) {
            last = apposition - 1;
            rest = apposition + 1;
        }
        int quoted = rest;
        while (quoted <= end && quoted - rest < 2 && at.isPunctuation(quoted) && !at.raw(quoted).equals(",")) {
            quoted++;
        }
        boolean partial = quoted > rest && tokens.inQuote(quoted) && !contents.inWholeQuote(quoted);
        int v = tokens.pastAdverbs(rest, end);
        boolean verb = v <= end && !tokens.inQuote(v) && !at.isCapitalized(v)
                && CommonWords.isFiniteVerb(at.word(v)) && !SpeechCues.isVerb(at.word(v));
        return partial || verb ? aroundFrame(last, from, end, a) : null;
    }

    /**
     * "Saying he still regarded Iran as a threat, Bush said ...", "Demanding that Syria tighten its borders, the U.S.
     * has imposed ...": a participle of saying or stance opens the sentence, what it reports runs to the comma that
     * closes its phrase, and who says it is the subject right after that comma. {@code null} when no comma closes the
     * phrase, no subject follows it, or the phrase is no clause nor object of a stance ("Responding to a question, ...").
     */
    Found openingParticiple(int c, int from, int end) {
        String w = at.word(c);
        if (c != from || !w.endsWith("ing") || !(SpeechCues.isParticiple(w) || SpeechCues.ATTITUDES.contains(w))) {
            return null;
        }
        int comma = tokens.nextComma(c + 1, end);
        if (comma < c + 3 || end - comma < 3) {
            return null;
        }
        int first = at.word(c + 1).equals("that") ? c + 2 : c + 1;
        boolean clause = first > c + 1 || tokens.isFiniteClause(first, comma - 1);
        boolean object = SpeechCues.ATTITUDES.contains(w) && !OPENING_NOT_OBJECTS.contains(at.word(first));
        SpeakerRef s = speakers.sentenceSubject(comma + 1, end + 1);
        if (!(clause || object) || s == null || at.firstTokenAtOrAfter(s.span().begin()) > comma + 3) {
            return null;
        }
        return contents.found(first, comma - 1, new Attribution(s, at.span(c), at.raw(c)));
    }

    /** The noun phrase that ends at {@code last}: back over adjectives and numbers to its determiner, a few words at most. */
    private SpeakerRef nounPhraseEndingAt(int last, int from) {
        int first = last;
        while (first - 1 >= from && last - first < MAX_NOUN_PHRASE && !at.isPunctuation(first - 1) && !tokens.inQuote(first - 1)
                && !SpeechCues.AUXILIARIES.contains(at.word(first - 1)) && !SentenceTokens.BOUNDARIES.contains(at.word(first - 1))
                && !OPENING_NOT_OBJECTS.contains(at.word(first - 1)) && !SpeechCues.isVerb(at.word(first - 1))
                && !at.word(first - 1).endsWith("ed") && !at.word(first - 1).endsWith("ing")) {
            first--;
            if (SpeechCues.DETERMINERS.contains(at.word(first))) {
                break;
            }
        }
        Span span = new Span(at.span(first).begin(), at.span(last).end());
        return new SpeakerRef(span, span.of(at.text), at.mention(last), false);
    }

    /**
     * The one who wrote or issued the document {@code s} when {@code s} is that document as the object of a verb of
     * writing or issuing ("The directors wrote a letter saying ...", "Israeli security released a statement saying
     * ...", "some 235 congressmen have signed letters saying ..."): the participle reports the writer's words, and the
     * document is only their medium. {@code s} itself when it is no such object or the verb has no plain subject.
     */
    private SpeakerRef writerOf(SpeakerRef s, int from) {
        if (s == null || s.span() == null || s.named() != null) {
            return s;
        }
        int last = at.lastTokenEndingBy(s.span().end());
        if (last < 0 || !isDocumentWord(at.word(last))) {
            return s;
        }
        int first = at.firstTokenAtOrAfter(s.span().begin());
        int verb = first - 1;
        if (verb <= from || !ISSUING.contains(at.word(verb)) || tokens.inQuote(verb)) {
            return s;
        }
        SpeakerRef writer = holders.nounPhraseBefore(verb, from);
        return writer != null ? writer : s;
    }

    /**
     * Whether the verb at {@code c} writes or issues a document that is its object ("wrote a letter to the president
     * saying ...", "posted a message on Twitter blaming Iran"): the object is the medium, not what was said, and what
     * was said follows it, framed by a participle or "that" whose speaker {@link #writerOf} gives. Only a document
     * within a few words after the verb, with no preposition before it ("wrote in a letter that" frames the clause).
     */
    private boolean issuesDocument(int c, int end) {
        if (!ISSUING.contains(at.word(c)) && !ISSUING_PRESENT.contains(at.word(c))) {
            return false;
        }
        for (int t = c + 1; t <= end && t - c <= MAX_NOUN_PHRASE + 1 && !tokens.inQuote(t) && !at.isPunctuation(t); t++) {
            if (isDocumentWord(at.word(t))) {
                return true;
            }
            if (OPENING_NOT_OBJECTS.contains(at.word(t)) || at.word(t).equals("that")) {
                return false;
            }
        }
        return false;
    }

    /** Whether {@code w}, singular or plural, is a thing written or a document that carries its writer's words. */
    private static boolean isDocumentWord(String w) {
        return WRITINGS.contains(singular(w)) || DOCUMENTS.contains(singular(w));
    }

    /** Present forms of the verbs of {@link #ISSUING} ("writes a column saying"). */
    private static final Set<String> ISSUING_PRESENT = Set.of("writes", "issues", "releases", "sends", "publishes",
            "signs", "posts");

    /** Past forms of verbs whose subject writes or issues the document that is their object ("issued a statement"). */
    private static final Set<String> ISSUING = Set.of("wrote", "written", "issued", "released", "sent", "published",
            "signed", "posted", "circulated", "drafted", "filed", "delivered", "distributed");

    /** Documents, beyond {@link #WRITINGS}, that carry their writer's words ("a letter", "a statement", "a memo"). */
    private static final Set<String> DOCUMENTS = Set.of("letter", "statement", "memo", "memorandum", "release", "report");

    /** Words a noun phrase of writing may span before a participle ("some 235 lawmakers' letters"). */
    private static final int MAX_NOUN_PHRASE = 3;

    /** Whether token {@code t} is a noun, outside quotes, of people or of what they write ("letters", "a statement"). */
    private boolean isSayingNoun(int t) {
        String w = at.word(t);
        return !tokens.inQuote(t) && !at.isCapitalized(t) && (SpeechCues.PEOPLE_NOUNS.contains(w)
                || SpeechCues.PEOPLE_NOUNS.contains(singular(w)) || WRITINGS.contains(singular(w)));
    }

    /** {@code w} less a final "s", the singular the word lists hold ("letters" to "letter"); {@code w} without one. */
    private static String singular(String w) {
        return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    /** Things written or shown that say something ("leaflets saying ...", "a banner reading ..."), singular. */
    private static final Set<String> WRITINGS = Set.of("leaflet", "banner", "sign", "placard", "poster", "notice",
            "message", "cable", "email", "e-mail", "document", "video", "tweet", "post", "flyer", "slogan", "headline",
            "note", "text", "petition", "resolution", "declaration", "communique", "announcement", "warning", "order");

    /** Tokens a subject or adverbial phrase may span before a frame set off by commas ("These men, he said, do not ..."). */
    private static final int MAX_FRONTED = 12;

    /** Whether a finite or past verb stands among tokens {@code first} to {@code last}: a possessive "'s" is none. */
    private boolean holdsVerb(int first, int last) {
        for (int t = first; t <= last; t++) {
            if (tokens.finiteOutsideQuotes(t, t) && !(at.isPossessive(t) && !SpeechCues.PRONOUNS.contains(at.word(t - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether tokens {@code first} to {@code last} are a source phrase that opens the sentence ("According to the
     * Associated Press, the Islamic State group claimed responsibility ..."): the clause after its comma is what that
     * source reports, so the cue inside the clause is read with its own subject and never closes "According to X" as
     * what was said. Fronted phrases of time ("On Sunday,") were tried too: they found two more statements on the
     * field test half but cost three direct quotes their speaker there (pronouns take the last speaker), so they stay out.
     */
    private boolean frontedSource(int first, int last) {
        return at.word(first).equals("according") && at.word(first + 1).equals("to") && last - first < MAX_FRONTED
                && !holdsVerb(first, last) && !tokens.inQuote(first);
    }

    /**
     * Whether the words before the comma at {@code comma} are a phrase with no verb fronted before the clause of the
     * cue at {@code c}, whose verb the parse gives a direct object after it ("On Sunday, the al-Qaida-linked group
     * claimed responsibility for two car bomb explosions."): the verb of a closing frame takes no object of its own
     * ("..., the minister said."), so those words are the clause's adverbial, not what was said, and the statement is
     * the cue's object. False when there is no parse, when a verb or a quote stands before the comma, or when the
     * subject is not the cue's, between the comma and the cue.
     */
    private boolean frontedBeforeObject(int c, int from, int comma, int end) {
        if (SpeechCues.TELLING.contains(at.word(c)) || holdsVerb(from, comma - 1)) {
            return false; // "..., Kaim told CNN.": a telling verb's object is its listener
        }
        int sentence = at.sentenceOf(c);
        int first = at.sentences.get(sentence).firstToken();
        Dependencies d = at.syntax.of(sentence, Math.min(end, c + OBJECT_LOOKAHEAD)).orElse(null);
        if (d == null || from < first) {
            return false;
        }
        for (int t = from; t < comma; t++) {
            if (d.tag(t - first).startsWith("VB") || tokens.inQuote(t)) {
                return false; // a clause or quote before the comma is what a closing frame reports
            }
        }
        // The subject must stand between the comma and the cue: after it, the parser takes an inverted speaker
        // ("..., said a senior Defense official") for an object.
        int subject = d.dependent(c - first, "nsubj");
        return subject > comma - first && subject < c - first && d.dependent(c - first, "obj") > c - first;
    }

    /** Words after a cue the parse reads to find its object ("claimed full responsibility"). */
    private static final int OBJECT_LOOKAHEAD = 3;

    /** Words that open an adverbial, never the object of an opening participle ("Citing to ...", "Warning of ..."). */
    private static final Set<String> OPENING_NOT_OBJECTS = Set.of("to", "on", "in", "at", "about", "of", "for", "with",
            "from", "by", "after", "before", "as");

    /** Forms of "make", which with "clear" after them make a stance known ("made clear that", "making it clear"). */
    private static final Set<String> MAKING = Set.of("made", "makes", "make", "making");

    /** Whether the word at {@code c} is a form of "make" with "clear" or "it clear" after it, outside quotes. */
    boolean makesClear(int c) {
        return MAKING.contains(at.word(c)) && !tokens.inQuote(c + 1)
                && (at.word(c + 1).equals("clear") || at.word(c + 1).equals("it") && at.word(c + 2).equals("clear"));
    }

    /**
     * "Emanuel also made clear that he has not considered resigning", "Morsi made clear through a spokesman that he would
     * not step down", "rank-and-file unionists made it clear they didn't agree": who made it clear is the subject of
     * "make", and the clause after "clear" (past a short phrase and its "that") what they said. "It is clear that"
     * names no one and is no such frame. {@code null} when no subject stands before "make" or no clause follows.
     */
    Found madeClear(int c, int from, int end) {
        int clear = at.word(c + 1).equals("clear") ? c + 1 : c + 2;
        // "It was made clear early on that ...": in the passive the subject is what was made clear, not who made it
        // clear, and the sentence names no one.
        Span phrase = new Span(at.span(c).begin(), at.span(clear).end());
        Attribution a = tokens.beBefore(c) ? new Attribution(null, phrase, phrase.of(at.text)) : phraseAttribution(c, clear, from);
        if (a == null) {
            return null;
        }
        return clear + 2 <= end && tokens.isFiniteClause(clear + 1, end) ? contents.clause(clear + 1, end, a) : afterCue(clear, end, a);
    }

    /**
     * Who says what a verb phrase of saying from {@code c} to {@code last} reports ("made clear", "pointed out"): the
     * subject before the verb, or the sentence's subject when the verb is a participle ("..., pointing out that");
     * {@code null} when no subject stands there.
     */
    private Attribution phraseAttribution(int c, int last, int from) {
        SpeakerRef s = at.word(c).endsWith("ing") ? speakers.sentenceSubject(from, c) : speakers.subjectBefore(c, from);
        s = s != null || at.word(c).endsWith("ing") ? s : holders.nounPhraseBefore(c, from);
        if (s == null) {
            return null;
        }
        Span cue = new Span(at.span(c).begin(), at.span(last).end());
        return new Attribution(s, cue, cue.of(at.text));
    }

    /** Forms of "point", which with "out" after them say what follows ("pointed out that", "quick to point out that"). */
    private static final Set<String> POINTING = Set.of("point", "points", "pointed", "pointing");

    /** Whether the word at {@code c} is a form of "point" with "out" right after it, outside quotes. */
    boolean pointsOut(int c) {
        return POINTING.contains(at.word(c)) && at.word(c + 1).equals("out") && !tokens.inQuote(c + 1);
    }

    /**
     * "Sanders pointed out that veterans' issues were largely ignored", "Trump went with the odds, pointing out that
     * North Carolina would win": who points out is the subject, as for {@link #madeClear}, and what they said the
     * clause after "out", opened by "that" or by its subject and finite verb. {@code null} when no subject stands
     * before the verb or a noun phrase follows "out" ("pointed out the flaws": the object, a thing, reports no content).
     */
    Found pointedOut(int c, int from, int end) {
        int out = c + 1;
        boolean that = out + 1 <= end && at.word(out + 1).equals("that") && !tokens.inQuote(out + 1);
        int first = that ? out + 2 : out + 1;
        if (first + 2 > end || !that && !tokens.isFiniteClause(first, end)) {
            return null;
        }
        Attribution a = phraseAttribution(c, out, from);
        return a == null ? null : contents.clause(first, end, a);
    }

    /**
     * What a cue at {@code c} reports, read after it: "CUE (Y) that CONTENT", "asked whether CONTENT", "said (on
     * Tuesday) CONTENT", "told (reporters) CONTENT"; {@code null} when none of these follows.
     */
    Found afterCue(int c, int end, Attribution a) {
        String word = at.word(c);
        // "The ministry said: the convoy reached ...", "told reporters: ...": a colon opens what was said.
        int colon = SpeechCues.TELLING.contains(word) ? afterListener(c + 1, end) : c + 1;
        if (colon + 3 <= end && at.raw(colon).equals(":") && !tokens.inQuote(colon) && !at.word(c).endsWith("ing")) {
            return contents.clause(colon + 1, end, a);
        }
        // "said the city had decided that ...": a clause that opens right after the cue is what was said, and a "that"
        // further on belongs to that clause's own verb; so with a verb right after the cue, whose subject is a relative
        // word before it ("a base which the Pentagon says was involved in an attack that killed 87 people").
        boolean clauseAfter = tokens.isFiniteClause(c + 1, end) || c + 1 <= end && SentenceTokens.FINITE.contains(at.word(c + 1))
                && !tokens.inQuote(c + 1);
        for (int t = c + 1; !clauseAfter && t <= end && t - c <= MAX_CUE_TO_THAT; t++) {
            if (tokens.inQuote(t)) {
                break;
            }
            if (at.word(t).equals("that") && !tokens.inQuote(t)) {
                return contents.clause(t + 1, end, a);
            }
            if (SpeechCues.isVerb(at.word(t))) {
                break;
            }
        }
        // "Lawmakers asked whether the deals required ...": an indirect question is what was asked.
        if (c + 1 <= end && QUESTION_WORDS.contains(at.word(c + 1)) && ASKING.contains(word) && end - c >= 3) {
            return contents.clause(c + 1, end, a);
        }
        boolean bare = BARE_CLAUSE.contains(word);
        boolean saying = SpeechCues.SAYING.contains(word) || bare;
        int next = SpeechCues.TELLING.contains(word) && saying ? afterListener(c + 1, end) : c + 1;
        // "said on Tuesday the talks ...": a short time or place phrase may stand between the cue and what was said.
        next = saying ? pastAdverbials(c, next, end) : next;
        // "said “99 percent” of Zawiya is ...": a partial quote may open what was said.
        boolean opensQuote = next < end && at.isPunctuation(next) && !tokens.inQuote(next) && tokens.inQuote(next + 1);
        boolean clause = next <= end && (!at.isPunctuation(next) || opensQuote) && (!ADVERBIAL.contains(at.word(next)) || isQuantity(next))
                && (!SpeechCues.isVerb(at.word(next)) || SpeechCues.NOUN_LIKE.contains(at.word(next))) && end - next >= 2;
        return saying && clause && (!bare || tokens.isFiniteClause(next, end)) ? contents.saidClause(next, end, a) : null;
    }

    /**
     * The first token past the short time, place or medium phrases that stand from {@code next} after the cue at
     * {@code c} ("said on Tuesday", "said in a statement"), {@code next} when none does.
     */
    private int pastAdverbials(int c, int next, int end) {
        while (next <= end && next - c <= 6 && ADVERBIAL.contains(at.word(next)) && !isQuantity(next)) {
            next++;
            while (next <= end && next - c <= 6 && (at.isCapitalized(next) || SpeechCues.DETERMINERS.contains(at.word(next)))
                    && !SentenceTokens.CLAUSE_OPENERS.contains(at.word(next)) && at.mention(next) == null) {
                next++;
            }
            // "said in a statement the strike killed ...", "told reporters in a briefing ...": the medium is no content.
            for (int m = next; m <= end && m - next <= MAX_MEDIUM_WORDS && !at.isPunctuation(m); m++) {
                if (MEDIA.contains(at.word(m))) {
                    next = m + 1; // "on its Telegram channel", "in a televised address"
                    break;
                }
            }
        }
        return next;
    }

    /** Nouns of a medium that close a phrase between a cue and what was said ("said in a statement on Tuesday ..."). */
    private static final Set<String> MEDIA = Set.of("statement", "interview", "speech", "letter", "post", "tweet", "briefing",
            "conference", "video", "message", "email", "e-mail", "broadcast", "address", "communique", "posting", "call",
            "report", "press", "release", "channel", "account", "page", "website", "programme", "program", "show",
            "podcast", "appearance");
    /** Words a medium's phrase may hold after its preposition ("in a televised address"). */
    private static final int MAX_MEDIUM_WORDS = 3;

    /** Whether "at least", "at most", "about 40": a quantity that opens what was said, not a phrase of time or place. */
    private boolean isQuantity(int t) {
        String w = at.word(t);
        String next = at.word(t + 1);
        return w.equals("at") && (next.equals("least") || next.equals("most"))
                || (w.equals("about") || w.equals("over")) && !next.isEmpty() && Character.isDigit(next.charAt(0));
    }

    /**
     * Verbs of thought and claim whose clause may follow with no "that" ("Many think some of those funds have been
     * diverted", "the authorities believe a homemade bomb caused ..."), read only when what follows is a clause: their
     * object may as well be a noun ("claimed responsibility", "denied the charges").
     */
    private static final Set<String> BARE_CLAUSE = Set.of("think", "thinks", "believe", "believes", "believed", "claim",
            "claims", "claimed", "insist", "insists", "insisted", "warn", "warns", "warned", "argue", "argues", "argued",
            "admitted", "admits", "acknowledged", "acknowledges", "confirmed", "confirms", "denied", "denies", "noted",
            "notes", "stressed", "added", "adds", "explained", "suggested", "suggests", "predicted", "predicts", "estimated",
            "estimates", "agreed", "feared", "fears", "hoped", "hopes", "knew", "know", "knows", "reported", "reports",
            "announced", "announces", "wrote", "writes", "testified", "conceded", "concedes", "asserted", "maintained",
            "contended", "alleged", "alleges", "recalled", "recalls", "expects", "expected", "forecast", "forecasts",
            "foresees", "foresee", "foresaw", "anticipates", "anticipated", "fear", "expect", "hope", "predict", "estimate",
            "acknowledge", "admit", "deny", "confirm", "allege", "stress", "stresses", "assert", "concede", "maintain",
            "underscored", "underscores", "reiterated", "reiterates", "reaffirmed", "reaffirms", "implied", "implies",
            "hinted", "hints", "fearing", "believing",
            // Verbs of promise, disclosure and complaint take a clause with no "that" as often ("promised Iraqi forces
            // would broaden the offensive", "revealed the talks had failed").
            "promised", "promises", "vowed", "vows", "pledged", "pledges", "declared", "declares", "revealed", "reveals",
            "disclosed", "indicated", "indicates", "complained", "complains", "boasted", "speculated", "lamented",
            "cautioned", "emphasized", "emphasises", "emphasised", "emphasizes",
            // Their participles, whose speaker is the sentence's subject ("attacked Clinton, claiming she had lied").
            "claiming", "insisting", "warning", "arguing", "noting", "stressing", "acknowledging", "admitting",
            "conceding", "suggesting", "predicting", "confirming", "explaining", "announcing", "stating", "indicating",
            "asserting", "writing", "recalling", "hinting");

    /** Words that name who is told and never open what they are told. */
    private static final Set<String> LISTENERS = Set.of("him", "her", "them", "us", "me", "you", "reporters", "journalists",
            "police", "officials", "lawmakers", "investigators", "parliament", "congress", "colleagues", "supporters");

    /**
     * Whether the cue at {@code c} stands in a relative clause opened after {@code comma} whose subject gap is what
     * was said ("..., a fighter-bomber that military officials claim can evade radar"): a relative word, a subject, the
     * cue, then a verb phrase with no subject of its own. The comma opens an apposition, not a closing frame.
     */
    private boolean reportsGappedRelative(int comma, int c, int end) {
        if (c + 1 > end || tokens.inQuote(c + 1) || !SentenceTokens.FINITE.contains(at.word(c + 1)) || at.isPossessive(c + 1)) {
            return false;
        }
        for (int t = comma + 1; t < c - 1; t++) {
            if (RELATIVE_OBJECTS.contains(at.word(t)) && !tokens.inQuote(t)) {
                return true;
            }
        }
        return false;
    }

    /** Words that link a sentence to the one before and say nothing themselves ("But, he said, ...", "However, ..."). */
    private static final Set<String> FRONTED_CONNECTIVES = Set.of("and", "but", "yet", "so", "however", "still", "instead", "now");

    /** Conjunctions after a comma that open a clause of its own, which a closing frame never is (", while X said ..."). */
    private static final Set<String> CLAUSE_JOINERS = Set.of("and", "but", "while", "whereas", "although", "though",
            "because", "since");

    /** Relative words that may stand for the subject of a clause a cue inside the relative clause reports. */
    private static final Set<String> RELATIVE_OBJECTS = Set.of("that", "which", "who", "whom");

    /** Whether what was said opens at {@code t} as a clause: "that", or a finite clause running to {@code end}. */
    private boolean opensClause(int t, int end) {
        return at.word(t).equals("that") || tokens.isFiniteClause(t, end);
    }

    /**
     * The last token of the cue at {@code c} with its listener ("told the doctor", "told the Associated Press"): what
     * follows a closing frame is counted from there ("..., Halaq told the doctor in this Turkish border town."), for the
     * listener is no part of the tail. {@code c} for a verb that takes no listener or when none stands there.
     */
    private int lastOfCue(int c, int end) {
        return SpeechCues.TELLING.contains(at.word(c)) ? Math.max(c, afterListener(c + 1, end) - 1) : c;
    }

    /**
     * The last token of the frame of the cue at {@code c} when a comma closes it after a short setting ("American
     * leadership, Zelensky said during a news conference later Tuesday, is “crucial” ..."): the frame is set off inside
     * the clause it reports, and what follows the comma goes on with that clause. {@link #lastOfCue} when no such
     * setting stands before a comma.
     */
    private int frameEnd(int c, int end) {
        int last = lastOfCue(c, end);
        int t = last + 1;
        // "the rebels' negotiator at the talks in Astana, Kazakhstan, said ...": after a determiner the cue word is a noun.
        boolean noun = SpeechCues.NOUN_LIKE.contains(at.word(c)) || c > 0 && SpeechCues.DETERMINERS.contains(at.word(c - 1));
        if (noun || t > end || tokens.inQuote(t) || !(SETTING_OPENERS.contains(at.word(t)) || SpeechCues.CALENDAR.contains(at.word(t)))) {
            return last;
        }
        for (int u = t + 1; u <= end && u - t <= MAX_SETTING; u++) {
            if (at.raw(u).equals(",") && !tokens.inQuote(u)) {
                // "as its head of partnerships wrote yesterday, that if you believe ...": the cue's own clause follows.
                return at.word(u + 1).equals("that") ? last : u - 1;
            }
            if (tokens.inQuote(u) || at.isPunctuation(u) || SentenceTokens.FINITE.contains(at.word(u)) || at.word(u).equals("that")) {
                return last;
            }
        }
        return last;
    }

    /** Words a setting between a cue and the comma that closes its frame may span ("during a news conference later Tuesday"). */
    private static final int MAX_SETTING = 7;

    /**
     * The first token after the listener that a telling verb's object names ("told police", "told Polygraph.info",
     * "told the Associated Press", "told a news conference"), or {@code t} when none stands there.
     */
    private int afterListener(int t, int end) {
        if (t > end) {
            return t;
        }
        if (LISTENERS.contains(at.word(t))) {
            return t + 1;
        }
        int u = SpeechCues.DETERMINERS.contains(at.word(t)) && !SentenceTokens.CLAUSE_OPENERS.contains(at.word(t)) || at.word(t).equals("the") ? t + 1 : t;
        int named = u;
        while (named <= end && named - u < 6 && (at.mention(named) != null || at.isCapitalized(named) && !at.isPunctuation(named))) {
            named++;
        }
        if (named > u) {
            return named;
        }
        return u > t && u <= end && SpeechCues.PEOPLE_NOUNS.contains(at.word(u)) ? u + 1 : t;
    }

    private static final Set<String> ASKING = Set.of("asked", "asks", "asking", "wondered", "wonders", "questioned",
            "questions", "saying", "said", "says");
    private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "how", "why", "what", "when", "who", "where");

    /** Words that open a short adverbial between a cue and its clause, never the clause itself. */
    private static final Set<String> ADVERBIAL = CalendarWords.lowerCaseDaysAnd("on", "in", "at", "during", "after",
            "before", "earlier", "later", "yesterday", "today", "tonight", "last", "this", "recently", "privately",
            "publicly", "repeatedly", "again", "also", "then", "of", "about",
            "to", "for", "with", "by", "from", "as", "and", "or", "but", "so", "when", "while", "if", "because", "through");

    /**
     * Whether a people phrase right after the cue at {@code c} ends at a comma or dash ("..., said several legal
     * sources, including one at the Justice Department."): the inverted speaker of a closing frame, whose words need
     * not be names, and what follows the comma describes it.
     */
    private boolean setOffSpeakerAfter(int c, int end) {
        SpeakerRef s = speakers.after(c + 1, end + 1);
        if (s == null || s.pronoun()) {
            return false;
        }
        int next = at.firstTokenAtOrAfter(s.span().end());
        return next <= end && next - c <= SentenceTokens.MAX_TRAILING_SPEAKER && (at.raw(next).equals(",") || at.raw(next).matches("[—–]|--"))
                && !resumesClause(next, end);
    }

    /**
     * Whether the phrase set off by the comma at {@code comma} is an apposition whose closing comma gives way to a
     * finite verb ("said his group, the Islam Army, was prepared to ..."): the words before the comma are the subject of
     * a clause after the cue, what was said, and no inverted speaker.
     */
    private boolean resumesClause(int comma, int end) {
        int closes = tokens.nextComma(comma + 1, Math.min(end, comma + SentenceTokens.MAX_TRAILING_SPEAKER));
        return closes > comma + 1 && closes < end && !tokens.inQuote(closes + 1)
                && SentenceTokens.FINITE.contains(at.word(closes + 1));
    }

    /**
     * The cue closes its sentence: only a speaker, a time or a short phrase stand between it and the end, or between it
     * and a comma or dash that sets off what follows ("..., said Antonio De Iesu, director of the Milan police.",
     * "..., the IMF report says — also in line with ...").
     */
    private boolean isTrailingFrame(int c, int end) {
        if (isInverted(c, at.sentenceStart(c), end)) {
            return true;
        }
        if (SpeechCues.isParticiple(at.word(c)) && c > 0 && at.raw(c - 1).equals(",") && end - c >= 2) {
            return false; // "..., saying fighting went on": a participle after a comma reports; no speaker follows it
        }
        int comma = -1;
        for (int t = c - 1; t >= Math.max(0, c - SentenceTokens.MAX_TRAILING_SPEAKER); t--) {
            if (at.raw(t).equals(",")) {
                comma = t;
                break;
            }
        }
        if (comma < 0 || reportsGappedRelative(comma, c, end)) {
            return false;
        }
        if (CLAUSE_JOINERS.contains(at.word(comma + 1)) && !tokens.inQuote(comma + 1)) {
            return false; // "..., and activists said at least five were killed": a clause of its own, never a closing frame
        }
        // "Speaking to reporters, the minister said the offensive would continue": a short clause after the cue is
        // what was said, and the words before the comma frame it.
        int tail = lastOfCue(c, end);
        if (frameEnd(c, end) > tail) {
            return true; // "American leadership, Zelensky said during a news conference later Tuesday, is “crucial” ..."
        }
        boolean clauseAfter = c + 1 <= end && opensClause(c + 1, end) || tail + 1 <= end && opensClause(tail + 1, end);
        if (end - tail <= 6 && !clauseAfter || at.word(c + 1).equals(",")) {
            return true;
        }
        if (SentenceTokens.BOUNDARIES.contains(at.word(comma + 1))) {
            return false; // "..., and witnesses said snipers shot ...": a clause of its own, its content after the cue
        }
        if (setOffSpeakerAfter(c, end)) {
            return true;
        }
        for (int t = c + 1; t <= end && t - c <= SentenceTokens.MAX_TRAILING_SPEAKER; t++) {
            if (at.raw(t).equals(",") || at.raw(t).matches("[—–;]|--")) {
                return true;
            }
            if (tokens.inQuote(t) || at.isPunctuation(t) || !tokens.isSpeakerWord(t)) {
                return false;
            }
        }
        return false;
    }
}
