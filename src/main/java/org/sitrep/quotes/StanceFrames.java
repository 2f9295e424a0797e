package org.sitrep.quotes;

import java.util.Set;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;
import org.sitrep.nlp.CommonWords;
import org.sitrep.quotes.ReportedSpeechFinder.Found;

/**
 * Statements of belief, will or stance held by a subject: "X worries that CONTENT", "X refuses to CONTENT", "X has been
 * critical of CONTENT", "X wants CONTENT", and what a document found ("the survey showed that CONTENT").
 */
final class StanceFrames extends FrameFamily {
    /** Verbs by which a document or a count states what it found ("the survey showed that ..."). */
    static final Set<String> FINDING_VERBS = Set.of("show", "shows", "showed", "shown", "found", "finds", "find");
    /** Head nouns of what states a finding: a report or a count, never a person, whose "found" is a deed. */
    private static final Set<String> DOCUMENTS = Set.of("poll", "polls", "survey", "surveys", "study", "studies", "report",
            "reports", "data", "analysis", "figures", "statistics", "records", "documents", "files", "research", "investigation",
            "inquiry", "assessment", "review", "audit", "images", "footage", "video", "videos", "evidence", "census", "tally",
            "count", "autopsy", "probe", "results", "findings", "estimate", "estimates", "photos", "photographs", "satellite");

    /** Nouns that name a statement and take its content as a "that" clause. */
    private static final Set<String> SPEECH_NOUNS = Set.of("announcement", "statement", "claim", "claims", "allegation",
            "allegations", "report", "reports", "warning", "assurance", "assurances", "promise", "pledge", "denial",
            "admission", "accusation", "accusations", "assertion", "insistence", "suggestion", "declaration", "assessment");
    /** Tokens from a "that" to the finite verb of its clause ("that troops would leave"). */
    private static final int MAX_SUBJECT_TO_VERB = 6;

    private static final int MAX_OBJECT_BEFORE_TO = 3;
    /**
     * What is withheld after a refusal: speaking itself, or a name ("declined to be named"). A refusal to give or
     * disclose something ("refused to give the names of the men") is a position PolNeAR annotates, and stays.
     */
    private static final Set<String> WITHHELD = Set.of("comment", "say", "discuss", "elaborate", "speculate", "talk", "speak",
            "answer", "respond", "reply", "be");
    /** Participles after "to be" by which a source asks to stay unnamed ("asked not to be identified"). */
    private static final Set<String> ANONYMITY = Set.of("named", "identified", "quoted");
    /** Words after "to" that make it a preposition rather than the mark of an infinitive. */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me", "you", "it", "whom");
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("about", "of", "for", "on", "over", "against");

    StanceFrames(SentenceTokens tokens, SpeakerLocator speakers, ContentSpans contents, Holders holders) {
        super(tokens, speakers, contents, holders);
    }

    /**
     * Nouns of a report that take a "that" clause of what was reported and may name their source with "from" ("a tip
     * from officials that a bomb had been planted", "a warning from the ministry that the dam could burst").
     */
    static final Set<String> SOURCED_REPORTS = Set.of("warning", "warnings", "tip", "tips", "claim", "claims", "complaint",
            "complaints", "assurance", "assurances", "allegation", "allegations", "accusation", "accusations", "promise",
            "pledge", "threat", "threats", "admission", "word", "confirmation");

    /**
     * "a tip from officials that CONTENT", "a warning from bin Laden to Iraq's Sunni Arabs against joining the
     * councils", "a pledge from the rebels to free the hostages": a noun of report whose source stands in its "from"
     * phrase and whose complement says what was reported: a "that" clause, "against" and a gerund (what was warned
     * against), or an infinitive (what was promised or asked), each maybe after a "to" phrase of whom it was
     * addressed to. The source is the speaker. The source must be a short noun phrase naming a person or body, or
     * ending in a noun of people, and the words after "that" must open a clause with its own subject (a verb there
     * makes "that" a relative: "a warning from the UN that came too late"). {@code null} otherwise.
     */
    Found fromSource(int c, int from, int end) {
        if (!at.word(c + 1).equals("from") || tokens.inQuote(c + 1)) {
            return null;
        }
        int last = nounPhraseBeforeComplement(c + 2, c + 1 + MAX_FROM_SOURCE, end);
        if (last < c + 2 || last >= end) {
            return null;
        }
        Mention m = at.mention(last);
        boolean named = m != null && m.type().isActor();
        if (!named && !SpeechCues.PEOPLE_NOUNS.contains(at.word(last))) {
            return null;
        }
        int complement = last + 1;
        if (at.word(complement).equals("to") && !opensVerbInfinitive(complement + 1)) {
            // "to Iraq's Sunni Arabs": whom the report was addressed to, before what it says.
            int listener = nounPhraseBeforeComplement(complement + 1, complement + MAX_FROM_SOURCE, end);
            complement = listener < complement + 1 || listener >= end ? -1 : listener + 1;
        }
        int first = complement < 0 ? -1 : contentAfterComplement(complement, end);
        if (first < 0) {
            return null;
        }
        SpeakerRef s = speakers.after(c + 2, last + 1);
        if (s == null || s.pronoun() || at.lastTokenEndingBy(s.span().end()) != last) {
            Span span = new Span(at.span(c + 2).begin(), at.span(last).end());
            s = new SpeakerRef(span, span.of(at.text), m, false);
        }
        Span cue = new Span(at.span(c).begin(), at.span(c + 1).end());
        return contents.clause(first, end, new Attribution(s, cue, cue.of(at.text)));
    }

    /**
     * The last token of a short noun phrase from {@code first} that a report noun's complement follows ("that",
     * "against", "to"), no further than {@code limit}; -1 when a quote, punctuation, a verb or the end of the
     * sentence comes first.
     */
    private int nounPhraseBeforeComplement(int first, int limit, int end) {
        for (int t = first; t <= end && t <= limit; t++) {
            String w = at.word(t);
            if (tokens.inQuote(t)) {
                return -1;
            }
            if (at.isPossessive(t)) {
                continue; // "Iraq's Sunni Arabs": the "'s" of an owner, no verb
            }
            if (t > first && REPORT_COMPLEMENTS.contains(w)) {
                return t - 1;
            }
            if (at.isPunctuation(t) || SentenceTokens.FINITE.contains(w) || SpeechCues.isVerb(w)) {
                return -1;
            }
        }
        return -1;
    }

    /** Words that open what a report noun says after its source: a "that" clause, "against" a gerund, an infinitive. */
    private static final Set<String> REPORT_COMPLEMENTS = Set.of("that", "against", "to");

