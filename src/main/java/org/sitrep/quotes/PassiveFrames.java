package org.sitrep.quotes;

import java.util.Set;
import org.sitrep.core.Span;
import org.sitrep.quotes.ReportedSpeechFinder.Found;

/**
 * Statements read from a passive cue: "it was announced by the ministry that ..." names its agent as the speaker,
 * "troops are believed to remain ..." names no one, nor does "reportedly" ("The attacker reportedly had links ...").
 */
final class PassiveFrames extends FrameFamily {
    /** Cues whose passive reports what someone unnamed says or holds ("are believed to remain", "has been accused of"). */
    static final Set<String> PASSIVE_CUES = Set.of("said", "reported", "believed", "thought", "expected", "accused",
            "alleged", "estimated", "forecast", "predicted", "claimed", "rumored", "rumoured", "understood", "suspected", "feared");

    /** Cues whose passive names its agent before the "that" clause ("it was announced by the ministry that ..."). */
    static final Set<String> AGENT_CUES = Set.of("said", "reported", "announced", "stated", "claimed", "confirmed",
            "denied", "alleged", "estimated", "predicted", "forecast", "disclosed", "revealed", "declared", "argued", "asserted",
            "told", "informed", "assured", "reassured", "warned");
    /**
     * Cues whose object is the one spoken to: in the passive with no agent ("the participants were told that ...") the
     * subject is that listener, so the sentence names no speaker.
     */
    static final Set<String> LISTENER_CUES = Set.of("told", "informed", "assured", "reassured", "notified");
    /** Tokens the agent of a passive cue may span before its "that". */
    private static final int MAX_AGENT = 10;

    PassiveFrames(SentenceTokens tokens, SpeakerLocator speakers, ContentSpans contents, Holders holders) {
        super(tokens, speakers, contents, holders);
    }

    /**
     * Whether the cue at {@code c} is a listener cue in the passive with no agent ("the participants were told that
     * ..."): its subject is the one spoken to, and the sentence names no speaker.
     */
    static boolean toUnnamedListener(ArticleText at, int c) {
        int t = c - 1;
        if (t >= 0 && (at.word(t).endsWith("ly") || at.word(t).equals("also") || at.word(t).equals("not"))) {
            t--;
        }
        return LISTENER_CUES.contains(at.word(c)) && t >= 0 && SentenceTokens.BE.contains(at.word(t))
                && !at.word(c + 1).equals("by");
    }

    /** Whether the cue at {@code c} is a passive followed by its agent: "was announced by". */
    boolean isPassiveWithAgent(int c) {
        return at.word(c + 1).equals("by") && !tokens.inQuote(c + 1) && tokens.beBefore(c);
    }

    /**
     * "It was announced by the defence ministry that CONTENT": the agent after "by" is the speaker, the clause after
     * "that" what was said; {@code null} when no "that" follows the agent.
     */
    Found passiveWithAgent(int c, int from, int end) {
        for (int t = c + 3; t <= end && t - c <= MAX_AGENT; t++) {
            if (tokens.inQuote(t) || at.isPunctuation(t) && !at.raw(t).equals(",")) {
                return null;
            }
            if (at.word(t).equals("that")) {
                SpeakerRef s = speakers.after(c + 2, t);
                if (s == null) {
                    Span span = new Span(at.span(c + 2).begin(), at.span(t - 1).end());
                    s = new SpeakerRef(span, span.of(at.text), at.mention(t - 1), false);
                }
                return end - t >= 3 ? contents.clause(t + 1, end, new Attribution(s, at.span(c), at.raw(c))) : null;
            }
        }
        return null;
    }

