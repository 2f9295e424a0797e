package org.sitrep.quotes;

import java.util.List;
import org.sitrep.quotes.ReportedSpeechFinder.Found;

/**
 * Reads the statements of one sentence: at each word outside quotes it tries the frames, the more specific first, and
 * after each statement it looks on for the next one.
 */
final class StatementScan {
    /** A way statements are framed: the cue words it starts from, and how it reads speaker and content around one. */
    private record Frame(String name, java.util.function.BiPredicate<String, Integer> applies, FrameReader reader) {
    }

    @FunctionalInterface
    private interface FrameReader {
        Found read(int cue, int from, int end);
    }

    private final ArticleText at;
    private final SentenceTokens tokens;
    private final CueFrames cues;
    private final StanceFrames stances;
    private final List<Frame> frames;
    private final Suppositions suppositions;

    StatementScan(SentenceTokens tokens, SpeakerLocator speakers, ContentSpans contents, Suppositions suppositions) {
        this.at = tokens.at;
        this.tokens = tokens;
        this.suppositions = suppositions;
        Holders holders = new Holders(tokens, speakers);
        this.cues = new CueFrames(tokens, speakers, contents, holders);
        this.stances = new StanceFrames(tokens, speakers, contents, holders);
        this.frames = frames(new PassiveFrames(tokens, speakers, contents, holders),
                new SourcePhraseFrames(tokens, speakers, contents, holders), stances);
    }

    /** The frames in the order they are tried at each word: the more specific first. */
    private List<Frame> frames(PassiveFrames passive, SourcePhraseFrames sources, StanceFrames stances) {
        return List.of(
                new Frame("agent", (w, c) -> PassiveFrames.AGENT_CUES.contains(w) && passive.isPassiveWithAgent(c), passive::passiveWithAgent),
                new Frame("agent", (w, c) -> PassiveFrames.takesAgentView(w) && passive.hasAgent(c), passive::agentView),
                new Frame("agent", (w, c) -> PassiveFrames.OBJECT_SAID.contains(w) && passive.isPassiveWithAgent(c),
                        passive::subjectByAgent),
                new Frame("passive", (w, c) -> PassiveFrames.PASSIVE_CUES.contains(w) && passive.isPassive(c), passive::passive),
                new Frame("reportedly", (w, c) -> w.equals("reportedly") && passive.isHearsay(c, at.sentenceEnd(c) - 1), passive::hearsay),
                new Frame("view", (w, c) -> (w.equals("in") || w.equals("by")) && c == at.sentenceStart(c), sources::view),
                new Frame("according", (w, c) -> w.equals("according") && at.word(c + 1).equals("to"), sources::accordingTo),
                new Frame("opening", (w, c) -> c == at.sentenceStart(c) && w.endsWith("ing"), cues::openingParticiple),
                new Frame("as", (w, c) -> StanceFrames.takesAs(w), stances::asClause),
                new Frame("as", stances::mayGapAs, stances::gappedAs),
                new Frame("estimate", (w, c) -> StanceFrames.ESTIMATE_VERBS.contains(w), stances::estimate),
                // "considers the drills a rehearsal": a view given by an object and what it is held to be, with no "as".
                new Frame("as", (w, c) -> StanceFrames.CONSIDERING.contains(w) || StanceFrames.NAMING_WITH_PREDICATE.contains(w),
                        stances::considered),
                // "told his troops to hold": before the cue frame, which reads the listener and no request.
                new Frame("to", (w, c) -> SpeechCues.LISTENER_CONTROL.contains(w), stances::controlled),
                new Frame("cue", (w, c) -> SpeechCues.isFramingCue(w), cues::cueFrame),
                // "It was made clear that ...": a passive, read as the cue is but naming no one, as "passive" frames do.
                new Frame("passive", (w, c) -> cues.makesClear(c) && passive.isPassive(c), cues::madeClear),
                new Frame("cue", (w, c) -> cues.makesClear(c), cues::madeClear),
                new Frame("cue", (w, c) -> cues.pointsOut(c), cues::pointedOut),
                new Frame("attitude", (w, c) -> SpeechCues.ATTITUDES.contains(w) || stances.asksFor(c), stances::attitude),
                // "reported killing 11 insurgents": a count or a gerund reported, held as an attitude's object is.
                new Frame("attitude", (w, c) -> stances.reportsWhatHappened(c), stances::attitude),
                new Frame("finding", (w, c) -> StanceFrames.FINDING_VERBS.contains(w), stances::finding),
                new Frame("that", (w, c) -> SpeechCues.THAT_HEADS.contains(w), stances::thatClause),
                // "a tip from officials that a bomb had been planted": the source of a noun of report in its "from" phrase.
                new Frame("that", (w, c) -> StanceFrames.SOURCED_REPORTS.contains(w), stances::fromSource),
                new Frame("to", (w, c) -> SpeechCues.TO_HEADS.contains(w), stances::toClause),
                new Frame("to", (w, c) -> SpeechCues.OBJECT_CONTROL.contains(w), stances::controlled),
                new Frame("topic", (w, c) -> SpeechCues.TOPIC_HEADS.contains(w) || stances.heldNoun(c), stances::topic));
    }