    /**
     * The first token of what a report noun says, given the complement word at {@code t}: after "that" the clause, when
     * it opens with its own subject; the gerund after "against"; "to" with the verb of its infinitive. -1
     * when none of these stands there.
     */
    private int contentAfterComplement(int t, int end) {
        String w = at.word(t);
        if (tokens.inQuote(t) || end - t < 2) {
            return -1;
        }
        if (w.equals("that")) {
            String next = at.word(t + 1);
            boolean relative = tokens.opensRelative(t + 1) || SentenceTokens.FINITE.contains(next) || SpeechCues.hasVerbForm(next)
                    || next.endsWith("ly");
            return relative || end - t < 3 ? -1 : t + 1;
        }
        if (w.equals("against")) {
            return at.word(t + 1).endsWith("ing") && at.word(t + 1).length() > 5 && !tokens.inQuote(t + 1) ? t + 1 : -1;
        }
        return w.equals("to") && opensVerbInfinitive(t + 1) ? t : -1;
    }

    /**
     * Whether the word at {@code t} is a verb's plain form after "to" ("to free", "to stop"): lower case, with a third
     * person form of its own; a noun or name after "to" ("to civilians", "to Iraq's Sunni Arabs") names whom it went to.
     */
    private boolean opensVerbInfinitive(int t) {
        String w = at.word(t);
        return !w.isEmpty() && !at.isCapitalized(t) && !tokens.inQuote(t) && !SpeechCues.DETERMINERS.contains(w)
                && !OBJECT_PRONOUNS.contains(w) && (w.equals("be") || CommonWords.isPlainVerb(w));
    }

    /** Tokens from a noun of report to its "that": "from" and a short noun phrase of the source. */
    private static final int MAX_FROM_SOURCE = 7;

    /**
     * "Environmentalists worry that CONTENT", "Republicans have expressed concern that CONTENT", "came away convinced
     * that CONTENT": a word of belief, fear or claim followed by its "that" clause, held by the subject before it, a
     * named speaker or the plain noun phrase that stands there ("environmentalists").
     */
    Found thatClause(int c, int from, int end) {
        int that = c + 1;
        if (that <= end && at.word(that).endsWith("ly")) {
            that++;
        }
        if (that > end || !at.word(that).equals("that") || tokens.inQuote(that) || end - that < 3
                || !SpeechCues.isVerb(at.word(c)) && tokens.opensRelative(that + 1)) {
            return null;
        }
        boolean introduced = c > from && SpeechCues.NOT_NAMES.contains(at.word(c - 1));
        SpeakerRef owner = ownerPronoun(c, from);
        SpeakerRef s = owner != null ? owner : introduced ? null : holders.holderBefore(c, from);
        if (s == null && c - 1 > from && at.isPossessive(c - 1) && !tokens.inQuote(c - 1)) {
            // "Ariel Sharon's declaration that ...", "the army's belief that ...": a noun of saying or belief, held by
            // whom its possessive names.
            s = holders.antecedentBefore(c - 1, from);
        }
        if (s == null && SPEECH_NOUNS.contains(at.word(c)) && c > from && (SpeechCues.ARTICLES.contains(at.word(c - 1)) || introduced)
                && tokens.finiteOutsideQuotes(that + 1, Math.min(end, that + MAX_SUBJECT_TO_VERB))) {
            // "the announcement that troops would leave", "Amid reports that ..., X have warned": a statement whose
            // maker the sentence does not name; in an opening phrase it ends at the comma that closes the phrase.
            int comma = introduced ? tokens.nextComma(that + 1, end) : -1;
            return contents.clause(that + 1, comma > that + 2 ? comma - 1 : end, new Attribution(null, at.span(c), at.raw(c)));
        }
        return s == null ? null : contents.clause(that + 1, end, new Attribution(s, at.span(c), at.raw(c)));
    }

    /**
     * The possessive pronoun right before the noun at {@code c} ("his claim that ...", "reflecting their belief that
     * ..."): the noun's owner holds the belief or made the claim, whatever subject the clause has, and is resolved
     * as a speaker pronoun would be. {@code null} when no such pronoun stands there, or when "her" is the object of a
     * verb before a word that is also a verb ("told her hopes that").
     */
    private SpeakerRef ownerPronoun(int c, int from) {
        int o = c - 1;
        if (o < from || !PronounAntecedents.SUBJECT_FORMS.containsKey(at.word(o)) || tokens.inQuote(o)
                || at.word(o).equals("her") && SpeechCues.isVerb(at.word(c))) {
            return null;
        }
        return new SpeakerRef(at.span(o), at.raw(o), null, true);
    }

    /**
     * "A UN report found that CONTENT", "Satellite images show the camp was destroyed": what a document or a count
     * states, its subject the speaker. Only a subject whose head names a document: "troops found weapons" is a deed.
     */
    Found finding(int c, int from, int end) {
        int last = c - 1;
        while (last >= from && (SpeechCues.AUXILIARIES.contains(at.word(last)) || at.word(last).endsWith("ly"))) {
            last--;
        }
        if (last < from || !DOCUMENTS.contains(at.word(last)) || tokens.inQuote(last)) {
            return null;
        }
        SpeakerRef s = holders.nounPhraseBefore(c, from);
        if (s == null) {
            return null;
        }
        Attribution a = new Attribution(s, at.span(c), at.raw(c));
        if (c + 1 <= end && at.word(c + 1).equals("that") && !tokens.inQuote(c + 1)) {
            return end - (c + 2) >= 2 ? contents.clause(c + 2, end, a) : null;
        }
        return c + 1 <= end && tokens.isFiniteClause(c + 1, end) ? contents.clause(c + 1, end, a) : null;
    }

    /**
     * "Trump refuses to make public ...", "two speechwriters implored her to bring it back", "his determination to act
     * alone": a word of will, refusal or promise and the "to" clause it takes, held as in {@link #thatClause}.
     */
    Found toClause(int c, int from, int end) {
        int to = c + 1;
        // "implored her to", "asked the candidates to": a short object may stand before "to".
        while (to <= end && to - c <= MAX_OBJECT_BEFORE_TO && !at.word(to).equals("to") && !at.isPunctuation(to)
                && !SpeechCues.isVerb(at.word(to))) {
            to++;
        }
        if (to > end || to - c > MAX_OBJECT_BEFORE_TO || !at.word(to).equals("to") || tokens.inQuote(to) || end - to < 2) {
            return null;
        }
        if (!opensInfinitive(to + 1)) {
            return null; // "offered to Israel on one of the core issues": "to" is a preposition, and no will is reported
        }
        if (to == c + 1 && SpeechCues.VOLITIONS.contains(at.word(c))) {
            return null; // "Australia agreed to accept refugees": the holder's own deed, chosen or meant, not words
        }
        if (SpeechCues.REFUSALS.contains(at.word(c)) && WITHHELD.contains(at.word(to + 1))) {
            return null; // "declined to comment on the report", "refused to be named": nothing was said
        }
        if (at.word(to + 1).equals("be") && ANONYMITY.contains(at.word(to + 2))) {
            return null; // "asked not to be identified": anonymity asked for, and nothing said
        }
        // "..., warning them to stay away from windows": a participle after a comma is the sentence subject's.
        SpeakerRef s = at.word(c).endsWith("ing") && c > from && at.raw(c - 1).equals(",") ? speakers.sentenceSubject(from, c)
                : holders.holderBefore(c, from);
        return s == null ? null : contents.clause(to, end, new Attribution(s, at.span(c), at.raw(c)));
    }