    /**
     * Verbs of speech whose object alone is what was said ("claimed the attack", "denied the claims", "announced a
     * ceasefire", "demanded a recount"): in the passive with an agent ("The attack was claimed by the Houthi movement")
     * the subject is that object, what the agent said.
     */
    static final Set<String> OBJECT_SAID = Set.of("claimed", "denied", "announced", "confirmed", "reported", "alleged",
            "demanded", "requested", "proposed");
    /**
     * Whether the subject {@code [first, last]} holds a clause of its own, a relative, a finite verb or a cue ("The
     * claims made by Pompeo where he alleged that the couple was held ..."): its statements are read at their own cues,
     * and such words are no plain noun phrase.
     */
    private boolean holdsClause(int first, int last) {
        for (int t = first; t <= last; t++) {
            boolean finite = SentenceTokens.FINITE.contains(at.word(t)) && !at.isPossessive(t);
            if (finite || RELATIVES.contains(at.word(t)) || SpeechCues.isVerb(at.word(t)) || tokens.inQuote(t)) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a clause inside a noun phrase. */
    private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whom", "whose", "where", "when");

    /** Prepositions that end an agent phrase read without a name ("by the Houthi movement in Yemen"). */
    private static final Set<String> AGENT_PREPOSITIONS = Set.of("in", "on", "at", "from", "during", "after", "before",
            "over", "since");
    /** Words that, as the whole subject, stand for what was said elsewhere or for nothing ("It was announced by"). */
    private static final Set<String> EMPTY_SUBJECTS = Set.of("it", "this", "that", "these", "those", "they", "he", "she",
            "which", "who", "there", "what");

    /**
     * "The attack was claimed by the Houthi movement in Yemen": a verb of {@link #OBJECT_SAID} in the passive with its
     * agent, whose subject, from the start of its clause to the form of "be", is what the agent said; {@code null} when
     * the subject is a pronoun or a single word, or no agent is named before a punctuation mark.
     */
    Found subjectByAgent(int c, int from, int end) {
        int be = c - 1;
        while (be > from && !SentenceTokens.BE.contains(at.word(be))) {
            be--;
        }
        int first = be;
        while (first > from && !(at.isPunctuation(first - 1) && !tokens.inQuote(first - 1) && !at.isPossessive(first - 1))
                && !SentenceTokens.BOUNDARIES.contains(at.word(first - 1))) {
            first--;
        }
        int last = be - 1;
        while (last > first && SpeechCues.AUXILIARIES.contains(at.word(last))) {
            last--;
        }
        if (last <= first || EMPTY_SUBJECTS.contains(at.word(first)) || tokens.inQuote(first) || holdsClause(first, last)) {
            return null;
        }
        int agentEnd = c + 2;
        while (agentEnd < end && agentEnd - c < MAX_AGENT && !at.isPunctuation(agentEnd + 1) && !tokens.inQuote(agentEnd + 1)
                && !SentenceTokens.BOUNDARIES.contains(at.word(agentEnd + 1))) {
            agentEnd++;
        }
        SpeakerRef s = speakers.after(c + 2, agentEnd + 1);
        if (s == null) {
            // "by the Houthi movement in Yemen": a phrase no name was found in is the agent up to its first preposition.
            int t = c + 2;
            while (t < agentEnd && !AGENT_PREPOSITIONS.contains(at.word(t + 1))) {
                t++;
            }
            Span span = new Span(at.span(c + 2).begin(), at.span(t).end());
            s = new SpeakerRef(span, span.of(at.text), at.mention(t), false);
        }
        return contents.found(first, last, new Attribution(s, at.span(c), at.raw(c)));
    }

    /**
     * Whether "by" follows the participle at {@code c}, with or without a form of "be" before it: "was criticised by",
     * or a reduced relative ("a cabinet criticised by diplomats as bloated").
     */
    boolean hasAgent(int c) {
        return at.word(c + 1).equals("by") && !tokens.inQuote(c + 1);
    }

    /**
     * Whether the word {@code w} may report, as a passive with its agent, a view of the agent given after "as" or "to"
     * ("was criticised by diplomats as bloated", "is widely believed by security researchers to have been used"): a
     * verb of belief or report whose passive takes "to", or a verb of stance or naming that takes "as", in its past
     * participle.
     */
    static boolean takesAgentView(String w) {
        return w.endsWith("ed") && (PASSIVE_CUES.contains(w) || StanceFrames.takesAs(w) || SpeechCues.NAMING.contains(w)
                || StanceFrames.CONSIDERING.contains(w));
    }

    /**
     * "a larger cabinet criticised by diplomats as bloated", "Stuxnet is widely believed by security researchers to have
     * been used ...": the agent after "by" is who holds the view, the words after its "as" (to the next comma or a
     * clause of its own) or its "to" clause what they hold. {@code null} when neither "as" nor "to" follows the agent
     * within a few words, or a punctuation mark or quote comes first.
     */
    Found agentView(int c, int from, int end) {
        for (int t = c + 3; t < end && t - c <= MAX_AGENT; t++) {
            if (tokens.inQuote(t) || at.isPunctuation(t)) {
                return null;
            }
            String w = at.word(t);
            boolean as = w.equals("as") && !StanceFrames.NOT_AS_FRAME.contains(at.word(t + 1));
            boolean to = w.equals("to") && !at.isPunctuation(t + 1) && !tokens.inQuote(t + 1) && !at.isCapitalized(t + 1)
                    && !SpeechCues.DETERMINERS.contains(at.word(t + 1)) && PASSIVE_CUES.contains(at.word(c));
            if (as || to) {
                SpeakerRef s = speakers.after(c + 2, t);
                if (s == null) {
                    Span span = new Span(at.span(c + 2).begin(), at.span(t - 1).end());
                    s = new SpeakerRef(span, span.of(at.text), at.mention(t - 1), false);
                }
                int comma = tokens.nextComma(t + 1, end);
                int last = as && comma > t + 1 ? comma - 1 : clauseEnd(c, end);
                Attribution a = new Attribution(s, at.span(c), at.raw(c));
                return last - t >= 1 ? (as ? contents.clause(t + 1, last, a) : contents.found(t, last, a)) : null;
            }
        }
        return null;
    }

    /** Whether the cue at {@code c} is a passive with no agent: a form of "be" before it (past one adverb), no "by" after. */
    boolean isPassive(int c) {
        return tokens.beBefore(c) && !at.word(c + 1).equals("by");
    }

    /**
     * "Some 200 troops are believed to remain at the base", "Russia has been accused of creating a disaster", "it was
     * reported that CONTENT": a statement whose speaker the sentence does not name. Its subject is what the statement is
     * about, never who made it, so no speaker is given; the content is the clause after "that" or "of", else the
     * clause the passive stands in ("because they are believed to ..." from "they").
     */
    Found passive(int c, int from, int end) {
        Attribution nobody = new Attribution(null, at.span(c), at.raw(c));
        String next = at.word(c + 1);
        if (c + 2 <= end && (next.equals("that") || next.equals("of")) && !tokens.inQuote(c + 1)) {
            return contents.clause(c + 2, end, nobody);
        }
        int first = c - 1;
        while (first > from && !(at.isPunctuation(first - 1) && !tokens.inQuote(first - 1)) && !SentenceTokens.BOUNDARIES.contains(at.word(first - 1))) {
            first--;
        }
        return end - first >= 4 && (next.equals("to") || next.equals("at")) ? contents.found(first, clauseEnd(c, end), nobody) : null;
    }

    /**
     * Whether "reportedly" at {@code c} stands in a clause as its only cue ("The attacker reportedly had links to ..."):
     * not before a verb of saying, which frames the statement itself ("reportedly told aides ...").
     */
    boolean isHearsay(int c, int end) {
        int v = c + 1;
        while (v <= end && SpeechCues.AUXILIARIES.contains(at.word(v))) {
            v++;
        }
        return v <= end && !SpeechCues.isVerb(at.word(v)) && !tokens.inQuote(v);
    }

    /**
     * "The attacker reportedly had links to Sunni Arab insurgent groups": the adverb says the clause it stands in is
     * what unnamed sources report (PolNeAR annotates "reportedly" as a cue), so the clause, adverb included, is a
     * statement with no speaker; {@code null} when the clause is too short to say anything.
     */
    Found hearsay(int c, int from, int end) {
        int first = c;
        while (first > from && !(at.isPunctuation(first - 1) && !tokens.inQuote(first - 1)) && !SentenceTokens.BOUNDARIES.contains(at.word(first - 1))) {
            first--;
        }
        int last = clauseEnd(c, end);
        return last - first >= 3 && first < c ? contents.found(first, last, new Attribution(null, at.span(c), at.raw(c))) : null;
    }

    /** The last token of the clause of token {@code c}: before a comma and a conjunction ("..., while ..."), else {@code end}. */
    private int clauseEnd(int c, int end) {
        for (int t = c + 1; t < end; t++) {
            if (at.raw(t).equals(",") && !tokens.inQuote(t) && SentenceTokens.BOUNDARIES.contains(at.word(t + 1))) {
                return t - 1;
            }
        }
        return end;
    }
}
