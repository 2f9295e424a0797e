package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.Span;
import org.sitrep.nlp.CommonWords;

/**
 * The features of a candidate reported statement that tell speech from a deed, an intention or page furniture: how
 * it was read (frame and cue word, what stands before the cue, whether the cue closes a direct quote), who stands as its speaker (pronoun, a name of which
 * type, a description), the shape of its content (what opens it, whether it has a verb, whether it is written as a
 * title or holds page furniture's marks) and where it stands on the page. Lexical only: no parse, so
 * the filter costs next to nothing per article.
 */
final class ReportedFeatures {
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "this", "that", "these", "those", "it", "he", "she",
            "they", "we", "i", "you", "there", "his", "her", "their", "its", "our", "some", "many", "no", "all", "most",
            "both", "to", "in", "on", "at", "of", "for", "with", "by", "from", "about", "into", "as", "and", "but", "or",
            "if", "whether", "how", "why", "what", "when", "who", "where", "which", "not", "after", "before", "during",
            "since", "while", "because", "so", "would", "will", "was", "is", "had", "has");
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "of", "for", "with", "by", "from", "about",
            "into", "during", "after", "before", "since", "over", "under", "against", "without", "through", "as");
    /** Words that make a clause finite: what someone said is a clause, a deed's object is usually a noun phrase. */
    private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would",
            "could", "can", "should", "may", "might", "must", "did", "does", "do", "be", "been", "being", "'s", "'re",
            "'ll", "'d", "n't", "not", "shall");
    /** Modals before a cue: speech that would, could or will be made, not speech made. */
    private static final Set<String> MODALS = Set.of("will", "would", "may", "might", "could", "should", "can", "must", "'ll", "'d");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    /** Verbs of belief and wish whose negation denies the content, not the holding ("don't think", "did not expect"). */
    private static final Set<String> NEG_RAISERS = Set.of("think", "thinks", "thought", "believe", "believes", "believed",
            "expect", "expects", "expected", "suppose", "supposes", "supposed", "imagine", "imagines", "imagined",
            "reckon", "reckons", "reckoned", "feel", "feels", "felt", "want", "wants", "wanted", "anticipate",
            "anticipates", "anticipated");
    /** Words that open where or when something was said rather than what ("said after", "told reporters in"). */
    private static final Set<String> SETTING_OPENERS = Set.of("after", "before", "when", "while", "as", "during", "at",
            "in", "with", "on", "upon", "following", "amid", "because", "since", "until", "where", "through");
    /** Object pronouns: content that opens with one is the cue's listener or object ("promised them protection"). */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "them", "us", "me");

    private final ArticleText at;

    ReportedFeatures(ArticleText at) {
        this.at = at;
    }

    /** The names of the features that hold for a statement found by {@link ReportedSpeechFinder}. */
    List<String> of(ReportedSpeechFinder.Found f) {
        List<String> out = new ArrayList<>();
        int cue = at.firstTokenAtOrAfter(f.attribution().cue().begin());
        String cueWord = f.attribution().cueText().toLowerCase(java.util.Locale.ROOT).strip();
        String frame = "frame=" + f.frame();
        out.add(frame);
        out.add("cue=" + cueWord);
        out.add(frame + "|cue=" + cueWord);
        out.add("cueStem=" + stem(cueWord));
        cueClasses(cueWord).forEach(c -> {
            out.add(c);
            out.add(frame + "|" + c);
        });
        if (cue > at.sentenceStart(Math.min(cue, at.size() - 1)) && at.isCapitalized(cue)) {
            out.add("cueCapitalised"); // "Group Warns", "United States": a headline's or a name's word
        }
        negation(f, cue, cueWord, out);
        cueSetting(cue, out);
        cueGroup(f, cue, frame, out);
        speaker(f, cue, out);
        content(f, cue, frame, cueWord, out);
        page(f, out);
        return out;
    }

    /**
     * A negation or refusal before the cue ("declined to say where", "did not confirm that"), and of which kind. Denied
     * speech reports no statement, the more so when what follows is only a question ("did not say how he came"); a
     * denied belief is still a belief held ("I don't think there is any mystery" holds that there is none: verbs of
     * belief and wish raise their negation into the content).
     */
    private void negation(ReportedSpeechFinder.Found f, int cue, String cueWord, List<String> out) {
        boolean negated = false;
        for (int t = Math.max(0, cue - 3); t < cue; t++) {
            negated |= NEGATIONS.contains(at.word(t)) || SpeechCues.REFUSALS.contains(at.word(t));
        }
        if (!negated) {
            return;
        }
        out.add("negatedCue");
        String kind = NEG_RAISERS.contains(cueWord) ? "belief" : "speech";
        out.add("negatedCue=" + kind);
        out.add("negatedCue=" + kind + "|first=" + opener(at.firstTokenAtOrAfter(f.content().begin())));
    }

    /** The cue without its ending ("criticized", "criticizes" and "criticizing" share "criticiz"), so forms share weight. */
    private static String stem(String w) {
        for (String end : List.of("ing", "ed", "es", "s", "d")) {
            if (w.length() > end.length() + 3 && w.endsWith(end)) {
                return w.substring(0, w.length() - end.length());
            }
        }
        return w;
    }

    private static List<String> cueClasses(String w) {
        List<String> out = new ArrayList<>();
        if (SpeechCues.isVerb(w)) {
            out.add("cueClass=speech");
        }
        if (SpeechCues.ATTITUDES.contains(w)) {
            out.add("cueClass=attitude");
        }
        if (SpeechCues.THAT_HEADS.contains(w)) {
            out.add("cueClass=thatHead");
        }
        if (SpeechCues.TO_HEADS.contains(w)) {
            out.add("cueClass=toHead");
        }
        if (SpeechCues.TOPIC_HEADS.contains(w)) {
            out.add("cueClass=topicHead");
        }
        out.add("cueForm=" + (w.endsWith("ing") ? "ing" : w.endsWith("ed") || w.equals("said") || w.equals("told") ? "past"
                : w.endsWith("s") ? "s" : "base"));
        return out;
    }

    /**
     * What stands just before the cue and how its sentence ends: a modal or "to" before it ("may have wanted",
     * "expected to say") and a question ("will someone remind him ...?") speak of speech that may never have been made.
     */
    private void cueSetting(int cue, List<String> out) {
        int start = at.sentenceStart(Math.min(cue, at.size() - 1));
        for (int t = Math.max(start, cue - 3); t < cue; t++) {
            String w = at.word(t);
            if (MODALS.contains(w)) {
                out.add("cueAfterModal");
            }
            if (w.equals("to") && t == cue - 1) {
                out.add("cueAfterTo");
            }
        }
        int end = at.sentenceEnd(Math.min(cue, at.size() - 1));
        if (end > 0 && at.word(end - 1).equals("?")) {
            out.add("sentenceQuestion");
        }
    }

    /**
     * How the cue stands to what was said around it. A cue that closes a direct quote (“...,” he said after the
     * vote) has already had its words: what follows it is the setting ("after the vote", "in a stadium where ..."),
     * not a second statement. Content after the cue that opens with a preposition or a word of time is that setting
     * too; content that opens with "that" or right after the cue is what was said.
     */
    private void cueGroup(ReportedSpeechFinder.Found f, int cue, String frame, List<String> out) {
        int first = at.firstTokenAtOrAfter(f.content().begin());
        if (closesQuote(f.attribution().speaker(), cue)) {
            out.add("cueClosesQuote");
            out.add("cueClosesQuote|" + (first > cue ? "after" : "before"));
        }
        if (first > cue) {
            String gap = "cueContentGap=" + bucket(first - cue - 1, 0, 1, 2, 4);
            out.add(gap);
            out.add(frame + "|" + gap);
            String b = at.word(first - 1);
            String opens = "beforeClass=" + (b.equals("that") ? "that" : PREPOSITIONS.contains(b) || SETTING_OPENERS.contains(b)
                    ? "preposition" : at.isPunctuation(first - 1) ? "punct" : "other");
            out.add(opens);
            out.add(frame + "|" + opens);
        }
    }

    /** Whether a quote mark (past a comma) stands just before the cue, or before its speaker right before it. */
    private boolean closesQuote(SpeakerRef s, int cue) {
        int group = cue;
        if (s != null) {
            int first = at.firstTokenAtOrAfter(s.span().begin());
            if (first < cue && cue - Math.max(first, at.lastTokenEndingBy(s.span().end())) <= 2) {
                group = first;
            }
        }
        int t = group - 1;
        while (t >= 0 && (at.word(t).equals(",") || at.word(t).equals("."))) {
            t--;
        }
        return t >= 0 && SentenceTokens.QUOTE_MARKS.contains(at.raw(t));
    }

    private void speaker(ReportedSpeechFinder.Found f, int cue, List<String> out) {
        SpeakerRef s = f.attribution().speaker();
        if (s == null) {
            out.add("spk=none");
            return;
        }
        int first = at.firstTokenAtOrAfter(s.span().begin());
        int last = Math.max(first, at.lastTokenEndingBy(s.span().end()));
        out.add(first < cue ? "spkSide=before" : "spkSide=after");
        int gap = first < cue ? cue - last - 1 : first - cue - 1;
        out.add("spkGap=" + bucket(gap, 0, 1, 3, 6));
        String kind;
        if (s.pronoun()) {
            kind = "pronoun:" + s.text().toLowerCase(java.util.Locale.ROOT);
        } else if (s.named() != null) {
            kind = "named:" + s.named().type();
        } else {
            var m = at.mention(last);
            kind = m != null ? "phraseEndingIn:" + m.type() : "phrase";
        }
        out.add("spk=" + kind);
        // "fighters demanding democracy": an -ing cue right after its speaker is often a noun's modifier, not speech.
        out.add("cueForm" + (at.word(cue).endsWith("ing") ? "ing" : "other") + "|spkSide=" + (first < cue ? "before" : "after")
                + "|gap=" + bucket(gap, 0, 1, 3, 6));
        out.add("frame=" + f.frame() + "|spk=" + kind);
        if (!s.pronoun()) {
            String head = at.word(last);
            out.add(SpeechCues.PEOPLE_NOUNS.contains(head) ? "spkHead=people" : at.isCapitalized(last) ? "spkHead=capitalised" : "spkHead=other");
            out.add("spkWords=" + bucket(last - first + 1, 1, 2, 4, 6));
            if (SpeechCues.DETERMINERS.contains(at.word(first))) {
                out.add("spkDeterminer");
            }
            if (SpeechCues.CALENDAR.contains(head) || SpeechCues.NOT_NAMES.contains(at.word(first))) {
                out.add("spkNotAName");
            }
            source(first, last, f.frame(), out);
        }
    }

    /**
     * Whether a speaker phrase reads as a source at all: a noun for people ("officials", "residents") can speak, a
     * common noun for a thing or an event ("the attack", "the blast") cannot, and a phrase that opens with a verb
     * ("killing at least 19 people") or holds a count is a clause's tail read as a speaker, not a noun phrase.
     */
    private void source(int first, int last, String frame, List<String> out) {
        String head = at.word(last);
        String animacy = CommonWords.isAnimate(head) ? "animate"
                : !at.isCapitalized(last) && CommonWords.isCommon(head) && !SpeechCues.PEOPLE_NOUNS.contains(head) ? "thing" : "other";
        out.add("spkHeadAnimacy=" + animacy);
        out.add("frame=" + frame + "|spkHeadAnimacy=" + animacy);
        String opener = at.word(first);
        if (!at.isCapitalized(first) && !SpeechCues.DETERMINERS.contains(opener)
                && (opener.endsWith("ing") && opener.length() > 5 || CommonWords.isFiniteVerb(opener))) {
            out.add("spkOpensWithVerb");
        }
        for (int t = first; t <= last; t++) {
            if (!at.word(t).isEmpty() && Character.isDigit(at.word(t).charAt(0))) {
                out.add("spkHoldsNumber");
                break;
            }
        }
    }

    private void content(ReportedSpeechFinder.Found f, int cue, String frame, String cueWord, List<String> out) {
        Span c = f.content();
        int first = at.firstTokenAtOrAfter(c.begin());
        int last = Math.max(first, at.lastTokenEndingBy(c.end()));
        String opener = opener(first);
        out.add("first=" + opener);
        out.add(frame + "|first=" + opener);
        if (PREPOSITIONS.contains(at.word(first))) {
            out.add("firstPreposition");
        }
        if (OBJECT_PRONOUNS.contains(at.word(first))) {
            out.add("firstObjectPronoun");
        }
        if (SpeechCues.CALENDAR.contains(at.word(first))) {
            out.add("firstCalendar"); // "said Monday on CNN": when it was said, not what
        }
        boolean clause = clause(first, last, frame, out);
        if (!clause && isPersonNoun(nounPhraseHead(first, last))) {
            out.add("contentPerson"); // "told students in Yazd", "defended a tribesman": the cue's listener or object
        }
        contentKind(f, first, last, clause, cueWord, out);
        if (at.word(first).equals("to") && first + 1 <= last) {
            // "offered to Israel" is a deed's receiver; "wants to talk" an intent, which a verb of saying ("urged to")
            // reports as speech and a verb of will ("plans to") does not.
            String to = opensNounPhrase(first + 1) ? "toPreposition" : "toInfinitive";
            out.add(to);
            out.add(to + (SpeechCues.SAYING.contains(cueWord) || SpeechCues.TELLING.contains(cueWord) ? "|cueSays"
                    : SpeechCues.isVerb(cueWord) ? "|cueSpeech" : "|cueOther"));
        }
        if (SpeechCues.NAMING.contains(cueWord)) {
            out.add(first > cue && !at.word(first).equals("that") ? "namingObject" : "naming"); // "described X as ..."
        }
        furniture(first, last, out);
        String before = at.word(first - 1);
        out.add("before=" + (OPENERS.contains(before) || before.equals(",") ? before : shape(first - 1)));
        out.add(first > cue ? "contentAfterCue" : "contentBeforeCue");
        out.add("contentWords=" + bucket(last - first + 1, 3, 6, 12, 25));
        boolean finite = false;
        boolean pastVerb = false;
        for (int t = first + 1; t <= last; t++) {
            finite |= FINITE.contains(at.word(t));
            pastVerb |= at.isPastForm(t);
        }
        out.add(finite ? "contentFinite" : pastVerb ? "contentPastVerb" : "contentNoVerb");
        out.add(frame + (finite || pastVerb ? "|verb" : "|noVerb"));
        // What one verb reports with a clause it may do to a noun phrase ("criticized the decision", "told students"):
        // whether the content has a verb tells the two apart for each cue.
        String shape = finite || pastVerb ? "|verb" : "|noVerb";
        out.add("cue=" + cueWord + shape);
        out.add("contentWords=" + bucket(last - first + 1, 3, 6, 12, 25) + shape);
        int sentenceEnd = at.sentenceEnd(first);
        int lastWord = sentenceEnd - 1;
        while (lastWord > first && at.isPunctuation(lastWord)) {
            lastWord--;
        }
        if (last < lastWord && first > cue) {
            out.add("contentStopsShort");
        }
        String sentence = at.sentences.get(at.sentenceOf(first)).span().of(at.text);
        if (sentence.indexOf('"') >= 0 || sentence.indexOf('\u201C') >= 0 || sentence.indexOf('\u201D') >= 0) {
            out.add("sentenceHasQuoteMarks");
        }
    }

    /**
     * Whether the content holds a finite verb of any kind ("snipers shot at", "police found", "he stole"), not only an
     * auxiliary: what someone said is a clause, the object of a deed or of support a noun phrase. A verb form after
     * a determiner or a possessive is a noun ("the attacks", "his plans").
     */
    private boolean clause(int first, int last, String frame, List<String> out) {
        boolean finite = false;
        for (int t = first; t <= last && !finite; t++) {
            String w = at.word(t);
            finite = !at.isCapitalized(t) && CommonWords.isFiniteVerb(w) && (t == first || !SpeechCues.DETERMINERS.contains(at.word(t - 1))
                    && !at.word(t - 1).equals("to") && !at.word(t - 1).equals("'s"));
        }
        String clause = finite ? "contentClause" : "contentNoClause";
        out.add(clause);
        out.add(frame + "|" + clause);
        return finite;
    }

    /**
     * Verbs of asking and demanding: their object, a noun phrase as well as a clause, is what was asked for ("urged
     * patience", "called for a ceasefire", "demanded their release"), a statement by the field guide.
     */
    private static final Set<String> REQUESTS = Set.of("urged", "urges", "urging", "urge", "demanded", "demands",
            "demanding", "demand", "requested", "requests", "requesting", "appealed", "appeals", "appealing", "pleaded",
            "pleads", "begged", "begs", "sought", "seeks", "seeking", "called", "calls", "calling", "asked", "asks", "asking");
    /**
     * Verbs of evaluation (VerbNet's judgment-33, praise and blame): with a clause or an "as" predicate they report a
     * view, with a bare noun phrase only an act done to a thing ("condemned the attack"), which the guide leaves out.
     */
    private static final Set<String> EVALUATIONS = Set.of("condemned", "condemns", "condemning", "condemn", "criticized",
            "criticised", "criticizes", "criticizing", "criticize", "welcomed", "welcomes", "welcoming", "praised",
            "praises", "praising", "hailed", "hails", "defended", "defends", "defending", "denounced", "denounces",
            "denouncing", "slammed", "slams", "blasted", "decried", "lamented", "rejected", "rejects", "rejecting",
            "dismissed", "dismisses", "mocked", "mocks");
    /**
     * Verbs of claim and denial (VerbNet's admit-65, confess-37.10): their noun-phrase object names a proposition
     * held or denied ("claimed responsibility", "denied any wrongdoing", "admitted his role"), a statement.
     */
    private static final Set<String> CLAIMS = Set.of("claimed", "claims", "claiming", "claim", "denied", "denies", "denying",
            "deny", "admitted", "admits", "admitting", "admit", "acknowledged", "acknowledges", "acknowledging", "confirmed",
            "confirms", "confirming", "alleged", "alleges", "conceded", "concedes", "accused", "accuses", "accusing",
            "blamed", "blames", "blaming", "disputed", "disputes");

    /**
     * What kind of words the content is (a clause, a "to" infinitive, a gerund, a prepositional phrase or a bare noun
     * phrase), alone, with the cue's class and with the speaker's kind: one verb reports a statement with one kind and
     * a deed with another ("condemned the strike" against "condemned the strike as a crime"; "called for a ceasefire"
     * against "called the meeting"), and a noun phrase that names a proposition ("charges of murder", "claims that")
     * carries content where one naming a thing does not. The model shipped when they were added predates them, so they
     * weigh nothing until {@code sitrep train statements} is run again; retrained with them rather than without, the
     * field test half found 0.744 -> 0.745 of its reported statements with output that is no statement 0.094 -> 0.092,
     * and PolNeAR's reported F1 rose 0.662 -> 0.665.
     */
    private void contentKind(ReportedSpeechFinder.Found f, int first, int last, boolean clause, String cueWord, List<String> out) {
        String w = at.word(first);
        String before = first > 0 ? at.word(first - 1) : "";
        String kind = clause || w.equals("that") || before.equals("that") ? "clause"
                : w.equals("to") && first < last && !opensNounPhrase(first + 1) ? "infinitive"
                : !at.isCapitalized(first) && w.endsWith("ing") && w.length() > 5 && !SpeechCues.DETERMINERS.contains(w) ? "gerund"
                : PREPOSITIONS.contains(w) || PREPOSITIONS.contains(before) ? "prepPhrase" : "nounPhrase";
        String cueKind = REQUESTS.contains(cueWord) ? "request" : EVALUATIONS.contains(cueWord) ? "evaluation"
                : CLAIMS.contains(cueWord) ? "claim" : SpeechCues.SAYING.contains(cueWord) || SpeechCues.TELLING.contains(cueWord)
                ? "saying" : SpeechCues.ATTITUDES.contains(cueWord) ? "attitude" : SpeechCues.isVerb(cueWord) ? "speech" : "other";
        SpeakerRef s = f.attribution().speaker();
        String speaker = s == null ? "none" : s.pronoun() ? "pronoun" : s.named() != null ? "named" : "phrase";
        out.add("contentKind=" + kind);
        out.add("contentKind=" + kind + "|cueKind=" + cueKind);
        out.add("contentKind=" + kind + "|spkKind=" + speaker);
        out.add("contentKind=" + kind + "|cueKind=" + cueKind + "|spkKind=" + speaker);
        if (!kind.equals("nounPhrase")) {
            return;
        }
        int head = nounPhraseHead(first, last);
        String headKind = head < 0 ? "far" : SpeechCues.THAT_HEADS.contains(at.word(head)) ? "proposition"
                : isPersonNoun(head) ? "person" : at.isCapitalized(head) ? "name" : "thing";
        out.add("contentKind=nounPhrase|head=" + headKind);
        out.add("contentKind=nounPhrase|head=" + headKind + "|cueKind=" + cueKind);
    }

    /** Words that end the noun phrase a content opens with: what follows its head ("students in", "members of"). */
    private static final Set<String> AFTER_HEAD = Set.of("who", "whom", "that", "which", "whose");
    /** The longest a noun phrase is read, in tokens, before its head is taken to be out of reach. */
    private static final int MAX_HEAD_REACH = 6;

    /** The head of the noun phrase that opens tokens {@code first} to {@code last}: its last word before a preposition, a relative word or punctuation; -1 when out of reach. */
    private int nounPhraseHead(int first, int last) {
        for (int t = first; t <= last && t - first < MAX_HEAD_REACH; t++) {
            if (t == last || at.isPunctuation(t + 1) || PREPOSITIONS.contains(at.word(t + 1)) || AFTER_HEAD.contains(at.word(t + 1))) {
                return at.isPunctuation(t) ? -1 : t;
            }
        }
        return -1;
    }

    /** Whether token {@code t} is a lower-case noun for people ("students", "a tribesman"). */
    private boolean isPersonNoun(int t) {
        return t >= 0 && !at.isCapitalized(t) && (CommonWords.isAnimate(at.word(t)) || SpeechCues.PEOPLE_NOUNS.contains(at.word(t)));
    }

    private static final Pattern FURNITURE_MARK = Pattern.compile("(?s).*(_|\\||»|©|@|https?:|www\\.).*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * Page furniture read as content: characters prose does not use ("_English_Xinhua", "Share | Tweet", "»") and
     * words written as a title ("Bush Predicts Mid East Peace Date").
     */
    private void furniture(int first, int last, List<String> out) {
        String words = new Span(at.tokens.get(first).span().begin(), at.tokens.get(last).span().end()).of(at.text);
        if (FURNITURE_MARK.matcher(words).matches()) {
            out.add("contentFurnitureMark");
        }
        if (LabelledParagraphs.isHeadline(words)) {
            out.add("contentTitleCase");
        }
        String sentence = at.sentences.get(at.sentenceOf(first)).span().of(at.text);
        if (LabelledParagraphs.isHeadline(sentence)) {
            out.add("sentenceTitleCase");
        }
    }

    /** Whether token {@code t} opens a noun phrase: a determiner, a possessive or object pronoun, or a name. */
    private boolean opensNounPhrase(int t) {
        String w = at.word(t);
        return SpeechCues.DETERMINERS.contains(w) || OBJECT_PRONOUNS.contains(w) || at.isCapitalized(t) || at.mention(t) != null;
    }

    private String opener(int t) {
        String w = at.word(t);
        return OPENERS.contains(w) ? w : shape(t);
    }

    private String shape(int t) {
        String w = at.raw(t);
        if (w.isEmpty()) {
            return "none";
        }
        if (at.isPunctuation(t)) {
            return "punct";
        }
        if (Character.isDigit(w.charAt(0))) {
            return "digit";
        }
        if (w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
            return "CAPS";
        }
        return Character.isUpperCase(w.charAt(0)) ? (at.mention(t) != null ? "Name" : "Cap") : "low";
    }

    private void page(ReportedSpeechFinder.Found f, List<String> out) {
        int p = at.paragraphOf(f.content().begin());
        if (p <= 0) {
            out.add("firstParagraph");
        }
        if (p < 0 || p >= at.paragraphs.size()) {
            return;
        }
        Span para = at.paragraphs.get(p);
        String text = para.of(at.text).strip();
        int words = text.isEmpty() ? 0 : SPACES.split(text).length;
        out.add("paragraphWords=" + bucket(words, 8, 15, 30, 60));
        if (!text.isEmpty() && ".?!\"\u201D)".indexOf(text.charAt(text.length() - 1)) < 0) {
            out.add("paragraphUnended"); // a headline, a caption's credit, a menu line
        }
    }

    /** "&lt;=a", "&lt;=b", ... or "&gt;d": a count in a few ranges. */
    private static String bucket(int n, int a, int b, int c, int d) {
        return n <= a ? "<=" + a : n <= b ? "<=" + b : n <= c ? "<=" + c : n <= d ? "<=" + d : ">" + d;
    }
}