    /** Adds to {@code out} the statements of the tokens {@code [from, to)} of one sentence that overlap none in it. */
    void inSentence(int from, int to, List<Found> out) {
        // A sentence may hold more than one statement ("A, X said, adding that B"): look again after each cue.
        int start = from;
        Found previous = null;
        while (start < to) {
            Found joined = previous == null ? null : coordinated(previous, tokens.lastWordToken(from, to));
            Found f = joined != null ? joined : firstStatement(start, from, to);
            if (f == null) {
                break;
            }
            int cue = at.firstTokenAtOrAfter(f.attribution().cue().end());
            if (noOneWhoSpoke(f)) {
                // "No group has claimed responsibility but Mauritania blamed ...": a later cue may still have a speaker.
                previous = null;
                if (cue <= start) {
                    break;
                }
                start = cue;
                continue;
            }
            previous = f;
            if (!f.content().of(at.text).isBlank() && out.stream().noneMatch(o -> o.content().overlaps(f.content()))) {
                out.add(writersOwn(f) ? new Found(f.content(), new Attribution(null, f.attribution().cue(), f.attribution().cueText()),
                        f.kind(), f.frame()) : f);
            }
            int next = f.content().end() > at.span(Math.min(cue, at.size() - 1)).begin()
                    ? at.firstTokenAtOrAfter(f.content().end()) : cue;
            if (next <= start) {
                break;
            }
            start = next;
        }
    }

    /**
     * Whether the speaker read is a clause of the writer's own, several words holding "I" ("These days I keep getting
     * asked what the election means"): the words are the writer's, so the statement has no speaker of its own.
     */
    private boolean writersOwn(Found f) {
        int[] words = namedSpeakerTokens(f);
        for (int t = words[0]; t <= words[1] && words[1] > words[0]; t++) {
            if (at.raw(t).equals("I") && at.mention(t) == null) {
                return true;
            }
        }
        return false;
    }

    /** The first and last tokens of the speaker read when it is no pronoun; {0, -1} (no token) otherwise. */
    private int[] namedSpeakerTokens(Found f) {
        SpeakerRef s = f.attribution().speaker();
        if (s == null || s.pronoun()) {
            return new int[] {0, -1};
        }
        return new int[] {at.firstTokenAtOrAfter(s.span().begin()), at.lastTokenEndingBy(s.span().end())};
    }