    /** Tokens of the object asked to act, between a verb of {@link SpeechCues#OBJECT_CONTROL} and its "to". */
    private static final int MAX_CONTROLLED_OBJECT = 6;
    /** Words that end an object before a "to" of request: a preposition opens a phrase of the verb's, not the object. */
    private static final Set<String> NOT_IN_OBJECT = Set.of("that", "for", "of", "in", "at", "with", "from", "by", "about",
            "after", "before", "during", "since", "if", "whether", "not", "and", "or", "but");

    /**
     * "Bush told Israel to dismantle the outposts", "officials are pressing Pakistan's army to switch its focus", "the
     * road map calls on Israel to remove outposts": a verb of asking or ordering, its object and the "to" clause the
     * object is asked to do, held as in {@link #toClause}. What was asked is the object and its clause, as the field
     * guide marks it, but after a verb of telling the object is the listener, and the request starts at "to". {@code
     * null} when no object and "to" with a verb follow.
     */
    Found controlled(int c, int from, int end) {
        String w = at.word(c);
        if (!SpeechCues.hasVerbForm(w) && !w.endsWith("ing") && !presentWithSubject(c, from)) {
            return null; // "the talks participants to urge Pyongyang to ...": an infinitive, asked of another
        }
        boolean call = w.startsWith("call");
        int first = c + 1;
        if (first <= end && (at.word(first).equals("on") || at.word(first).equals("upon")) && !tokens.inQuote(first)) {
            first++;
        } else if (call) {
            return null; // "called the ambassador to the ministry": without "on" a form of "call" asks nothing
        }
        int to = first;
        while (to <= end && to - first < MAX_CONTROLLED_OBJECT && !at.word(to).equals("to") && isObjectWord(to)) {
            to++;
        }
        if (to == first || to > end || !at.word(to).equals("to") || tokens.inQuote(to) || end - to < 2 || !opensInfinitive(to + 1)
                || SpeechCues.isVerb(at.word(to + 1)) && SpeechCues.REFUSALS.contains(at.word(to + 1))) {
            return null;
        }
        SpeakerRef s = holderOf(c, from);
        int content = SpeechCues.LISTENER_CONTROL.contains(at.word(c)) ? to : first;
        return s == null ? null : contents.clause(content, end, new Attribution(s, at.span(c), at.raw(c)));
    }

    /** Whether the token at {@code t} may be part of a short object noun phrase: no clause, punctuation or verb. */
    private boolean isObjectWord(int t) {
        String w = at.word(t);
        return !tokens.inQuote(t) && (!at.isPunctuation(t) || at.isPossessive(t)) && !NOT_IN_OBJECT.contains(w)
                && !SpeechCues.isVerb(w) && (at.isPossessive(t) || !SentenceTokens.FINITE.contains(w));
    }

