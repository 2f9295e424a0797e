package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.Sentence;
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

    /**
     * Whether sentences in which no frame found a statement are read by their parse as well ({@link ClausalFrames}); off
     * when the system property {@code sitrep.quotes.clausal} is {@code off}, to measure what the parse adds and costs.
     */
    private static final boolean CLAUSAL = !"off".equals(System.getProperty("sitrep.quotes.clausal"));

    private final ArticleText at;
    private final SpanSet quoted;
    private final LabelledParagraphs labels;
    private final StatementScan scan;
    private final ContentSpans contents;
    private final ClausalFrames clausal;

    /**
     * @param quoted  every quote found (its words are never cues)
     * @param partial those of {@code quoted} that are a few words inside the writer's sentence ("said there was “nothing
     *                new” in the letter"): reported content may hold them whole, as the words reported
     */
    ReportedSpeechFinder(ArticleText at, SpeakerLocator speakers, List<Span> quoted, List<Span> partial) {
        this.at = at;
        this.quoted = new SpanSet(quoted);
        SentenceTokens tokens = new SentenceTokens(at, this.quoted);
        this.contents = new ContentSpans(tokens, quoted, partial);
        this.labels = new LabelledParagraphs(at, speakers, contents);
        Suppositions suppositions = new Suppositions(tokens);
        this.scan = new StatementScan(tokens, speakers, contents, suppositions);
        this.clausal = new ClausalFrames(tokens, contents, this.quoted, suppositions);
    }

    List<Found> find() {
        List<Found> out = new ArrayList<>(labels.find());
        for (int i = 0; i < at.sentences.size(); i++) {
            Sentence s = at.sentences.get(i);
            int before = out.size();
            scan.inSentence(s.firstToken(), s.firstToken() + s.tokenCount(), out);
            if (CLAUSAL && out.size() == before && noneIn(out, s)) {
                Found f = clausal.complement(i);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        out.addAll(new ReportContinuation(at, quoted).after(out));
        return out.stream().flatMap(f -> contents.split(f).stream()).filter(f -> !asksOnlyTopic(f) && !settingOfQuote(f)).toList();
    }

    /**
     * Whether {@code f} is an indirect question after a cue that asks nothing ("described how families are notified",
     * "did not say where it was keeping them", "told him how he handled the calls"): the words name a topic and give no
     * content, so they report no statement (field guide). After a verb of asking the question is what was asked
     * ("asked whether the strikes would go on"), and stays.
     */
    private boolean asksOnlyTopic(Found f) {
        if (f.kind() != QuoteKind.REPORTED) {
            return false;
        }
        int first = at.firstTokenAtOrAfter(f.content().begin());
        String cue = f.attribution().cueText().toLowerCase(java.util.Locale.ROOT).strip();
        return SpeechCues.INTERROGATIVES.contains(at.word(first)) && !quoted.overlapsAny(at.span(first))
                && !SpeechCues.ASKING_VERBS.contains(cue);
    }

    /**
     * Whether {@code f} is read after a cue whose speaker stands right after a whole quote ("“...,” he said after Bhutto
     * was killed in a gun and bomb attack", "“...,” an official said from the town of Villavicencio"): the cue reports
     * that quote, and the words after it say when, where or how it was said, unless a "that" or a colon opens more
     * that was said. Left out after the sentence was read, so that the sentence is not parsed for another frame.
     */
    private boolean settingOfQuote(Found f) {
        SpeakerRef s = f.attribution().speaker();
        Span cue = f.attribution().cue();
        if (f.kind() != QuoteKind.REPORTED || s == null || s.span() == null || s.span().end() > cue.begin()
                || f.content().begin() < cue.end()) {
            return false;
        }
        int before = at.firstTokenAtOrAfter(f.content().begin()) - 1;
        if (before >= 0 && (at.word(before).equals("that") || at.raw(before).equals(":"))) {
            return false;
        }
        // "..., he said, adding the government would ...": a participle set off after the cue says more.
        int c = at.firstTokenAtOrAfter(cue.begin());
        for (int w = at.lastTokenEndingBy(s.span().end()) + 1; w < c; w++) {
            if (at.isPunctuation(w)) {
                return false;
            }
        }
        int t = at.firstTokenAtOrAfter(s.span().begin()) - 1;
        int from = at.sentenceStart(c);
        while (t >= from && at.isPunctuation(t) && !contents.inWholeQuote(t)) {
            t--;
        }
        return t >= from && contents.inWholeQuote(t);
    }

    /** Whether no statement found so far overlaps the sentence {@code s}: one a label or an earlier frame read. */
    private boolean noneIn(List<Found> out, Sentence s) {
        Span sentence = new Span(at.span(s.firstToken()).begin(), at.span(s.firstToken() + s.tokenCount() - 1).end());
        return out.stream().noneMatch(f -> f.content().overlaps(sentence));
    }

    /**
     * Reported speech inside what a speaker said ("I assured the minister that the United States is doing ...", in a
     * quote or a transcript's turn), found as outside it but with the speaker's words as the text: the cue, its
     * speaker and the content all lie within {@code said}. A first-person speaker ("I", "we") is the one who said
     * {@code said}. Returns the statements found in text order, empty when none is.
     *
     * @param said    the words a speaker said (a quote's content or a turn), which this finder must not hold as quoted
     * @param speaker    who said them
     * @param speechOnly only statements framed by a verb of saying, "according to", a verb whose object is the position
     *                   held ("accused X of", "defended the decision"), a passive with its agent or a noun of saying
     *                   before "that" ("Barak's repeated assertions that ..."): not by a word of will ("to"), a topic or
     *                   a view given with "as", which inside a report read the reporter's words as another's
     */
    List<Found> within(Span said, SpeakerRef speaker, boolean speechOnly) {
        List<Found> out = new ArrayList<>();
        for (Sentence s : at.sentences) {
            int from = Math.max(s.firstToken(), at.firstTokenAtOrAfter(said.begin()));
            int to = Math.min(s.firstToken() + s.tokenCount(), at.lastTokenEndingBy(said.end()) + 1);
            if (from < to) {
                scan.inSentence(from, to, out);
            }
        }
        List<Found> inside = new ArrayList<>();
        for (Found f : out) {
            if (f.kind() == QuoteKind.REPORTED && said.contains(f.content()) && f.attribution().speaker() != null
                    && !asksOnlyTopic(f) && (!speechOnly || SPEECH_FRAMES.contains(f.frame()) && !ALSO_ACTS.contains(at.word(at.firstTokenAtOrAfter(f.attribution().cue().begin()))))) {
                SpeakerRef who = f.attribution().speaker().firstPerson() ? speaker : f.attribution().speaker();
                inside.add(new Found(f.content(), new Attribution(who, f.attribution().cue(), f.attribution().cueText()),
                        QuoteKind.REPORTED, VERBAL_FRAMES.contains(f.frame()) ? NESTED : NESTED_STANCE));
            }
        }
        return inside;
    }

    /** The frame of a statement read inside someone's words by a verb of saying or "according to". */
    static final String NESTED = "nested";
    /**
     * The frame of a statement read inside someone's words by a word of stance or belief ("Barak's assertions that",
     * "accused X of"): no partial quote it holds is its speaker's words rather than the one's who reports it.
     */
    static final String NESTED_STANCE = "nested stance";
    private static final Set<String> VERBAL_FRAMES = Set.of("cue", "according");
    /**
     * Verbs of criticism that also name a physical act ("the forces then blasted Zawiya with artillery ..., witnesses
     * said"): inside what someone reports they are the act reported, never a statement of their subject.
     */
    private static final Set<String> ALSO_ACTS = Set.of("blasted", "blasts", "slammed", "slams", "charged", "charges",
            "threatened", "threatens", "hit", "hits", "struck", "pounded");

    /**
     * Frames of the statements a reported statement's content may hold: the field corpus annotates such a statement
     * twice ("suggested Israel would not ..., despite Barak's repeated assertions that a strike was inevitable").
     */
    private static final Set<String> SPEECH_FRAMES = Set.of("cue", "according", "attitude", "agent", "that");
}
