package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.core.Sentence;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.Span;
import org.sitrep.core.SpanSet;

/**
 * Finds reported speech, sentence by sentence: "X told Y that ...", "X said ...", "According to X, ...",
 * "..., according to X.", "..., X added." Words inside quote marks are never read as cues.
 */
final class ReportedSpeechFinder {
    /**
     * A statement found, before its speaker's details are filled in: {@code kind} is REPORTED, or DIRECT for a
     * transcript's turns, which give the words as said; {@code frame} names the way it was read ("cue", "label", ...).
     */
    record Found(Span content, Attribution attribution, QuoteKind kind, String frame) {
        Found(Span content, Attribution attribution) {
            this(content, attribution, QuoteKind.REPORTED, "");
        }

        Found withFrame(String name) {
            return new Found(content, attribution, kind, name);
        }
    }

    /** A transcript has at least this many paragraphs opened by a speaker's label. */
    private static final int TRANSCRIPT_LABELS = 3;
    /** A paragraph shorter than this many words between turns is a heading, not speech. */
    private static final int MIN_TURN_WORDS = 8;

    private static final Set<String> CLAUSE_OPENERS = Set.of("the", "a", "an", "this", "that", "these", "those", "it", "he",
            "she", "they", "we", "i", "there", "his", "her", "their", "its", "some", "many", "no", "all", "most", "both");
    private static final int MAX_CUE_TO_THAT = 14;

    private final ArticleText at;
    private final SpeakerLocator speakers;
    private final SpanSet quoted;
    /** Quotes that are not partial ones: what was said in them is already a statement, never part of a reported one. */
    private final SpanSet whole;
    private final List<Span> partial;

    /**
     * @param quoted  every quote found (its words are never cues)
     * @param partial those of {@code quoted} that are a few words inside the writer's sentence ("said there was “nothing
     *                new” in the letter"): reported content may hold them whole, as the words reported
     */
    ReportedSpeechFinder(ArticleText at, SpeakerLocator speakers, List<Span> quoted, List<Span> partial) {
        this.at = at;
        this.speakers = speakers;
        this.quoted = new SpanSet(quoted);
        java.util.Set<Span> inner = new java.util.HashSet<>(partial);
        this.whole = new SpanSet(quoted.stream().filter(q -> !inner.contains(q)).toList());
        this.partial = List.copyOf(partial);
        this.frames = frames();
    }

    /** A way statements are framed: the cue words it starts from, and how it reads speaker and content around one. */
    private record Frame(String name, java.util.function.BiPredicate<String, Integer> applies, FrameReader reader) {
    }

    @FunctionalInterface
    private interface FrameReader {
        Found read(int cue, int from, int end);
    }

    private final List<Frame> frames;

    /** The frames in the order they are tried at each word: the more specific first. */
    private List<Frame> frames() {
        return List.of(
                new Frame("agent", (w, c) -> AGENT_CUES.contains(w) && isPassiveWithAgent(c), this::passiveWithAgent),
                new Frame("passive", (w, c) -> PASSIVE_CUES.contains(w) && isPassive(c), this::passive),
                new Frame("view", (w, c) -> (w.equals("in") || w.equals("by")) && c == at.sentenceStart(c), this::view),
                new Frame("according", (w, c) -> w.equals("according") && at.word(c + 1).equals("to"), this::accordingTo),
                new Frame("cue", (w, c) -> isFramingCue(w),
                        this::cueFrame),
                new Frame("attitude", (w, c) -> SpeechCues.ATTITUDES.contains(w), this::attitude),
                new Frame("finding", (w, c) -> FINDING_VERBS.contains(w), this::finding),
                new Frame("that", (w, c) -> SpeechCues.THAT_HEADS.contains(w), this::thatClause),
                new Frame("to", (w, c) -> SpeechCues.TO_HEADS.contains(w), this::toClause),
                new Frame("topic", (w, c) -> SpeechCues.TOPIC_HEADS.contains(w), this::topic));
    }

    List<Found> find() {
        List<Found> out = new ArrayList<>(speakerLabels());
        for (Sentence s : at.sentences) {
            inSentence(s.firstToken(), s.firstToken() + s.tokenCount(), out);
        }
        out.addAll(new ReportContinuation(at, quoted).after(out));
        return out;
    }

    /**
     * Reported speech inside what a speaker said ("I assured the minister that the United States is doing ...", in a
     * quote or a transcript's turn), found as outside it but with the speaker's words as the text: the cue, its
     * speaker and the content all lie within {@code said}. A first-person speaker ("I", "we") is the one who said
     * {@code said}. Returns the statements found in text order, empty when none is.
     *
     * @param said    the words a speaker said (a quote's content or a turn), which this finder must not hold as quoted
     * @param speaker    who said them
     * @param speechOnly only statements framed by a verb of saying or "according to", not by a word of belief or will
     */
    List<Found> within(Span said, SpeakerRef speaker, boolean speechOnly) {
        List<Found> out = new ArrayList<>();
        for (Sentence s : at.sentences) {
            int from = Math.max(s.firstToken(), at.firstTokenAtOrAfter(said.begin()));
            int to = Math.min(s.firstToken() + s.tokenCount(), at.lastTokenEndingBy(said.end()) + 1);
            if (from < to) {
                inSentence(from, to, out);
            }
        }
        List<Found> inside = new ArrayList<>();
        for (Found f : out) {
            if (f.kind() == QuoteKind.REPORTED && said.contains(f.content()) && f.attribution().speaker() != null
                    && (!speechOnly || SPEECH_FRAMES.contains(f.frame()))) {
                SpeakerRef who = f.attribution().speaker().firstPerson() ? speaker : f.attribution().speaker();
                inside.add(new Found(f.content(), new Attribution(who, f.attribution().cue(), f.attribution().cueText()),
                        QuoteKind.REPORTED, "nested"));
            }
        }
        return inside;
    }

    private static final Set<String> SPEECH_FRAMES = Set.of("cue", "according");

    /** A verb of saying that frames a statement by itself: not one that needs an object ("called it"), nor a naming verb. */
    static boolean isFramingCue(String w) {
        return SpeechCues.isVerb(w) && !SpeechCues.WEAK.contains(w) && !SpeechCues.NAMING.contains(w);
    }