    /**
     * Whether the speaker read is no noun phrase naming someone who spoke, so the statement is left out rather than
     * credited to words: one adverb no tagger took for a name ("Increasingly confident that ..."); a phrase that
     * names no one ("No group claimed credit", "Anyone who claims", "None of them said"); a phrase opened by a
     * preposition ("Besides helping keep warlords"); or words that hold a modal ("one can at least hope"), a clause's
     * verb, which a subject noun phrase never holds.
     */
    private boolean noOneWhoSpoke(Found f) {
        int[] words = namedSpeakerTokens(f);
        if (words[1] < words[0] || at.mention(words[0]) != null && words[0] == words[1]) {
            return false;
        }
        if (NO_ONE.contains(at.word(words[0]))) {
            return true;
        }
        if (words[0] == words[1]) {
            return at.word(words[0]).endsWith("ly");
        }
        if (OPENING_PREPOSITIONS.contains(at.word(words[0]))) {
            return true;
        }
        for (int t = words[0]; t <= words[1]; t++) {
            if (at.mention(t) == null && !tokens.inQuote(t) && MODALS.contains(at.raw(t))) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a phrase naming no one: a negative, a free choice, or a pronoun for things ("everything within"). */
    private static final java.util.Set<String> NO_ONE = java.util.Set.of("no", "none", "nobody", "noone", "neither", "nor",
            "anyone", "anybody", "whoever", "nothing", "everything", "something", "anything");
    /** Prepositions that open an adverbial, never a subject ("Besides ...", "Despite ..."). */
    private static final java.util.Set<String> OPENING_PREPOSITIONS = java.util.Set.of("besides", "despite", "without",
            "unlike", "beyond", "except", "among", "amid", "amongst");
    /** Modals: a phrase holding one is a clause, not who spoke. */
    private static final java.util.Set<String> MODALS = java.util.Set.of("can", "could", "cannot", "will", "would",
            "should", "must", "might", "shall");


    /**
     * The statement of a second cue coordinated with the one of {@code previous}, right after its content, with its
     * speaker: "Regev told Collins that CONTENT and said SECOND", "X said CONTENT, adding that SECOND"; {@code null}
     * when no such cue follows.
     */
    private Found coordinated(Found previous, int end) {
        // "CONTENT, the agency said, adding that ...": after a closing frame the participle goes on from its speaker.
        int after = Math.max(previous.content().end(), Math.max(previous.attribution().cue().end(),
                previous.attribution().speaker() == null ? 0 : previous.attribution().speaker().span().end()));
        int t = at.firstTokenAtOrAfter(after);
        if (previous.attribution().speaker() == null || t > end || at.span(t).begin() < previous.attribution().cue().end()) {
            return null;
        }
        boolean comma = at.raw(t).equals(",");
        t += comma ? 1 : 0;
        boolean joined = t <= end && SentenceTokens.COORDINATORS.contains(at.word(t));
        t += joined ? 1 : 0;
        t = joined ? tokens.pastModifiers(t, end) : t;
        String w = at.word(t);
        Attribution a = new Attribution(previous.attribution().speaker(), at.span(t), at.raw(t));
        boolean second = t <= end && joined && !tokens.inQuote(t);
        // "... and described the offensive as a turning point"
        Found viewed = second && (StanceFrames.takesAs(w) || SpeechCues.NAMING.contains(w)) ? stances.asClause(t, end, a) : null;
        if (viewed != null) {
            return viewed.withFrame("as");
        }
        // "said 20 rebels were wounded and put its own losses at four"
        Found estimated = second && StanceFrames.ESTIMATE_VERBS.contains(w) ? stances.estimate(t, end, a) : null;
        if (estimated != null) {
            return estimated.withFrame("estimate");
        }
        boolean cue = t <= end && !tokens.inQuote(t) && SpeechCues.isFramingCue(w)
                && (joined && !w.endsWith("ing") || comma && SpeechCues.isParticiple(w));
        Found said = cue ? cues.afterCue(t, end, a) : null;
        if (said != null || cue && !SpeechCues.ATTITUDES.contains(w)) {
            return said;
        }
        // "criticized the deals and called for new tariffs", "have blamed it for ..., and accuse it of ...": a second
        // verb of stance whose object is what was held, also one that is a cue but takes no clause after it.
        Found held = second && SpeechCues.ATTITUDES.contains(w) && !w.endsWith("ing") ? stances.held(t, t, end, a) : null;
        return held == null ? null : held.withFrame("attitude");
    }

    /**
     * Whether the word at {@code c} is a capitalised part of a name the tagger found ("United States Citizenship and
     * Immigration Services", "Reporters Without Borders"): a name is never a cue, whatever verb its words spell.
     */
    private boolean isNamePart(int c) {
        return at.mention(c) != null && at.isCapitalized(c) && c > at.sentenceStart(c);
    }

    /**
     * The last token of the relative clause set off by commas that holds the cue at {@code c}, when a finite verb of
     * saying follows the comma that closes it ("Gov. John Kasich, a Republican who has refused to endorse Mr. Trump,
     * said the Khan family deserved better"): the clause's own cue reports no further, and the verb after the comma
     * is the sentence's, whose statement comes next. {@code end} when the cue stands in no such clause.
     */
    private int relativeClauseEnd(int c, int from, int end) {
        if (tokens.relativeOpening(c, from) < 0) {
            return end;
        }
        int comma = tokens.nextComma(c + 1, end);
        if (comma < 0 || comma + 1 > end || tokens.inQuote(comma + 1)) {
            return end;
        }
        String w = at.word(comma + 1);
        return SpeechCues.isFramingCue(w) && SpeechCues.hasVerbForm(w) && !SpeechCues.NOUN_LIKE.contains(w) ? comma - 1 : end;
    }

    /** The first statement whose cue stands at or after {@code scanFrom} in the sentence {@code [from, to)}, or {@code null}. */
    private Found firstStatement(int scanFrom, int from, int to) {
        int end = tokens.lastWordToken(from, to);
        if (end < from) {
            return null;
        }
        Found closing = scanFrom == from ? cues.closingCue(from, end) : null;
        if (closing != null) {
            return closing;
        }
        for (int c = scanFrom; c < to; c++) {
            if (tokens.inQuote(c) || suppositions.reportsNothing(c) || isNamePart(c)) {
                continue;
            }
            int until = relativeClauseEnd(c, from, end);
            for (Frame frame : frames) {
                Found f = frame.applies().test(at.word(c), c) ? frame.reader().read(c, from, until) : null;
                // In a relative clause only what follows its cue is its own: the words before are the sentence's.
                if (f != null && (until == end || f.content().begin() >= at.span(c).end())) {
                    return f.withFrame(frame.name());
                }
            }
        }
        return null;
    }
}