    /**
     * Verbs that give an estimate with "at" and a number ("put the death toll at 40", "puts joblessness at 30 percent"):
     * what a source counts, as news reports casualties and losses.
     */
    static final Set<String> ESTIMATE_VERBS = Set.of("put", "puts", "putting", "placed", "places", "placing");
    /** Tokens from an estimating verb to its "at": the thing counted is a short noun phrase ("their own losses"). */
    private static final int MAX_OBJECT_BEFORE_AT = 6;
    /** Words that may stand between "at" and its number ("at about 40", "at more than 200", "at least 12"). */
    private static final Set<String> APPROXIMATIONS = Set.of("about", "around", "some", "least", "more", "less", "than",
            "nearly", "almost", "roughly", "over", "under", "up", "to", "between", "just", "approximately");
    /** Number words that may follow an estimate's "at" ("at six", "at dozens"), or count a share ("six in 10"). */
    static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand",
            "thousands", "million", "millions", "dozen", "dozens", "zero", "a");

    /**
     * "A survey puts joblessness at 30 percent", "The rebels put their own losses at four dead": a verb of {@link
     * #ESTIMATE_VERBS}, a short object, "at" and a number; the object and the figure, to the end of the clause, are what
     * the subject states. {@code null} when no number follows the "at".
     */
    Found estimate(int c, int from, int end) {
        if (atNumber(tokens, c, end) < 0) {
            return null;
        }
        SpeakerRef s = holderOf(c, from);
        return s == null ? null : estimate(c, end, new Attribution(s, at.span(c), at.raw(c)));
    }

    /** What an estimating verb at {@code c} states with its speaker known ("... and put its own losses at four"). */
    Found estimate(int c, int end, Attribution a) {
        return atNumber(tokens, c, end) < 0 ? null : contents.clause(c + 1, beforeClause(c + 1, beforeModifier(c + 1, end)), a);
    }

    /**
     * Who holds the view or gives the estimate of the verb at {@code c}: the sentence's subject for a participle after
     * a comma ("..., putting its losses at four"), else the holder named before the verb; {@code null} when none is.
     */
    private SpeakerRef holderOf(int c, int from) {
        return at.word(c).endsWith("ing") && c > from && at.raw(c - 1).equals(",") ? speakers.sentenceSubject(from, c)
                : holders.holderBefore(c, from);
    }

    /** The "at" before a number after the short object of the verb at {@code c}; -1 when none stands there. */
    static int atNumber(SentenceTokens tokens, int c, int end) {
        ArticleText at = tokens.at;
        int t = c + 2;
        while (t <= end && t - c <= MAX_OBJECT_BEFORE_AT && !at.word(t).equals("at")) {
            if (at.isPunctuation(t) && !at.isPossessive(t) || tokens.inQuote(t) || SentenceTokens.FINITE.contains(at.word(t))
                    || SentenceTokens.BOUNDARIES.contains(at.word(t))) {
                return -1;
            }
            t++;
        }
        int n = t + 1;
        while (n <= end && n - t <= 3 && APPROXIMATIONS.contains(at.word(n))) {
            n++;
        }
        boolean number = n <= end && !at.word(n).isEmpty() && (Character.isDigit(at.word(n).charAt(0)) || NUMBER_WORDS.contains(at.word(n)));
        return t <= end && at.word(t).equals("at") && number ? t : -1;
    }

    /**
     * Verbs that give a view of someone or something by what they take it for ("regard Saddam Hussein as merely an
     * excuse", "saw Pakistan as a Muslim homeland", "has referred to Israel as a Jewish state"): the members of
     * VerbNet's characterize-29.2 class that report a view, "refer to", and "designate" (appoint-29.1), whose "as"
     * declares what its object is ("designated the IRGC as a terrorist organization"). They report speech or thought only with
     * their "as", so the frame needs it; those that also report without it ("described") are attitudes.
     */
    static final Set<String> AS_VERBS = Set.of("regard", "regards", "regarded", "regarding", "see", "sees", "saw", "seen",
            "view", "views", "viewed", "characterize", "characterizes", "characterized", "characterizing", "characterise",
            "characterises", "characterised", "portray", "portrays", "portrayed", "portraying", "depict", "depicts",
            "depicted", "depicting", "label", "labels", "labelled", "labeled", "labelling", "labeling", "brand", "brands",
            "branded", "branding", "remember", "remembers", "remembered", "hail", "hails", "hailed", "hailing", "refer",
            "refers", "referred", "referring", "envision", "envisions", "envisioned", "welcome", "welcomes", "welcomed",
            "welcoming", "designate", "designates", "designated", "designating");
    /**
     * Whether the word {@code w} may frame a view given with "as" after its object: a verb of {@link #AS_VERBS}, or a
     * verb of {@link #EVALUATIONS}, whose object alone names only the thing judged but which with a predicate after
     * "as" reports what its subject holds it to be ("condemned the killing as an atrocity", "praised Bhutto as a woman
     * of immense courage"; field guide, stance without content).
     */
    static boolean takesAs(String w) {
        return AS_VERBS.contains(w) || EVALUATIONS.contains(w);
    }

    /** Tokens from the verb to its "as": the object a view is about is a short noun phrase. */
    private static final int MAX_OBJECT_BEFORE_AS = 16;
    /** Words after "as" that make it no part of the verb's frame ("as well as", "as soon as", "as if"). */
    static final Set<String> NOT_AS_FRAME = Set.of("well", "soon", "long", "far", "if", "though", "much", "many",
            "of", "to", "he", "she", "they", "it", "we", "i", "you", "there");

    /**
     * "Russian officials have characterized the withdrawal as a move toward equality", "Bush has referred to Israel as
     * a Jewish state": a verb of {@link #AS_VERBS}, its object and the "as" phrase, the view of the subject before it,
     * up to the end of the clause or an "and" or "but" that opens another. {@code null} when no "as" follows the object.
     */
    Found asClause(int c, int from, int end) {
        SpeakerRef s = holderOf(c, from);
        return s == null ? null : asClause(c, end, new Attribution(s, at.span(c), at.raw(c)));
    }

    /**
     * What a verb of {@link #AS_VERBS} at {@code c} reports with its speaker known ("said ... and described the
     * offensive as a turning point"): its object and "as" phrase, as in {@link #asClause(int, int, int)}; {@code
     * null} when no "as" follows the object.
     */
    Found asClause(int c, int end, Attribution a) {
        int first = objectOf(at, c);
        int as = asAfterObject(tokens, c, end);
        return as < 0 || verbSoonAfter(as + 1, end) && !isParticiplePredicate(as + 1) ? null
                : contents.clause(first, beforeClause(as + 1, beforeModifier(first, end)), a);
    }

    /**
     * Whether a past participle opens the "as" phrase at {@code t}, past adverbs in -ly ("see Moscow's efforts as aimed
     * at ...", "see the threats as partly designed to ..."): with the object before "as" it is what the object is taken
     * for, not the verb of a clause, which would need a subject between.
     */
    private boolean isParticiplePredicate(int t) {
        int v = tokens.pastAdverbs(t, at.size() - 1);
        return at.isPastForm(v) && !tokens.inQuote(v);
    }

    /**
     * "a U.S. call for support that Clinton described as promising", "a visit that Iran has already slammed as
     * unnecessary meddling", "he was described as an al-Qaeda militant": a verb of naming, view or stance whose "as"
     * follows it with no object between, for its object is a relative pronoun or a passive's subject. What was said is
     * the "as" phrase, to the next comma or a clause of its own; who said it the subject right before the verb, no one
     * in a passive. {@code null} when no such "as" follows or an active verb has no subject right before it.
     */
    Found gappedAs(int c, int from, int end) {
        int as = c + 1;
        if (as + 1 > end || !at.word(as).equals("as") || tokens.inQuote(as) || NOT_AS_FRAME.contains(at.word(as + 1))
                || at.isPunctuation(as + 1) || verbSoonAfter(as + 1, end)) {
            return null;
        }
        boolean passive = tokens.beBefore(c);
        SpeakerRef s = passive ? null : speakers.subjectRightBefore(c, from);
        s = s != null || passive ? s : holders.nounPhraseBefore(c, from);
        if (s == null && !passive) {
            return null;
        }
        int comma = tokens.nextComma(as + 1, end);
        int last = beforeClause(as + 1, comma > as + 1 ? comma - 1 : end);
        return contents.clause(as + 1, last, new Attribution(s, at.span(c), at.raw(c)));
    }

    /**
     * Verbs of consideration that take their object and what it is held to be with no "as" between ("considers the
     * drills a rehearsal for an invasion", "deemed the vote a sham"): VerbNet's consider-29.9, whose small clause is a
     * view of the subject.
     */
    static final Set<String> CONSIDERING = Set.of("consider", "considers", "considered", "considering", "deem", "deems",
            "deemed", "deeming");
    /**
     * Verbs of naming that take their object and the name given with no "as" between ("critics call the sting
     * entrapment", "calling them a proportionate response"): VerbNet's dub-29.3, whose small clause, like that of
     * {@link #CONSIDERING}, is what the subject says the object is. Read only when the name opens with "a" or "an"
     * right after the object's noun: "called the ambassador", "called a meeting", "called on Israel to" name nothing.
     */
    static final Set<String> NAMING_WITH_PREDICATE = Set.of("call", "calls", "called", "calling", "dubbed", "dubs",
            "dubbing", "labeled", "labelled", "labels", "labeling", "labelling", "branded", "brands", "branding", "termed",
            "terms", "terming");
    /** Tokens from a verb of {@link #CONSIDERING} to the article that opens what its object is held to be. */
    private static final int MAX_OBJECT_BEFORE_PREDICATE = 8;

    /**
     * "Kim Jong Un's government considers the drills a rehearsal for an invasion": a verb of {@link #CONSIDERING}, its
     * short object and, right after the object's noun, an indefinite article or "to be" that opens what the object is
     * held to be; the view of the holder before the verb, object and predicate its content. {@code null} when the verb
     * is passive ("is considered a threat": no holder), when no holder stands before it, or when no predicate follows
     * the object ("considered the proposal", "considered sending troops to a region": an article after a preposition
     * or a verb is no predicate).
     */
    Found considered(int c, int from, int end) {
        if (tokens.beBefore(c) || c + 2 > end) {
            return null;
        }
        boolean naming = NAMING_WITH_PREDICATE.contains(at.word(c));
        if (naming && (SpeechCues.PARTICLES.contains(at.word(c + 1)) || SpeakerLocator.PREPOSITIONS.contains(at.word(c + 1))
                || at.word(c + 1).equals("a") || at.word(c + 1).equals("an"))) {
            return null; // "called on Israel to", "called for talks", "called a meeting": no object named
        }
        int p = c + 2;
        while (p < end && p - c <= MAX_OBJECT_BEFORE_PREDICATE && !opensSmallClause(p, naming)) {
            if (at.isPunctuation(p) && !at.isPossessive(p) || tokens.inQuote(p) || SentenceTokens.FINITE.contains(at.word(p))
                    || SentenceTokens.BOUNDARIES.contains(at.word(p)) || at.word(p).equals("that")) {
                return null;
            }
            p++;
        }
        if (p >= end || !opensSmallClause(p, naming)) {
            return null;
        }
        SpeakerRef s = holderOf(c, from);
        return s == null ? null : contents.clause(c + 1, beforeClause(p, beforeModifier(c + 1, end)),
                new Attribution(s, at.span(c), at.raw(c)));
    }

    /**
     * Whether the token at {@code p} opens a predicate after an object: "a", "an" or "to be", right after a word that
     * may end a noun phrase (no preposition, article, verb in -ing or punctuation before it).
     */
    private boolean opensSmallClause(int p, boolean naming) {
        String w = at.word(p);
        boolean opens = w.equals("a") || w.equals("an") || !naming && w.equals("to") && at.word(p + 1).equals("be");
        String before = at.word(p - 1);
        return opens && !tokens.inQuote(p) && !at.isPunctuation(p - 1) && !SpeakerLocator.PREPOSITIONS.contains(before)
                && !SpeechCues.DETERMINERS.contains(before) && !before.endsWith("ing") && !CONSIDERING.contains(before)
                && !NAMING_WITH_PREDICATE.contains(before);
    }

    /** Whether the word {@code w} at {@code c} may take its "as" with no object between ("described as", "slammed as"). */
    boolean mayGapAs(String w, int c) {
        return (AS_VERBS.contains(w) || SpeechCues.NAMING.contains(w) || SpeechCues.ATTITUDES.contains(w))
                && at.word(c + 1).equals("as") && !w.endsWith("ing");
    }

    /** The first token of the object of the verb at {@code c}: past the "to" of "refer to". */
    private static int objectOf(ArticleText at, int c) {
        return at.word(c).startsWith("refer") && at.word(c + 1).equals("to") ? c + 2 : c + 1;
    }

    /**
     * The "as" that follows the short noun object of the verb at {@code c} ("characterized the withdrawal as ..."), -1
     * when none does: the object ends at punctuation, a quote, a finite verb or a clause boundary.
     */
    static int asAfterObject(SentenceTokens tokens, int c, int end) {
        ArticleText at = tokens.at;
        int as = objectOf(at, c) + 1;
        while (as <= end && as - c <= MAX_OBJECT_BEFORE_AS && !at.word(as).equals("as")) {
            if (at.isPossessive(as) || at.raw(as).equals("-")) { // "the country's withdrawal", "co-operating"
                as++;
                continue;
            }
            if (at.isPunctuation(as) || tokens.inQuote(as) || SentenceTokens.FINITE.contains(at.word(as))
                    || SentenceTokens.BOUNDARIES.contains(at.word(as))) {
                return -1;
            }
            as++;
        }
        boolean frame = as < end && at.word(as).equals("as") && !NOT_AS_FRAME.contains(at.word(as + 1)) && !at.isPunctuation(as + 1);
        return frame ? as : -1;
    }

    /** Whether a finite or past verb stands within three tokens of {@code t}: "as" then opens a clause ("as they crossed"). */
    private boolean verbSoonAfter(int t, int end) {
        for (int v = t; v <= end && v - t < 3; v++) {
            String w = at.word(v);
            if (SentenceTokens.FINITE.contains(w) || at.isPastForm(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last token before "and" or "but" that open a clause of their own at or after {@code from} ("as a Jewish state
     * in the past but the reference had special significance"), else {@code end}.
     */
    private int beforeClause(int from, int end) {
        for (int t = from; t < end; t++) {
            if (SentenceTokens.COORDINATORS.contains(at.word(t)) && !tokens.inQuote(t)
                    && (SentenceTokens.CLAUSE_OPENERS.contains(at.word(t + 1)) || tokens.isFiniteClause(t + 1, end))) {
                return at.raw(t - 1).equals(",") ? t - 2 : t - 1;
            }
        }
        return end;
    }

    /**
     * Whether the word at {@code t}, right after "to", may be the verb of an infinitive: not a determiner, an object
     * pronoun or a number, which make "to" a preposition ("offered to the Israelis", "promised to them"). A name
     * after "to" is left to the frame: on PolNeAR leaving it out cost more statements than it saved.
     */
    private boolean opensInfinitive(int t) {
        String w = at.word(t);
        if (w.isEmpty() || at.isPunctuation(t) || tokens.inQuote(t)) {
            return true; // "vowed to “flush out” al Qaeda": the quote's words are the verb's
        }
        return !SpeechCues.DETERMINERS.contains(w) && !OBJECT_PRONOUNS.contains(w) && !Character.isDigit(w.charAt(0));
    }

    /**
     * "Graham has been critical of Trump", "Black voters have expressed misgivings about Mrs. Clinton", "Trump
     * didn't apologize for his past statements": a word of speech or stance, the preposition it takes, and what it is
     * about, up to the end of the clause, held as in {@link #thatClause}.
     */
    Found topic(int c, int from, int end) {
        int p = c + 1;
        if (p > end || !TOPIC_PREPOSITIONS.contains(at.word(p)) || tokens.inQuote(p) || at.word(p + 1).equals("condition")) {
            return null; // "spoke on condition of anonymity" says how, not what
        }
        int last = p + 1;
        while (last < end && !at.raw(last + 1).equals(",") && !at.raw(last + 1).equals(";")) {
            last++;
        }
        if (last <= p) {
            return null;
        }
        // "Khamenei raised the possibility of ...": the holder is the subject of the verb that puts the noun forward.
        int voicing = voicingBefore(c);
        SpeakerRef s = holders.holderBefore(voicing >= from ? voicing : c, from);
        return s == null ? null : contents.found(p + 1, last, new Attribution(s, at.span(c), at.raw(c)));
    }

    /**
     * Nouns of a stance that a verb of holding puts forward ("raised concern about his age", "voiced doubts over the
     * plan"): with that verb they say what their subject holds about the topic after them, alone they name a thing
     * ("a matter of concern").
     */
    private static final Set<String> STANCE_NOUNS = Set.of("concern", "concerns", "doubt", "doubts", "fear", "fears",
            "hope", "hopes", "optimism", "pessimism", "skepticism", "scepticism", "misgivings", "reservations", "alarm",
            "outrage", "objections", "support", "opposition", "possibility", "prospect", "spectre", "specter");
    /** Verbs that put forward a stance named by their noun object ("raised concern", "voiced doubts", "expressed hope"). */
    private static final Set<String> VOICING = Set.of("raised", "raises", "raising", "voiced", "voices", "voicing",
            "expressed", "expresses", "expressing");

    /**
     * Verbs of reporting (VerbNet's say-37.7 "report") in the forms news uses with a subject. Their noun phrase object
     * is what was reported when it counts what happened or is a gerund's clause ("reported killing 11 insurgents", "reports
     * sixteen other journalist deaths", "have reported only a handful of protester deaths", "reported being abused"):
     * a proposition, as the field guide reads "denied charges of murder". An object that names a thing ("reported the
     * story") or a topic ("reported on the talks", "reporting from Beirut") holds none and is left out.
     */
    static final Set<String> REPORTING = Set.of("reported", "reports", "reporting");
    /** Words that may come before a count ("only a handful", "at least 12", "more than 200"). */
    private static final Set<String> COUNT_OPENERS = Set.of("only", "at", "least", "more", "than", "about", "nearly",
            "almost", "roughly", "some", "over", "up", "to", "approximately");
    /** Nouns of a count after "a" ("a handful of deaths", "a total of 40"). */
    private static final Set<String> COUNT_NOUNS = Set.of("handful", "total", "dozen", "number", "spate", "series", "string");
    /** Words in -ing after a verb of reporting that are no gerund of a clause ("reported missing", "reported following"). */
    private static final Set<String> NOT_REPORTED_GERUNDS = Set.of("missing", "following", "including", "during",
            "according", "regarding", "concerning", "remaining", "ongoing", "morning", "evening", "nothing", "something",
            "anything", "everything");
    /** Words after a number that make it a time, not a count ("two days ago", "10 years earlier"). */
    private static final Set<String> TIME_AFTER_COUNT = Set.of("ago", "earlier", "later", "before", "after");

    /**
     * Whether the verb of {@link #REPORTING} at {@code c} is active and its object opens with a count or a gerund
     * ({@link #REPORTING}); false for a passive ("was reported"), a reduced passive ("troops reported missing") or an
     * object of another kind.
     */
    boolean reportsWhatHappened(int c) {
        if (!REPORTING.contains(at.word(c)) || tokens.beBefore(c) || at.sentenceEnd(c) <= c + 2) {
            return false;
        }
        int o = c + 1;
        while (o - c <= 3 && COUNT_OPENERS.contains(at.word(o)) && !tokens.inQuote(o)) {
            o++;
        }
        if (tokens.inQuote(o) || at.isCapitalized(o)) {
            return false;
        }
        String w = at.word(o);
        boolean gerund = o == c + 1 && w.length() > 4 && w.endsWith("ing") && !NOT_REPORTED_GERUNDS.contains(w);
        boolean number = !w.isEmpty() && (Character.isDigit(w.charAt(0)) || NUMBER_WORDS.contains(w) && !w.equals("a"))
                || w.equals("a") && COUNT_NOUNS.contains(at.word(o + 1));
        return gerund || number && !countsTime(o);
    }

    /** Whether one of the few words after the number at {@code n} makes it a time ("two days ago"). */
    private boolean countsTime(int n) {
        for (int t = n + 1; t <= n + 3 && t < at.size(); t++) {
            if (TIME_AFTER_COUNT.contains(at.word(t))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb with that noun as its object puts forward a stance ("voiced concern", "expressed hope"). */
    static boolean voicesStance(String verb, String noun) {
        return VOICING.contains(verb) && STANCE_NOUNS.contains(noun);
    }

    /**
     * Whether the word at {@code c} is a noun of {@link #STANCE_NOUNS} right after a verb of {@link #VOICING}, one
     * adjective at most between ("raised serious concerns about"): read as a word of stance with its topic.
     */
    boolean heldNoun(int c) {
        return voicingBefore(c) >= 0;
    }

    /**
     * The verb of {@link #VOICING} whose object is the noun of {@link #STANCE_NOUNS} at {@code c}, right before it or
     * one word (an article or adjective) before that; -1 when none stands there.
     */
    private int voicingBefore(int c) {
        if (!STANCE_NOUNS.contains(at.word(c)) || c < 1) {
            return -1;
        }
        int v = VOICING.contains(at.word(c - 1)) || c < 2 || at.isPunctuation(c - 1) ? c - 1 : c - 2;
        return VOICING.contains(at.word(v)) && !tokens.inQuote(v) ? v : -1;
    }

    /**
     * "X charges that CONTENT", "X is demanding CONTENT", "She wants to CONTENT": a position or intention
     * attributed to a subject that stands right before the verb (or before an apposition), the rest of the sentence
     * after the verb its content.
     */
    Found attitude(int c, int from, int end) {
        if (SpeechCues.PLURAL_PRESENT.contains(at.word(c)) && !presentWithSubject(c, from)) {
            return null; // "the demand for talks", "his claim", "refused to deny": a noun or an infinitive, no view held
        }
        if (SpeechCues.NOUN_LIKE.contains(at.word(c)) && tokens.subjectOfCopula(c, end)) {
            return null; // "The great fear, says Ahmed Rashid, is that ...": a noun, no view its subject holds
        }
        if (at.word(c + 1).equals("to") && tokens.beBefore(c)) {
            return null; // "Macroalgae are suggested to disrupt ...": the subject is what is claimed, no one claims it
        }
        if (at.word(c).equals("attributed") && at.word(c + 1).equals("to") && !HAVE.contains(at.word(tokens.beforeAuxiliaries(c, from) + 1))) {
            return null; // "a claim attributed to the group": a participle after its noun, whose attributer is unnamed
        }
        if (COMPARING.contains(at.word(c)) && COMPARED_TO.contains(at.word(c + 1)) && !tokens.inQuote(c + 1)) {
            return null; // "is doing badly with young voters compared to 2020": a preposition of measure, no one compares
        }
        if ((at.word(c).equals("agreed") || at.word(c).equals("agrees")) && at.word(c + 1).equals("to") && !tokens.inQuote(c + 1)
                && opensInfinitive(c + 2)) {
            return null; // "Australia agreed to accept refugees": a deal struck, the holder's deed, as toClause reads VOLITIONS
        }
        // "Abbas' government, which has controlled only the West Bank, condemned the raid": the subject stands before
        // the relative clause.
        int relative = holders.relativeClauseBefore(c, from);
        int setOff = holders.setOffPhraseBefore(c, from);
        // "State media, citing unnamed officials, described it as ...": the subject stands before the set-off phrase.
        int v = relative > from ? relative : setOff > from && speakers.subjectRightBefore(setOff, from) != null ? setOff : c;
        SpeakerRef s = at.word(c).endsWith("ing") && c > from && at.raw(c - 1).equals(",")
                ? speakers.sentenceSubject(from, c) : speakers.subjectRightBefore(v, from);
        // "al-Qaida in Iraq, which has claimed responsibility for the attack": the relative pronoun is the subject,
        // and who holds the view is the noun it stands for.
        int pronoun = relativeSubjectBefore(c, from);
        SpeakerRef antecedent = pronoun > from ? holders.antecedentOfRelative(pronoun, from) : null;
        s = antecedent != null ? antecedent : s;
        if (s == null && secondPredicate(c, from)) {
            // "Bin Laden labelled ... as apostates, and accused the US of ...": a verb coordinated with an earlier one
            // shares its subject, however long the first predicate; the parse names it when it is not the sentence's.
            s = speakers.sentenceSubject(from, c);
        }
        if (s == null && !SpeechCues.NOUN_LIKE.contains(at.word(c))) {
            s = speakers.subjectBefore(v, from);
            if (s != null && at.firstTokenAtOrAfter(s.span().begin()) < v - 12) {
                s = null;
            }
        }
        if (s == null && !SpeechCues.NOUN_LIKE.contains(at.word(c)) && !at.word(c).endsWith("ing")) {
            // "Democrats want policies that ...", "China and Russia support the government": a group as the holder.
            s = holders.nounPhraseBefore(v, from);
        }
        if (s == null && SpeechCues.NOUN_LIKE.contains(at.word(c))) {
            s = holders.countedBefore(v, from); // "Many fear the violence will spread": a verb that is also a noun
        }
        return s == null ? null : held(c, from, end, new Attribution(s, at.span(c), at.raw(c)));
    }

    /**
     * Whether the finite verb at {@code c} opens a second predicate after "and" or "but", past auxiliaries and adverbs
     * ("..., and accused", "and has repeatedly blamed"), with no subject of its own between: not a participle nor a
     * bare form, which after "and" may be a noun or an infinitive ("and demand for", "and to deny").
     */
    private boolean secondPredicate(int c, int from) {
        int t = tokens.beforeAuxiliaries(c, from);
        String w = at.word(c);
        boolean finite = w.endsWith("ed") || w.endsWith("s") && !SpeechCues.NOUN_LIKE.contains(w);
        return finite && t > from && !tokens.inQuote(t) && SECOND_PREDICATE.contains(at.word(t));
    }

    private static final Set<String> SECOND_PREDICATE = Set.of("and", "but");

    /** Forms of "have", before a participle that is then active ("have attributed to"), not a reduced passive. */
    private static final Set<String> HAVE = Set.of("have", "has", "had");

    /** Forms of "compare", which with no object before "to" or "with" measure a thing against another. */
    private static final Set<String> COMPARING = Set.of("compared", "compares");
    private static final Set<String> COMPARED_TO = Set.of("to", "with");

    /**
     * Whether the bare verb at {@code c} stands where a plural present does, after its subject and auxiliaries ("Critics
     * accuse", "Some lawmakers still want"), or after "to" after a verb of going on ("continued to call for"); not after a
     * determiner, a possessive, a preposition or another "to".
     */
    private boolean presentWithSubject(int c, int from) {
        int t = c - 1;
        while (t >= from && SpeechCues.AUXILIARIES.contains(at.word(t))) {
            if (CONDITIONAL_MODALS.contains(at.word(t))) {
                return false; // "Abandoning Aleppo would condemn 300,000 people to ...": a deed supposed, no view held
            }
            t--;
        }
        if (t < from || tokens.inQuote(t)) {
            return false;
        }
        String w = at.word(t);
        if (w.equals("to")) {
            return t - 1 >= from && SpeechCues.ASPECTUAL.contains(at.word(t - 1));
        }
        if (SpeechCues.DETERMINERS.contains(w) || at.isPossessive(t) || NOT_IN_OBJECT.contains(w) || TOPIC_PREPOSITIONS.contains(w)
                || at.isPunctuation(t)) {
            return false;
        }
        // With no auxiliary the bare verb agrees with its subject: a plural ("Critics accuse") or "they", "we", "I",
        // "you". A singular noun or an adjective before it ("Chinese demand for oil") makes it a noun.
        boolean plural = w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
        return t < c - 1 || PLURAL_SUBJECTS.contains(w) || plural;
    }

    /** Modals of a supposed case, after which a bare verb of stance is a deed imagined rather than a view held. */
    private static final Set<String> CONDITIONAL_MODALS = Set.of("would", "could", "might");

    /** Pronouns a bare present verb agrees with. */
    private static final Set<String> PLURAL_SUBJECTS = Set.of("they", "we", "i", "you", "others", "many", "some", "both");

    /**
     * Whether the word at {@code c} is a participle of naming that asks for something ("..., calling for his dismissal",
     * "calling on Israel to withdraw"): a request, whose object is what was asked (field guide), read as an attitude.
     * Without "for" or "on" it gives a name ("calling it a betrayal"), read only before a quote.
     */
    boolean asksFor(int c) {
        String w = at.word(c);
        return SpeechCues.NAMING.contains(w) && w.endsWith("ing") && REQUEST_PARTICLES.contains(at.word(c + 1))
                && !tokens.inQuote(c + 1);
    }

    /**
     * What the word of {@link SpeechCues#ATTITUDES} at {@code c} reports with its holder known, as {@link
     * #attitude(int, int, int)} reads it: a "that" clause after it, else its object to the end of the clause;
     * {@code null} when the object is too short or, after a verb of evaluation, holds no clause nor partial quote
     * ({@link ContentSpans#carriesContent}). Also the second verb of
     * a holder who said something first ("criticized the deals and called for new tariffs").
     *
     * @param from the first token of the sentence or of the words read: a participle right after a comma there is set
     *             off and ends at the next comma
     */
    Found held(int c, int from, int end, Attribution a) {
        int first = c + 1;
        for (int t = first; t <= end && t - c <= CueFrames.MAX_CUE_TO_THAT && !opensPredicate(t); t++) {
            if (at.word(t).equals("that") && !tokens.inQuote(t)) {
                return contents.clause(t + 1, end, a);
            }
        }
        while (first <= end && SpeechCues.PARTICLES.contains(at.word(first))) {
            first++;
        }
        int shortest = SPEECH_ACTS.contains(at.word(c)) && !VAGUE_OBJECTS.contains(at.word(first)) ? 0 : 2;
        if (end - first < shortest || CITING.contains(at.word(c)) && namesSource(first, end)) {
            return null;
        }
        int last = beforeModifier(first, end);
        last = tokens.isFiniteClause(first, last) ? last : objectEnd(first, last);
        // "Israel, citing security concerns, sealed its border": a participle set off by commas ends at the second.
        int comma = at.word(c).endsWith("ing") && c > from && at.raw(c - 1).equals(",") ? tokens.nextComma(first, last) : -1;
        Found f = contents.clause(first, comma > first ? comma - 1 : last, a);
        // Only a clause or a partial quote gives content after a verb of evaluation: a word that merely could be a
        // verb ("a deadly blast", "concern about the accord") stands in a noun phrase naming the thing judged.
        boolean judges = EVALUATIONS.contains(at.word(c)) || DOUBTS.contains(at.word(c));
        return f != null && judges && (!contents.carriesContent(f.content()) || contents.isBareNounPhrase(f.content())) ? null : f;
    }

    /**
     * Verbs of evaluation, rejection or feeling whose noun phrase object names only the thing judged ("condemned the
     * attack", "welcomed the announcement", "rejected the call for talks", "expressed concern about the accord"): no
     * content, unless a clause or quoted words carry one. A view given with "as" is read by {@link #asClause}.
     */
    static final Set<String> EVALUATIONS = SpeechCues.union(SpeechCues.REPROOFS, Set.of("condemned", "condemns",
            "criticized", "criticised", "criticizes", "criticises", "welcomed", "welcomes", "defended", "defends", "praised", "praises", "hailed", "hails", "denounced",
            "denounces", "decried", "decries", "blasted", "blasts", "slammed", "slams", "lamented", "laments", "expressed",
            "expresses", "voiced", "voices", "rejected", "rejects", "dismissed", "dismisses"));
    /**
     * Verbs of doubt or fear that, like those of {@link #EVALUATIONS}, name only the thing doubted or feared with a noun
     * phrase object ("questioned the authenticity of the signatures", "feared regime retaliation"). Kept out of
     * {@link #takesAs}: in a passive with "as" they name a role ("was questioned as a witness"), no view.
     */
    private static final Set<String> DOUBTS = Set.of("questioned", "questions", "feared", "fears");

    /**
     * The relative pronoun "which" or "who" that stands right before the cue at {@code c}, past its auxiliaries ("which
     * has claimed"), as the cue's subject; -1 when none does.
     */
    private int relativeSubjectBefore(int c, int from) {
        int t = tokens.beforeAuxiliaries(c, from);
        boolean relative = t > from && (at.word(t).equals("which") || at.word(t).equals("who")) && !tokens.inQuote(t);
        return relative ? t : -1;
    }

    /**
     * Whether a coordinator at {@code t} opens a second predicate of the same subject ("denied knowledge of any attack,
     * but complained that ..."): a "that" after it is that predicate's, not the object of the cue before it.
     */
    private boolean opensPredicate(int t) {
        return SentenceTokens.COORDINATORS.contains(at.word(t)) && !tokens.inQuote(t) && SpeechCues.hasVerbForm(at.word(t + 1));
    }

    /**
     * The last token of a noun object that a clause of the writer's follows after a comma and a subject pronoun
     * ("announced her return to Pakistan, he's reported to have said ...") or a clause of contrast ("blamed Russia,
     * though ..."): the object ends before the comma.
     * {@code last} when none follows. An object going on with "and" and a verb ("declared herself head of the PPP
     * and made no provision ...") is kept whole: PolNeAR's annotators take such a verb as part of what is held; one
     * going on with "and to" ("blame al-Qaida and to simply place ...") or "and" and an auxiliary ("denied any
     * wrongdoing and has led ...") ends before it.
     */
    private int objectEnd(int first, int last) {
        for (int t = first + 1; t < last; t++) {
            if (tokens.inQuote(t) || tokens.inQuote(t + 1)) {
                continue;
            }
            String next = at.word(t + 1);
            if (at.raw(t).equals(",") && SpeechCues.PRONOUNS.contains(next) && !next.equals("it") && !next.equals("i")) {
                return t - 1 >= first ? t - 1 : last;
            }
            // "Ukraine has blamed Russia, though officials in Moscow have denied blame": a clause of contrast after a
            // comma is the writer's, set beside the object.
            if (at.raw(t).equals(",") && CONCESSIVES.contains(next)) {
                return t - 1;
            }
            // "blame al-Qaida and to simply place the killing in ...": a second infinitive is another act of the subject.
            // "has always denied any wrongdoing and has led a successful career": an auxiliary after "and" opens a
            // second predicate of the subject in a tense of its own, no part of the object.
            boolean secondPredicate = next.equals("to") || SentenceTokens.FINITE.contains(next) && !next.startsWith("'");
            if (at.word(t).equals("and") && secondPredicate && t - 1 >= first) {
                return at.raw(t - 1).equals(",") ? t - 2 : t - 1;
            }
        }
        return last;
    }

    /** Conjunctions that open a clause of contrast or concession ("though", "while"). */
    private static final Set<String> CONCESSIVES = Set.of("though", "although", "while", "whereas");

    /**
     * Whether what is cited from {@code first} is a source, not what it says ("citing a report in an Iranian
     * newspaper", "citing a new study by ..."): a document or people named within the first words, before any verb.
     */
    private boolean namesSource(int first, int end) {
        for (int t = first; t <= end && t - first < 4 && !at.isPunctuation(t); t++) {
            String w = at.word(t);
            if (DOCUMENTS.contains(w) || SOURCES.contains(w) || SpeechCues.PEOPLE_NOUNS.contains(w)) {
                return true;
            }
            if (SentenceTokens.FINITE.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Verbs of a speech act whose object alone is what was said, however short ("called for restraint", "urged
     * reconciliation", "claimed responsibility", "denied the charges"): other attitudes need a longer object.
     */
    private static final Set<String> SPEECH_ACTS = Set.of("called", "calls", "calling", "urging", "demanding", "urged",
            "urges", "demanded", "demands", "claimed", "claims", "denied", "denies", "condemned", "condemns", "rejected", "rejects", "proposed", "proposes",
            "requested", "requests", "recommended", "recommends", "pledged", "pledges", "promised", "promises",
            "defended", "defends", "welcomed", "welcomes", "reaffirmed", "reaffirms");
    /** The particles after which a verb of naming asks for something ("calling for talks", "calling on Israel to"). */
    private static final Set<String> REQUEST_PARTICLES = Set.of("for", "on");
    /** Objects that say nothing by themselves ("rejected it", "demanded more"): what was said is elsewhere. */
    private static final Set<String> VAGUE_OBJECTS = Set.of("it", "them", "him", "her", "this", "that", "these", "those",
            "more", "so", "one", "some", "all", "much", "nothing", "something", "everything", "otherwise");
    private static final Set<String> CITING = Set.of("cite", "cites", "cited", "citing");
    /** Words that open a clause conceding or contrasting after a comma, never part of a noun object. */
    static final Set<String> CONCESSIONS = Set.of("although", "though", "whereas", "while");
    private static final Set<String> SOURCES = Set.of("sources", "source", "newspaper", "newspapers", "media", "agency",
            "statement", "statements", "officials", "witnesses", "residents", "intelligence", "documents", "letter");

    /**
     * The last token of an object before a participle set off by a comma ("expects continued rate hikes in 2023,
     * echoing recent remarks ..."): the participle is the writer's comment on the holder, not what they hold.
     * {@code end} when none stands there.
     */
    private int beforeModifier(int first, int end) {
        boolean listed = false;
        for (int t = first + 2; t < end; t++) {
            if (at.raw(t).equals(",") && !tokens.inQuote(t) && at.word(t + 1).endsWith("ing") && !tokens.inQuote(t + 1)) {
                return t - 1;
            }
            // "called for Israel's destruction, and Israelis wonder whether ...": the first comma before "and" or
            // "but" closes the object and a clause of the writer's follows; after an earlier comma it ends a list.
            if (at.raw(t).equals(",") && !tokens.inQuote(t)) {
                if (!listed && SentenceTokens.COORDINATORS.contains(at.word(t + 1)) && t + 3 <= end) {
                    return t - 1;
                }
                // "defended the punishment, although he said it should not have been done in public": a concession
                // after the object is the writer's clause, whatever commas came before.
                if (CONCESSIONS.contains(at.word(t + 1)) && !tokens.inQuote(t + 1)) {
                    return t - 1;
                }
                listed = true;
            }
        }
        return end;
    }
}