    /** Adds to {@code out} the statements of the tokens {@code [from, to)} of one sentence that overlap none in it. */
    private void inSentence(int from, int to, List<Found> out) {
        // A sentence may hold more than one statement ("A, X said, adding that B"): look again after each cue.
        int start = from;
        Found previous = null;
        while (start < to) {
            Found joined = previous == null ? null : coordinated(previous, lastWordToken(from, to));
            Found f = joined != null ? joined : inSentence(start, from, to);
            if (f == null) {
                break;
            }
            previous = f;
            if (!f.content().of(at.text).isBlank() && out.stream().noneMatch(o -> o.content().overlaps(f.content()))) {
                out.add(f);
            }
            int cue = at.firstTokenAtOrAfter(f.attribution().cue().end());
            int next = f.content().end() > at.span(Math.min(cue, at.size() - 1)).begin()
                    ? at.firstTokenAtOrAfter(f.content().end()) : cue;
            if (next <= start) {
                break;
            }
            start = next;
        }
    }

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
        boolean joined = t <= end && COORDINATORS.contains(at.word(t));
        t += joined ? 1 : 0;
        while (joined && t <= end && (SpeechCues.AUXILIARIES.contains(at.word(t)) || at.word(t).endsWith("ly"))) {
            t++;
        }
        String w = at.word(t);
        boolean cue = t <= end && !inQuote(t) && isFramingCue(w)
                && (joined ? !w.endsWith("ing") : comma && SpeechCues.isParticiple(w));
        return cue ? afterCue(t, end, new Attribution(previous.attribution().speaker(), at.span(t), at.raw(t))) : null;
    }

    /**
     * Paragraphs that open with a speaker's label: "WALLACE: Let's start ..." in transcripts, "Pence: Gennifer Flowers
     * won't be at debate" in headlines. In a transcript (several labelled paragraphs), a turn goes on in the
     * paragraphs after its label until the next label or a heading, and every paragraph of it is the speaker's words.
     */
    private List<Found> speakerLabels() {
        List<Attribution> labels = new ArrayList<>(at.paragraphs.size());
        int labelled = 0;
        for (Span p : at.paragraphs) {
            Attribution label = speakers.paragraphLabel(p);
            // "Online NewsHour: Paul Wolfowitz -- September 14, 2001": a page's title after its outlet's name, not speech.
            label = label != null && isHeadline(new Span(label.cue().end(), p.end()).of(at.text)) ? null : label;
            labels.add(label);
            labelled += label == null ? 0 : 1;
        }
        boolean transcript = labelled >= TRANSCRIPT_LABELS;
        QuoteKind kind = transcript ? QuoteKind.DIRECT : QuoteKind.REPORTED;
        List<Found> out = new ArrayList<>();
        Attribution turn = null;
        for (int i = 0; i < at.paragraphs.size(); i++) {
            Span p = at.paragraphs.get(i);
            Attribution label = labels.get(i);
            int last = at.lastTokenEndingBy(p.end());
            if (label != null) {
                turn = label;
                int afterColon = at.firstTokenAtOrAfter(label.cue().end());
                if (last > afterColon + 1) {
                    Found f = found(afterColon, last, label);
                    if (f != null) {
                        out.add(new Found(f.content(), label, kind, "label"));
                    }
                }
            } else if (transcript && turn != null) {
                int first = at.firstTokenAtOrAfter(p.begin());
                if (last - first + 1 < MIN_TURN_WORDS || !endsLikeSpeech(p) || COPYRIGHT.matcher(p.of(at.text)).find()) {
                    turn = null; // a heading or the page's copyright line ends the turn
                    continue;
                }
                Found f = found(first, last, turn);
                if (f != null) {
                    out.add(new Found(f.content(), turn, QuoteKind.DIRECT, "turn"));
                }
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern COPYRIGHT = java.util.regex.Pattern.compile("©|(?i)\\bcopyright\\b|all rights reserved");

    /**
     * Whether {@code text} is written as a title: most of its longer words capitalised or numbers ("Secretary Rumsfeld
     * Media Availability with Kuwaiti Foreign Minister ..."), where a sentence has most in lower case.
     */
    static boolean isHeadline(String text) {
        int longer = 0;
        int capitalised = 0;
        for (String w : text.strip().split("[\\s\\-–—]+")) {
            String word = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (word.length() >= 4) {
                longer++;
                capitalised += Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)) ? 1 : 0;
            }
        }
        return longer >= 2 && capitalised >= 0.75 * longer;
    }

    private boolean endsLikeSpeech(Span paragraph) {
        String text = paragraph.of(at.text).strip();
        return !text.isEmpty() && ".?!\"\u201D-\u2014)".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private boolean inQuote(int t) {
        return at.inAny(t, quoted);
    }

    /** The first statement whose cue stands at or after {@code scanFrom} in the sentence {@code [from, to)}, or {@code null}. */
    private Found inSentence(int scanFrom, int from, int to) {
        int end = lastWordToken(from, to);
        if (end < from) {
            return null;
        }
        Found closing = scanFrom == from ? closingCue(from, end) : null;
        if (closing != null) {
            return closing;
        }
        for (int c = scanFrom; c < to; c++) {
            if (inQuote(c)) {
                continue;
            }
            for (Frame frame : frames) {
                Found f = frame.applies().test(at.word(c), c) ? frame.reader().read(c, from, end) : null;
                if (f != null) {
                    return f.withFrame(frame.name());
                }
            }
        }
        return null;
    }

    /** Cues whose passive reports what someone unnamed says or holds ("are believed to remain", "has been accused of"). */
    private static final Set<String> PASSIVE_CUES = Set.of("said", "reported", "believed", "thought", "expected", "accused",
            "alleged", "estimated", "forecast", "predicted", "claimed", "rumored", "rumoured", "understood", "suspected", "feared");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be", "being", "'s", "'re");

    /** Cues whose passive names its agent before the "that" clause ("it was announced by the ministry that ..."). */
    private static final Set<String> AGENT_CUES = Set.of("said", "reported", "announced", "stated", "claimed", "confirmed",
            "denied", "alleged", "estimated", "predicted", "forecast", "disclosed", "revealed", "declared", "argued", "asserted");
    /** Tokens the agent of a passive cue may span before its "that". */
    private static final int MAX_AGENT = 10;

    /** Whether the cue at {@code c} is a passive followed by its agent: "was announced by". */
    private boolean isPassiveWithAgent(int c) {
        return at.word(c + 1).equals("by") && !inQuote(c + 1) && beBefore(c);
    }

    /**
     * "It was announced by the defence ministry that CONTENT": the agent after "by" is the speaker, the clause after
     * "that" what was said; {@code null} when no "that" follows the agent.
     */
    private Found passiveWithAgent(int c, int from, int end) {
        for (int t = c + 3; t <= end && t - c <= MAX_AGENT; t++) {
            if (inQuote(t) || at.isPunctuation(t) && !at.raw(t).equals(",")) {
                return null;
            }
            if (at.word(t).equals("that")) {
                SpeakerRef s = speakers.after(c + 2, t);
                if (s == null) {
                    Span span = new Span(at.span(c + 2).begin(), at.span(t - 1).end());
                    s = new SpeakerRef(span, span.of(at.text), at.mention(t - 1), false);
                }
                return end - t >= 3 ? clause(t + 1, end, new Attribution(s, at.span(c), at.raw(c))) : null;
            }
        }
        return null;
    }

    /** Nouns that, owned or after "by", say whose account a sentence gives ("In the ministry's view, ...", "By some estimates, ..."). */
    private static final Set<String> VIEW_NOUNS = Set.of("view", "opinion", "estimate", "estimates", "account", "accounts",
            "assessment", "reckoning", "telling", "words", "calculation", "calculations", "count", "judgment", "judgement");
    private static final java.util.Map<String, String> POSSESSIVE_PRONOUNS = java.util.Map.of("his", "he", "her", "she",
            "their", "they", "its", "it");

    /**
     * "In the ministry's view, CONTENT", "In his words, CONTENT", "By some estimates, CONTENT": a sentence that opens
     * with whose view or estimate it gives, the rest of it what they hold. {@code null} when the opening is no such
     * phrase closed by a comma.
     */
    private Found view(int c, int from, int end) {
        for (int h = c + 1; h <= end - 3 && h - c <= 6; h++) {
            if (inQuote(h) || at.isPunctuation(h) && !at.isPossessive(h)) {
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
            return clause(h + 2, end, new Attribution(s, cue, cue.of(at.text)));
        }
        return null;
    }

    /** Whether the cue at {@code c} is a passive with no agent: a form of "be" before it (past one adverb), no "by" after. */
    private boolean isPassive(int c) {
        return beBefore(c) && !at.word(c + 1).equals("by");
    }

    /** Whether a form of "be" stands before the cue at {@code c}, past one adverb, outside quotes. */
    private boolean beBefore(int c) {
        int t = c - 1;
        if (t >= 0 && (at.word(t).endsWith("ly") || at.word(t).equals("also") || at.word(t).equals("now") || at.word(t).equals("not"))) {
            t--;
        }
        return t >= 0 && BE.contains(at.word(t)) && !inQuote(t);
    }

    /**
     * "Some 200 troops are believed to remain at the base", "Russia has been accused of creating a disaster", "it was
     * reported that CONTENT": a statement whose speaker the sentence does not name. Its subject is what the statement is
     * about, never who made it, so no speaker is given; the content is the clause after "that" or "of", else the
     * clause the passive stands in ("because they are believed to ..." from "they").
     */
    private Found passive(int c, int from, int end) {
        Attribution nobody = new Attribution(null, at.span(c), at.raw(c));
        String next = at.word(c + 1);
        if (c + 2 <= end && (next.equals("that") || next.equals("of")) && !inQuote(c + 1)) {
            return clause(c + 2, end, nobody);
        }
        int first = c - 1;
        while (first > from && !(at.isPunctuation(first - 1) && !inQuote(first - 1)) && !BOUNDARIES.contains(at.word(first - 1))) {
            first--;
        }
        return end - first >= 4 && (next.equals("to") || next.equals("at")) ? found(first, clauseEnd(c, end), nobody) : null;
    }

    /** The last token of the clause of token {@code c}: before a comma and a conjunction ("..., while ..."), else {@code end}. */
    private int clauseEnd(int c, int end) {
        for (int t = c + 1; t < end; t++) {
            if (at.raw(t).equals(",") && !inQuote(t) && BOUNDARIES.contains(at.word(t + 1))) {
                return t - 1;
            }
        }
        return end;
    }

    /**
     * The statement of a cue that closes the sentence with its speaker ("CONTENT, witnesses said.", "CONTENT, he said
     * Tuesday."), read before any cue inside CONTENT: those words are what the closing speaker said, and a verb in them
     * ("blasted", "suggesting that") is theirs, not a statement with the sentence's subject as speaker. {@code null}
     * when no such cue closes the sentence.
     */
    private Found closingCue(int from, int end) {
        for (int c = end; c > from && end - c <= MAX_CLOSING_TAIL; c--) {
            String w = at.word(c);
            if (inQuote(c) || at.isPunctuation(c) && !at.raw(c).equals(".")) {
                return null;
            }
            // "..., saying it did not meet its demands.": a cue word after a determiner is a noun, no closing cue.
            boolean cue = isFramingCue(w) && !w.endsWith("ing") && !SpeechCues.DETERMINERS.contains(at.word(c - 1)) && !beBefore(c);
            if (cue && isTrailingFrame(c, end)) {
                Found f = cueFrame(c, from, end);
                boolean before = f != null && f.content().end() <= at.span(c).begin();
                return before && !reportsWithin(at.firstTokenAtOrAfter(f.content().begin()), c) ? f.withFrame("cue") : null;
            }
        }
        return null;
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
            if (inQuote(t) || w.endsWith("ing")) {
                continue; // "..., suggesting that ...": the closing speaker's own words go on
            }
            boolean saying = SAYING.contains(w) || SpeechCues.TELLING.contains(w);
            boolean that = next.equals("that") && (SpeechCues.isVerb(w) || SpeechCues.THAT_HEADS.contains(w) || SpeechCues.ATTITUDES.contains(w));
            boolean to = next.equals("to") && SpeechCues.TO_HEADS.contains(w);
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
        while (t <= end && at.isPunctuation(t) && !inQuote(t)) {
            t++;
        }
        return t <= end && at.inAny(t, whole);
    }

    /** Words a closing cue may have after it: its speaker and a time ("said Antonio De Iesu, director of ..." is read as before). */
    private static final int MAX_CLOSING_TAIL = 6;

    /**
     * "Environmentalists worry that CONTENT", "Republicans have expressed concern that CONTENT", "came away convinced
     * that CONTENT": a word of belief, fear or claim followed by its "that" clause, held by the subject before it, a
     * named speaker or the plain noun phrase that stands there ("environmentalists").
     */
    private Found thatClause(int c, int from, int end) {
        int that = c + 1;
        if (that <= end && at.word(that).endsWith("ly")) {
            that++;
        }
        if (that > end || !at.word(that).equals("that") || inQuote(that) || end - that < 3) {
            return null;
        }
        boolean introduced = c > from && SpeechCues.NOT_NAMES.contains(at.word(c - 1));
        SpeakerRef s = introduced ? null : holderBefore(c, from);
        if (s == null && SPEECH_NOUNS.contains(at.word(c)) && c > from && (ARTICLES.contains(at.word(c - 1)) || introduced)
                && finiteOutsideQuotes(that + 1, Math.min(end, that + MAX_SUBJECT_TO_VERB))) {
            // "the announcement that troops would leave", "Amid reports that ..., X have warned": a statement whose
            // maker the sentence does not name; in an opening phrase it ends at the comma that closes the phrase.
            int comma = introduced ? nextComma(that + 1, end) : -1;
            return clause(that + 1, comma > that + 2 ? comma - 1 : end, new Attribution(null, at.span(c), at.raw(c)));
        }
        return s == null ? null : clause(that + 1, end, new Attribution(s, at.span(c), at.raw(c)));
    }

    /** Verbs by which a document or a count states what it found ("the survey showed that ..."). */
    private static final Set<String> FINDING_VERBS = Set.of("show", "shows", "showed", "shown", "found", "finds", "find");
    /** Head nouns of what states a finding: a report or a count, never a person, whose "found" is a deed. */
    private static final Set<String> DOCUMENTS = Set.of("poll", "polls", "survey", "surveys", "study", "studies", "report",
            "reports", "data", "analysis", "figures", "statistics", "records", "documents", "files", "research", "investigation",
            "inquiry", "assessment", "review", "audit", "images", "footage", "video", "videos", "evidence", "census", "tally",
            "count", "autopsy", "probe", "results", "findings", "estimates", "photos", "photographs", "satellite");

    /**
     * "A UN report found that CONTENT", "Satellite images show the camp was destroyed": what a document or a count
     * states, its subject the speaker. Only a subject whose head names a document: "troops found weapons" is a deed.
     */
    private Found finding(int c, int from, int end) {
        int last = c - 1;
        while (last >= from && (SpeechCues.AUXILIARIES.contains(at.word(last)) || at.word(last).endsWith("ly"))) {
            last--;
        }
        if (last < from || !DOCUMENTS.contains(at.word(last)) || inQuote(last)) {
            return null;
        }
        SpeakerRef s = nounPhraseBefore(c, from);
        if (s == null) {
            return null;
        }
        Attribution a = new Attribution(s, at.span(c), at.raw(c));
        if (c + 1 <= end && at.word(c + 1).equals("that") && !inQuote(c + 1)) {
            return end - (c + 2) >= 2 ? clause(c + 2, end, a) : null;
        }
        return c + 1 <= end && isFiniteClause(c + 1, end) ? clause(c + 1, end, a) : null;
    }

    /** Nouns that name a statement and take its content as a "that" clause. */
    private static final Set<String> SPEECH_NOUNS = Set.of("announcement", "statement", "claim", "claims", "allegation",
            "allegations", "report", "reports", "warning", "assurance", "assurances", "promise", "pledge", "denial",
            "admission", "accusation", "accusations", "assertion", "insistence", "suggestion", "declaration", "assessment");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Tokens from a "that" to the finite verb of its clause ("that troops would leave"). */
    private static final int MAX_SUBJECT_TO_VERB = 6;

    /**
     * "Trump refuses to make public ...", "two speechwriters implored her to bring it back", "his determination to act
     * alone": a word of will, refusal or promise and the "to" clause it takes, held as in {@link #thatClause}.
     */
    private Found toClause(int c, int from, int end) {
        int to = c + 1;
        // "implored her to", "asked the candidates to": a short object may stand before "to".
        while (to <= end && to - c <= MAX_OBJECT_BEFORE_TO && !at.word(to).equals("to") && !at.isPunctuation(to)
                && !SpeechCues.isVerb(at.word(to))) {
            to++;
        }
        if (to > end || to - c > MAX_OBJECT_BEFORE_TO || !at.word(to).equals("to") || inQuote(to) || end - to < 2) {
            return null;
        }
        // "..., warning them to stay away from windows": a participle after a comma is the sentence subject's.
        SpeakerRef s = at.word(c).endsWith("ing") && c > from && at.raw(c - 1).equals(",") ? speakers.sentenceSubject(from, c)
                : holderBefore(c, from);
        return s == null ? null : clause(to, end, new Attribution(s, at.span(c), at.raw(c)));
    }

    private static final int MAX_OBJECT_BEFORE_TO = 3;
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("about", "of", "for", "on", "over", "against");

    /**
     * "Graham has been critical of Trump", "Black voters have expressed misgivings about Mrs. Clinton", "Trump
     * didn't apologize for his past statements": a word of speech or stance, the preposition it takes, and what it is
     * about, up to the end of the clause, held as in {@link #thatClause}.
     */
    private Found topic(int c, int from, int end) {
        int p = c + 1;
        if (p > end || !TOPIC_PREPOSITIONS.contains(at.word(p)) || inQuote(p) || at.word(p + 1).equals("condition")) {
            return null; // "spoke on condition of anonymity" says how, not what
        }
        int last = p + 1;
        while (last < end && !at.raw(last + 1).equals(",") && !at.raw(last + 1).equals(";")) {
            last++;
        }
        if (last <= p) {
            return null;
        }
        SpeakerRef s = holderBefore(c, from);
        return s == null ? null : found(p + 1, last, new Attribution(s, at.span(c), at.raw(c)));
    }

    /** Who holds a belief, intention or stance: the named subject right before its word, else the plain noun phrase there. */
    private SpeakerRef holderBefore(int c, int from) {
        SpeakerRef s = speakers.subjectRightBefore(c, from);
        s = s != null ? s : nounPhraseBefore(c, from);
        // "Clinton ... has been a consistent and outspoken supporter of": words before the cue that describe the
        // holder, who is the clause's subject. After a comma ("a UN plan ..., intended to") there is no holder.
        // "in an attempt to" is a purpose: a determiner or preposition right before the cue describes no one.
        boolean described = s == null && c - 1 >= from && !at.isPunctuation(c - 1) && !SpeechCues.DETERMINERS.contains(at.word(c - 1))
                && !PREPOSITIONS.contains(at.word(c - 1));
        return described ? speakers.subjectBefore(c, from) : s;
    }

    /** The words right before a cue (past auxiliaries and adverbs) back to a clause boundary; {@code null} if none. */
    private SpeakerRef nounPhraseBefore(int c, int from) {
        int last = c - 1;
        while (last >= from && (SpeechCues.AUXILIARIES.contains(at.word(last)) || at.word(last).endsWith("ly")
                || HOLDING_VERBS.contains(at.word(last)))) {
            last--;
        }
        int first = last;
        while (first - 1 >= from && !at.isPunctuation(first - 1) && !BOUNDARIES.contains(at.word(first - 1))
                && !SpeechCues.isVerb(at.word(first - 1)) && last - first < 5) {
            first--;
        }
        if (first == last && first == from && QUANTIFIERS.contains(at.word(first)) && !inQuote(first)) {
            // "Many think some of those funds have been diverted", "Others say ...": people, counted, who hold a view.
            return new SpeakerRef(at.span(first), at.raw(first), null, false);
        }
        if (last < from || first > last || at.isPunctuation(last) || BOUNDARIES.contains(at.word(last))
                || CLAUSE_OPENERS.contains(at.word(last))) {
            return null;
        }
        for (int t = first; t <= last; t++) {
            // "who is a staunch opponent of", "perhaps recognizing": a clause or an adverb, not who holds the view.
            if (SpeechCues.AUXILIARIES.contains(at.word(t)) || NOT_IN_HOLDERS.contains(at.word(t))) {
                return null;
            }
        }
        // One lower-case word that names no people ("a consistent and outspoken supporter") is a description.
        if (at.word(last).chars().allMatch(Character::isDigit) || first == last && !at.isCapitalized(last)
                && !SpeechCues.PEOPLE_NOUNS.contains(at.word(last)) && !SpeechCues.PRONOUNS.contains(at.word(last))) {
            return null;
        }
        Span span = new Span(at.span(first).begin(), at.span(last).end());
        return new SpeakerRef(span, span.of(at.text), at.mention(last), false);
    }

    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "of", "for", "with", "by", "to", "from",
            "about", "into", "without", "against");
    /** Words that stand for people counted, not named, when they alone open the sentence before its cue. */
    private static final Set<String> QUANTIFIERS = Set.of("many", "some", "others", "few", "several");
    private static final Set<String> NOT_IN_HOLDERS = Set.of("perhaps", "maybe", "probably", "be", "being", "am");

    /** Verbs that put a holder before a word of belief ("have expressed concern", "came away convinced"). */
    private static final Set<String> HOLDING_VERBS = Set.of("expressed", "expressing", "voiced", "came", "away", "remain",
            "remained", "remains", "grew", "grown", "become", "became", "seemed", "seem", "seems", "felt", "feel", "feels");
    private static final Set<String> BOUNDARIES = Set.of("and", "but", "or", "because", "while", "when", "if", "although",
            "as", "so", "since", "that", "which", "who", "where", "after", "before", "though", "nor", "it", "there");

    /** "According to X, CONTENT." or "CONTENT, according to X." */
    private Found accordingTo(int c, int from, int end) {
        Span cue = new Span(at.span(c).begin(), at.span(c + 1).end());
        SpeakerRef s = speakers.after(c + 2, end + 1);
        // "CONTENT, according to the event organizer Alliance to Reclaim Our Schools (AROS)." closes its sentence: the
        // words after the cue are the source, whether or not they start with a name.
        // "..., according to the report, by the International Crisis Group, a research organization based in Brussels.":
        // appositions about the source may follow it, no clause.
        boolean closing = c > from && at.raw(c - 1).equals(",") && (nextComma(c + 2, end) < 0 || namesOnly(c + 2, end));
        // "Today, according to estimates by the US government, CONTENT": a short phrase may open the sentence.
        boolean introduced = c > from + 1 && at.raw(c - 1).equals(",") && c - 1 - from <= MAX_INTRODUCTION && namesOnly(from, c - 2);
        boolean opening = c == from || c == from + 1 && at.isPunctuation(from) || introduced && !closing;
        // "The airport was shelled overnight, according to X, killing four": the source set off in the middle of what
        // was said, which is the whole sentence around it.
        int after = nextComma(c + 2, end);
        boolean middle = !closing && !opening && c > from + 2 && at.raw(c - 1).equals(",") && after > c + 2 && end - after >= 3
                && namesOnly(c + 2, after - 1) && finiteOutsideQuotes(from, end);
        if (s == null && (closing || opening || middle) && c + 2 <= end) {
            int comma = nextComma(c + 2, end);
            int last = comma > c + 2 ? comma - 1 : at.isPunctuation(end) ? end - 1 : end;
            Span span = new Span(at.span(c + 2).begin(), at.span(Math.max(c + 2, last)).end());
            s = new SpeakerRef(span, span.of(at.text), at.mention(c + 2), false);
        }
        if (s == null) {
            return null;
        }
        if (opening) {
            int comma = nextComma(c + 2, end);
            return comma < 0 ? null : clause(comma + 1, end, new Attribution(s, cue, "according to"));
        }
        if (closing) {
            return found(from, c - 2, new Attribution(s, cue, "according to"));
        }
        return middle ? found(openingParenthesis(from, c), closingParenthesis(after, end), new Attribution(s, cue, "according to")) : null;
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

    private static final int MAX_INTRODUCTION = 4;
    private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whose");

    /**
     * Whether tokens {@code first} to {@code last} hold no clause (no finite or speech verb, no quote) but maybe a
     * relative one that describes a name before it ("a research organization that has become ...").
     */
    private boolean namesOnly(int first, int last) {
        for (int t = first; t <= last; t++) {
            if (t > first && at.raw(t - 1).equals(",") || t > first + 1) {
                if (RELATIVES.contains(at.word(t)) && !inQuote(t)) {
                    return true;
                }
            }
            if (inQuote(t) || FINITE.contains(at.word(t)) || SpeechCues.isVerb(at.word(t))) {
                return false;
            }
        }
        return true;
    }

    /** "X CUE (Y) that CONTENT", "X said CONTENT", or "CONTENT, X CUE." / "CONTENT, CUE X." */
    private Found cueFrame(int c, int from, int end) {
        Span cue = at.span(c);
        String word = at.raw(c);
        if (c > from && isTrailingFrame(c, end) && !introducesQuote(c, end)) {
            int comma = previousComma(c, from);
            if (comma > from) {
                SpeakerRef s = at.raw(comma + 1).equalsIgnoreCase(word) ? speakers.after(c + 1, end + 1) : speakers.subjectBefore(c, comma + 1);
                // "The Observatory, a Britain-based monitor, said that 40 civilians ...": an apposition closes right
                // before the cue, whose clause follows it; it is read below as a cue after its subject.
                boolean apposition = s == null && comma == c - 1 && c + 2 <= end
                        && (at.word(c + 1).equals("that") || isFiniteClause(c + 1, end));
                if (s == null && !apposition) {
                    return null;
                }
                if (s != null) {
                    // "These men, he said, do not start out as committed jihadis": the cue stands between a subject and
                    // the rest of its clause, which says what was said.
                    boolean between = at.raw(c + 1).equals(",") && comma - from <= MAX_INTRODUCTION && !finiteOutsideQuotes(from, comma - 1)
                            && end - (c + 2) >= 2 && !COORDINATORS.contains(at.word(c + 2)) && !SpeechCues.isParticiple(at.word(c + 2))
                            && finiteOutsideQuotes(c + 2, Math.min(end, c + 5));
                    return between ? clause(c + 2, end, new Attribution(s, cue, word)) : found(from, comma - 1, new Attribution(s, cue, word));
                }
            }
        }
        int relative = c - 1;
        while (relative > from && SpeechCues.AUXILIARIES.contains(at.word(relative))) {
            relative--;
        }
        if (relative > from && at.word(relative).equals("who") && !inQuote(relative)) {
            // "Ahmed Rashid, a journalist who said the Taliban had regrouped": who speaks is whom "who" stands for.
            SpeakerRef antecedent = speakers.subjectBefore(relative, from);
            return antecedent == null ? null : afterCue(c, end, new Attribution(antecedent, cue, word));
        }
        SpeakerRef s = SpeechCues.isParticiple(at.word(c)) ? speakers.sentenceSubject(from, c)
                : SpeechCues.NOUN_LIKE.contains(at.word(c)) ? speakers.subjectRightBefore(c, from) : speakers.subjectBefore(c, from);
        // "when some clans said they had been snubbed", "Initial reports said ...": a plain noun phrase as the subject.
        if (s == null && !at.word(c).endsWith("ing") && !SpeechCues.NOUN_LIKE.contains(at.word(c))) {
            s = nounPhraseBefore(c, from);
        }
        return s == null ? null : afterCue(c, end, new Attribution(s, cue, word));
    }

    /**
     * What a cue at {@code c} reports, read after it: "CUE (Y) that CONTENT", "asked whether CONTENT", "said (on
     * Tuesday) CONTENT", "told (reporters) CONTENT"; {@code null} when none of these follows.
     */
    private Found afterCue(int c, int end, Attribution a) {
        String word = at.word(c);
        // "The ministry said: the convoy reached ...", "told reporters: ...": a colon opens what was said.
        int colon = SpeechCues.TELLING.contains(word) ? afterListener(c + 1, end) : c + 1;
        if (colon + 3 <= end && at.raw(colon).equals(":") && !inQuote(colon) && !at.word(c).endsWith("ing")) {
            return clause(colon + 1, end, a);
        }
        for (int t = c + 1; t <= end && t - c <= MAX_CUE_TO_THAT; t++) {
            if (inQuote(t)) {
                break;
            }
            if (at.word(t).equals("that") && !inQuote(t)) {
                return clause(t + 1, end, a);
            }
            if (SpeechCues.isVerb(at.word(t))) {
                break;
            }
        }
        // "Lawmakers asked whether the deals required ...": an indirect question is what was asked.
        if (c + 1 <= end && QUESTION_WORDS.contains(at.word(c + 1)) && ASKING.contains(word) && end - c >= 3) {
            return clause(c + 1, end, a);
        }
        boolean bare = BARE_CLAUSE.contains(word);
        boolean saying = SAYING.contains(word) || bare;
        int next = SpeechCues.TELLING.contains(word) && saying ? afterListener(c + 1, end) : c + 1;
        // "said on Tuesday the talks ...": a short time or place phrase may stand between the cue and what was said.
        while (saying && next <= end && next - c <= 6 && ADVERBIAL.contains(at.word(next)) && !isQuantity(next)) {
            next++;
            while (next <= end && next - c <= 6 && (at.isCapitalized(next) || SpeechCues.DETERMINERS.contains(at.word(next)))
                    && !CLAUSE_OPENERS.contains(at.word(next)) && at.mention(next) == null) {
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
        // "said “99 percent” of Zawiya is ...": a partial quote may open what was said.
        boolean opensQuote = next < end && at.isPunctuation(next) && !inQuote(next) && inQuote(next + 1);
        boolean clause = next <= end && (!at.isPunctuation(next) || opensQuote) && (!ADVERBIAL.contains(at.word(next)) || isQuantity(next))
                && !SpeechCues.isVerb(at.word(next)) && end - next >= 2;
        return saying && clause && (!bare || isFiniteClause(next, end)) ? clause(next, end, a) : null;
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
            "acknowledge", "admit", "deny", "confirm", "allege");
    /** Words that make a clause finite. */
    private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would",
            "could", "can", "should", "may", "might", "must", "did", "does", "do", "'s", "'re", "'ll", "'d", "n't", "shall");

    /**
     * Whether a clause opens at {@code first}: a subject ("the", a name, a pronoun, a number) and, within a few words
     * and before any punctuation or relative pronoun, a finite or past verb.
     */
    private boolean isFiniteClause(int first, int end) {
        String w = at.word(first);
        boolean subject = CLAUSE_OPENERS.contains(w) || at.isCapitalized(first) || at.mention(first) != null
                || Character.isDigit(w.isEmpty() ? 'x' : w.charAt(0)) || SpeechCues.DETERMINERS.contains(w);
        if (!subject || w.equals("that")) {
            return false;
        }
        for (int t = first + 1; t <= end && t - first <= 8; t++) {
            String v = at.word(t);
            if (at.isPunctuation(t) && !inQuote(t) || v.equals("who") || v.equals("which") || v.equals("that")) {
                return false;
            }
            if (FINITE.contains(v) || v.length() > 4 && v.endsWith("ed") && !at.isCapitalized(t)) {
                return true;
            }
        }
        return false;
    }

    /** Cues whose content may follow with no "that": "said the talks failed", "told police he had no documents". */
    private static final Set<String> SAYING = Set.of("said", "says", "say", "saying", "adding", "told", "tells", "tell");
    /** Words that name who is told and never open what they are told. */
    private static final Set<String> LISTENERS = Set.of("him", "her", "them", "us", "me", "you", "reporters", "journalists",
            "police", "officials", "lawmakers", "investigators", "parliament", "congress", "colleagues", "supporters");

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
        int u = SpeechCues.DETERMINERS.contains(at.word(t)) && !CLAUSE_OPENERS.contains(at.word(t)) || at.word(t).equals("the") ? t + 1 : t;
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

    /** Words that open a phrase of time or place. */
    private static final Set<String> TIME_OPENERS = Set.of("on", "in", "at", "during", "after", "before", "earlier", "later",
            "last", "this", "recently");
    /** Words that open a short adverbial between a cue and its clause, never the clause itself. */
    private static final Set<String> ADVERBIAL = Set.of("on", "in", "at", "during", "after", "before", "earlier", "later",
            "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "last", "this", "recently", "privately", "publicly", "repeatedly", "again", "also", "then", "of", "about",
            "to", "for", "with", "by", "from", "as", "and", "or", "but", "so", "when", "while", "if", "because", "through");

    /**
     * "X charges that CONTENT", "X is demanding CONTENT", "She wants to CONTENT": a position or intention
     * attributed to a subject that stands right before the verb (or before an apposition), the rest of the sentence
     * after the verb its content.
     */
    private Found attitude(int c, int from, int end) {
        SpeakerRef s = at.word(c).endsWith("ing") && c > from && at.raw(c - 1).equals(",")
                ? speakers.sentenceSubject(from, c) : speakers.subjectRightBefore(c, from);
        if (s == null && !SpeechCues.NOUN_LIKE.contains(at.word(c))) {
            s = speakers.subjectBefore(c, from);
            if (s != null && at.firstTokenAtOrAfter(s.span().begin()) < c - 12) {
                s = null;
            }
        }
        if (s == null && !SpeechCues.NOUN_LIKE.contains(at.word(c)) && !at.word(c).endsWith("ing")) {
            // "Democrats want policies that ...", "China and Russia support the government": a group as the holder.
            s = nounPhraseBefore(c, from);
        }
        if (s == null) {
            return null;
        }
        int first = c + 1;
        for (int t = first; t <= end && t - c <= MAX_CUE_TO_THAT; t++) {
            if (at.word(t).equals("that") && !inQuote(t)) {
                return clause(t + 1, end, new Attribution(s, at.span(c), at.raw(c)));
            }
        }
        while (first <= end && SpeechCues.PARTICLES.contains(at.word(first))) {
            first++;
        }
        if (end - first < 2) {
            return null;
        }
        return clause(first, beforeModifier(first, end), new Attribution(s, at.span(c), at.raw(c)));
    }

    /**
     * The last token of an object before a participle set off by a comma ("expects continued rate hikes in 2023,
     * echoing recent remarks ..."): the participle is the writer's comment on the holder, not what they hold.
     * {@code end} when none stands there.
     */
    private int beforeModifier(int first, int end) {
        for (int t = first + 2; t < end; t++) {
            if (at.raw(t).equals(",") && !inQuote(t) && at.word(t + 1).endsWith("ing") && !inQuote(t + 1)) {
                return t - 1;
            }
        }
        return end;
    }

    /**
     * The cue closes its sentence: only a speaker, a time or a short phrase stand between it and the end, or between it
     * and a comma or dash that sets off what follows ("..., said Antonio De Iesu, director of the Milan police.",
     * "..., the IMF report says — also in line with ...").
     */
    private boolean isTrailingFrame(int c, int end) {
        int comma = -1;
        for (int t = c - 1; t >= Math.max(0, c - MAX_TRAILING_SPEAKER); t--) {
            if (at.raw(t).equals(",")) {
                comma = t;
                break;
            }
        }
        if (comma < 0) {
            return false;
        }
        // "Speaking to reporters, the minister said the offensive would continue": a short clause after the cue is
        // what was said, and the words before the comma frame it.
        if (end - c <= 6 && !(c + 1 <= end && (at.word(c + 1).equals("that") || isFiniteClause(c + 1, end))) || at.word(c + 1).equals(",")) {
            return true;
        }
        if (BOUNDARIES.contains(at.word(comma + 1))) {
            return false; // "..., and witnesses said snipers shot ...": a clause of its own, its content after the cue
        }
        for (int t = c + 1; t <= end && t - c <= MAX_TRAILING_SPEAKER; t++) {
            if (at.raw(t).equals(",") || at.raw(t).matches("[—–;]|--")) {
                return true;
            }
            if (inQuote(t) || at.isPunctuation(t) || !isSpeakerWord(t)) {
                return false;
            }
        }
        return false;
    }

    /** A word that may stand in a speaker's name or title after a cue ("said Antonio De Iesu", "said the chief of police"). */
    private boolean isSpeakerWord(int t) {
        String w = at.word(t);
        return at.mention(t) != null || at.isCapitalized(t) && !SpeechCues.PRONOUNS.contains(w)
                || SpeechCues.PEOPLE_NOUNS.contains(w) || SpeechCues.DETERMINERS.contains(w) && !CLAUSE_OPENERS.contains(w)
                || w.equals("the") || w.equals("of") || w.equals("for") || SpeechCues.CALENDAR.contains(w);
    }

    /** Tokens a cue's speaker may span, before or after it ("a spokesperson for the NYC Office of Emergency Management"). */
    private static final int MAX_TRAILING_SPEAKER = 10;

    private int previousComma(int c, int from) {
        for (int t = c - 1; t > from; t--) {
            if (at.raw(t).equals(",")) {
                return t;
            }
        }
        return -1;
    }

    private int nextComma(int from, int end) {
        for (int t = from; t <= end; t++) {
            if (at.raw(t).equals(",")) {
                return t;
            }
        }
        return -1;
    }

    private int lastWordToken(int from, int to) {
        int t = to - 1;
        while (t >= from && at.isPunctuation(t)) {
            t--;
        }
        return t;
    }

    /** Content from token {@code first} to token {@code last}, both included; {@code null} when empty or quoted. */
    private Found found(int first, int last, Attribution a) {
        if (first > last || first >= at.size()) {
            return null;
        }
        Span content = closingPartial(new Span(at.span(first).begin(), at.span(last).end()));
        boolean naming = partial.stream().anyMatch(p -> content.contains(p) && names(a, p)) && !finiteOutsideQuotes(first, last);
        return whole.overlapsAny(content) || cutsPartial(content) || naming ? null : new Found(content, a);
    }

    /**
     * Whether the quote {@code p} is a name someone gives: after a cue of naming ("called the truce a “fragile hope”")
     * or after "as" ("condemned the shelling as “reckless”").
     */
    private boolean names(Attribution a, Span p) {
        int open = at.lastTokenEndingBy(p.begin());
        int before = open >= 0 && at.isPunctuation(open) ? open - 1 : open;
        return SpeechCues.NAMING.contains(a.cueText().toLowerCase(java.util.Locale.ROOT)) || before >= 0 && at.word(before).equals("as");
    }

    /**
     * Whether a finite verb stands outside quotes among tokens {@code first} to {@code last}: content that holds a
     * partial quote is a statement of its own when it is a clause ("said “99 percent” of Zawiya is under government
     * control"); without one the quoted words are what was said ("called the truce a “fragile hope”").
     */
    private boolean finiteOutsideQuotes(int first, int last) {
        for (int t = first; t <= last; t++) {
            String w = at.word(t);
            if (!inQuote(t) && (FINITE.contains(w) || w.length() > 4 && w.endsWith("ed") && !at.isCapitalized(t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code content} reaching to the end of a partial quote that closes it, whose last marks it left out ("could “drive
     * the world into a contraction.”", "are “especially grave,” the statement said").
     */
    private Span closingPartial(Span content) {
        for (Span p : partial) {
            if (p.begin() >= content.begin() && p.begin() < content.end() && p.end() > content.end()
                    && at.text.substring(content.end(), p.end()).chars().noneMatch(Character::isLetterOrDigit)) {
                return new Span(content.begin(), p.end());
            }
        }
        return content;
    }

    /** Content after its cue, from token {@code first} up to {@code last} or a second cue ("told Collins that CONTENT and said ..."). */
    private Found clause(int first, int last, Attribution a) {
        return found(afterAdverbial(first, last), beforeNextCue(first, last), a);
    }

    /**
     * The first token of what was said past a time or place phrase closed by a comma that stands between it and its cue
     * ("noted on November 14, the opposition has ..."), else {@code first}.
     */
    private int afterAdverbial(int first, int last) {
        if (!TIME_OPENERS.contains(at.word(first)) && !SpeechCues.CALENDAR.contains(at.word(first))) {
            return first;
        }
        for (int t = first + 1; t < last && t - first <= 6; t++) {
            if (at.raw(t).equals(",")) {
                return t + 1;
            }
            if (at.isPunctuation(t) || SpeechCues.isVerb(at.word(t)) || CLAUSE_OPENERS.contains(at.word(t))) {
                return first;
            }
        }
        return first;
    }

    /**
     * The last token of content that runs from {@code first} to {@code last}, before a second verb of saying
     * coordinated with the first ("and said", "but added", ", adding that", ", saying"): what follows it is another
     * statement, not part of this one.
     */
    private int beforeNextCue(int first, int last) {
        for (int t = first + 1; t < last; t++) {
            if (inQuote(t)) {
                continue;
            }
            String w = at.word(t);
            boolean joined = COORDINATORS.contains(w) && isCoordinatedCue(t + 1, last);
            boolean participle = at.raw(t).equals(",") && SpeechCues.isParticiple(at.word(t + 1)) && !inQuote(t + 1);
            if (joined || participle || closingFrame(t, last) || COORDINATORS.contains(w) && saidBySubject(t + 1, last)) {
                int end = t - 1;
                while (end > first && at.isPunctuation(end)) {
                    end--;
                }
                return end;
            }
        }
        return last;
    }

    /**
     * Whether a comma at {@code t} sets off a speaker and a verb of saying that close the sentence ("CONTENT, the
     * official added."): the words before it are what was said, the rest is the frame.
     */
    private boolean closingFrame(int t, int last) {
        if (!at.raw(t).equals(",")) {
            return false;
        }
        for (int v = t + 1; v <= last && v - t <= MAX_TRAILING_SPEAKER; v++) {
            if (inQuote(v) || at.isPunctuation(v)) {
                return false;
            }
            String w = at.word(v);
            if (SpeechCues.isVerb(w) && !SpeechCues.WEAK.contains(w) && !w.endsWith("ing") && v > t + 1) {
                return last - v <= 2;
            }
            if (!isSpeakerWord(v) && !SpeechCues.PRONOUNS.contains(at.word(v))) {
                return false;
            }
        }
        return false;
    }

    /** Whether a short subject and a verb of saying open a clause at {@code t} ("and the official said ..."). */
    private boolean saidBySubject(int t, int last) {
        for (int v = t; v < last && v - t <= 5; v++) {
            if (inQuote(v) || at.isPunctuation(v)) {
                return false;
            }
            if (SAYING.contains(at.word(v)) && !at.word(v).endsWith("ing")) {
                return v > t;
            }
            if (SpeechCues.isVerb(at.word(v)) || FINITE.contains(at.word(v))) {
                return false;
            }
        }
        return false;
    }

    /** Whether a finite verb of saying stands at {@code t}, past auxiliaries and adverbs ("and later told", "and has said"). */
    private boolean isCoordinatedCue(int t, int last) {
        int v = t;
        while (v < last && (SpeechCues.AUXILIARIES.contains(at.word(v)) || at.word(v).endsWith("ly"))) {
            v++;
        }
        String w = at.word(v);
        return v < last && !inQuote(v) && SpeechCues.isVerb(w) && !w.endsWith("ing") && !SpeechCues.NOUN_LIKE.contains(w)
                && !SpeechCues.WEAK.contains(w);
    }

    private static final Set<String> COORDINATORS = Set.of("and", "but");

    /** Whether a partial quote overlaps {@code content} without lying wholly inside it. */
    private boolean cutsPartial(Span content) {
        for (Span p : partial) {
            if (p.overlaps(content) && (p.begin() < content.begin() || p.end() > content.end())) {
                return true;
            }
        }
        return false;
    }
}
