package org.sitrep.quotes;

import java.util.Set;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

/**
 * Who holds a belief, intention or stance a sentence reports: the named subject right before its word, else the
 * plain noun phrase that stands there ("environmentalists", "Many"); {@code null} when no one does.
 */
final class Holders {
    private final ArticleText at;
    private final SpeakerLocator speakers;
    private final SentenceTokens tokens;

    Holders(SentenceTokens tokens, SpeakerLocator speakers) {
        this.at = tokens.at;
        this.speakers = speakers;
        this.tokens = tokens;
    }

    /** Who holds a belief, intention or stance: the named subject right before its word, else the plain noun phrase there. */
    SpeakerRef holderBefore(int c, int from) {
        int relative = relativeClauseBefore(c, from);
        if (relative > from) {
            return holderBefore(relative, from);
        }
        int setOff = setOffPhraseBefore(c, from);
        SpeakerRef renamed = setOff > from ? holderBefore(setOff, from) : null;
        if (renamed != null) {
            return renamed;
        }
        SpeakerRef s = speakers.subjectRightBefore(c, from);
        s = s != null ? s : nounPhraseBefore(c, from);
        // "Clinton ... has been a consistent and outspoken supporter of": words before the cue that describe the
        // holder, who is the clause's subject. After a comma ("a UN plan ..., intended to") there is no holder.
        // "in an attempt to" is a purpose: a determiner or preposition right before the cue describes no one.
        boolean described = s == null && c - 1 >= from && !at.isPunctuation(c - 1) && !SpeechCues.DETERMINERS.contains(at.word(c - 1))
                && !PREPOSITIONS.contains(at.word(c - 1));
        return described ? speakers.subjectBefore(c, from) : s;
    }

    /**
     * The comma that opens a relative clause closed by a comma right before the cue at {@code c} ("Abbas' government,
     * which has controlled only the West Bank since 2007, condemned the raid", "The mourners, many of whom had met
     * her, remembered her as ..."): who holds the view is the subject before it. -1 when no such clause stands there.
     */
    int relativeClauseBefore(int c, int from) {
        if (c - 1 <= from || !at.raw(c - 1).equals(",") || tokens.inQuote(c - 1)) {
            return -1;
        }
        for (int t = c - 2; t > from && c - t <= MAX_RELATIVE_TOKENS; t--) {
            if (tokens.inQuote(t) || at.isPunctuation(t) && !at.raw(t).equals(",") && !at.isPossessive(t)) {
                return -1;
            }
            if (at.raw(t).equals(",")) {
                String w = at.word(t + 1);
                boolean quantified = at.word(t + 2).equals("of") && RELATIVES.contains(at.word(t + 3));
                return RELATIVES.contains(w) || quantified ? t : -1;
            }
        }
        return -1;
    }

    /**
     * The comma that opens a phrase set off by commas right before the cue at {@code c} which describes the subject
     * before it and is no clause: an apposition ("Jinnah, the country's founder and first governor, saw ...") or a
     * participle phrase ("State media, citing unnamed officials, described ..."). The subject is then the words before
     * that comma. -1 when no such phrase stands there.
     */
    int setOffPhraseBefore(int c, int from) {
        if (c - 2 <= from || !at.raw(c - 1).equals(",") || tokens.inQuote(c - 1)) {
            return -1;
        }
        for (int t = c - 2; t > from && c - t <= MAX_RELATIVE_TOKENS; t--) {
            if (tokens.inQuote(t) || at.isPunctuation(t) && !at.raw(t).equals(",") && !at.isPossessive(t) && !at.raw(t).equals("-")) {
                return -1;
            }
            if (at.raw(t).equals(",")) {
                return t - 1 >= from && !at.isPunctuation(t - 1) && (isParticiplePhrase(t + 1) || isApposition(t + 1, c - 2)) ? t : -1;
            }
        }
        return -1;
    }

    /** Whether a participle opens the phrase at {@code first} ("citing unnamed officials"). */
    private boolean isParticiplePhrase(int first) {
        String w = at.word(first);
        return w.length() > 4 && w.endsWith("ing") && !at.isCapitalized(first);
    }

    /**
     * Whether tokens {@code [first, last]} are a noun phrase that renames a subject ("the country's founder and first
     * governor", "a Britain-based war monitor"): opened by a determiner, a name or a possessive, with no verb nor clause in it.
     */
    private boolean isApposition(int first, int last) {
        boolean opens = SpeechCues.DETERMINERS.contains(at.word(first)) || at.isCapitalized(first) || at.isPossessive(first + 1);
        if (!opens || SpeechCues.PRONOUNS.contains(at.word(first))) {
            return false;
        }
        for (int t = first; t <= last; t++) {
            String w = at.word(t);
            if (SentenceTokens.FINITE.contains(w) && !at.isPossessive(t) || SentenceTokens.BOUNDARIES.contains(w) && !w.equals("and") || SpeechCues.isVerb(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The word right before a cue that alone opens its clause and stands for people counted, not named ("Many fear the
     * violence will spread", "but others say ..."); {@code null} when none stands there.
     */
    SpeakerRef countedBefore(int c, int from) {
        int t = c - 1;
        boolean opensClause = t == from || t > from && (SentenceTokens.COORDINATORS.contains(at.word(t - 1)) || at.raw(t - 1).equals(","));
        return t >= from && opensClause && QUANTIFIERS.contains(at.word(t)) && !tokens.inQuote(t)
                ? new SpeakerRef(at.span(t), at.raw(t), null, false) : null;
    }

    /** Tokens a relative clause set off by commas may span between a holder and its cue. */
    private static final int MAX_RELATIVE_TOKENS = 25;
    private static final Set<String> RELATIVES = Set.of("who", "which", "whom", "whose");

    /** The words right before a cue (past auxiliaries and adverbs) back to a clause boundary; {@code null} if none. */
    SpeakerRef nounPhraseBefore(int c, int from) {
        int last = c - 1;
        while (last >= from && (SpeechCues.AUXILIARIES.contains(at.word(last)) || at.word(last).endsWith("ly")
                || SpeechCues.HOLDING_VERBS.contains(at.word(last)))) {
            last--;
        }
        int first = last;
        while (first - 1 >= from && !at.isPunctuation(first - 1) && !SentenceTokens.BOUNDARIES.contains(at.word(first - 1))
                && !SpeechCues.isVerb(at.word(first - 1)) && last - first < 5) {
            first--;
        }
        boolean opensClause = first == from || SentenceTokens.COORDINATORS.contains(at.word(first - 1)) || at.raw(first - 1).equals(",");
        if (first == last && opensClause && QUANTIFIERS.contains(at.word(first)) && !tokens.inQuote(first)) {
            // "Many think some of those funds have been diverted", "But others say ...": people, counted, who hold a view.
            return new SpeakerRef(at.span(first), at.raw(first), null, false);
        }
        if (isShare(first, last)) {
            // "Six in 10 say ...", "About 40% said ...": a poll's share of those asked, who hold the view it reports.
            Span span = new Span(at.span(first).begin(), at.span(last).end());
            return new SpeakerRef(span, span.of(at.text), null, false);
        }
        for (int t = first; t <= last; t++) {
            // "Edward Said went to his grave confident that ...", "Obama took care to promise": a finite past verb
            // makes the words from it a predicate; who holds the view is its subject, the words before it.
            if (PRETERITES.contains(at.word(t)) && !at.isCapitalized(t) && !tokens.inQuote(t)) {
                last = t - 1;
                break;
            }
        }
        if (last < from || first > last || at.isPunctuation(last) || SentenceTokens.BOUNDARIES.contains(at.word(last))
                || SentenceTokens.CLAUSE_OPENERS.contains(at.word(last))) {
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

    /**
     * Whether tokens {@code [first, last]} end in a share of people counted as polls give it: a number "in" or "of"
     * a number ("six in 10", "two of three") or a number and a percent sign ("40%"); "26 percent" is read as
     * any noun phrase.
     */
    private boolean isShare(int first, int last) {
        if (last - 1 < first || tokens.inQuote(last)) {
            return false;
        }
        if (at.raw(last).equals("%")) {
            return isNumber(last - 1);
        }
        return last - 2 >= first && isNumber(last) && (at.word(last - 1).equals("in") || at.word(last - 1).equals("of"))
                && isNumber(last - 2);
    }

    /** Whether the token {@code t} is a number, in digits or in words. */
    private boolean isNumber(int t) {
        String w = at.word(t);
        return !w.isEmpty() && (Character.isDigit(w.charAt(0)) || StanceFrames.NUMBER_WORDS.contains(w) && !w.equals("a"));
    }

    /**
     * The noun phrase the relative pronoun at {@code pronoun} ("which", "who", "that") stands for, ending right before
     * it or before the comma that sets it off ({@link #antecedentBefore}); {@code null} when none ends there.
     */
    SpeakerRef antecedentOfRelative(int pronoun, int from) {
        return antecedentBefore(at.raw(pronoun - 1).equals(",") ? pronoun - 1 : pronoun, from);
    }

    /**
     * The noun phrase that ends right before the comma at {@code comma} and that a relative "who" after it stands for
     * ("disappointing to the Palestinians, who say ..."): back to a preposition, verb or clause boundary, its head a
     * name or a people noun; {@code null} when none ends there.
     */
    SpeakerRef antecedentBefore(int comma, int from) {
        int last = comma - 1;
        if (last < from || at.isPunctuation(last) || tokens.inQuote(last)
                || !at.isCapitalized(last) && !SpeechCues.PEOPLE_NOUNS.contains(at.word(last))) {
            return null;
        }
        int first = last;
        while (first - 1 >= from && last - first < 5 && !at.isPunctuation(first - 1) && !PREPOSITIONS.contains(at.word(first - 1))
                && !SentenceTokens.BOUNDARIES.contains(at.word(first - 1)) && !SpeechCues.isVerb(at.word(first - 1))
                && !SpeechCues.AUXILIARIES.contains(at.word(first - 1)) && !SentenceTokens.BE.contains(at.word(first - 1))) {
            first--;
        }
        if (last - first >= 5) {
            return null; // a longer phrase than a speaker's: no clear antecedent
        }
        // "al-Qaida in Iraq which has claimed": a name that holds a preposition is the antecedent whole.
        Mention named = at.mention(last);
        if (named != null && named.span().end() == at.span(last).end()) {
            first = Math.max(from, Math.min(first, at.firstTokenAtOrAfter(named.span().begin())));
        }
        Span span = new Span(at.span(first).begin(), at.span(last).end());
        return new SpeakerRef(span, span.of(at.text), at.mention(last), false);
    }

    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "of", "for", "with", "by", "to", "from",
            "about", "into", "without", "against");
    /** Words that stand for people counted, not named, when they alone open the sentence before its cue. */
    private static final Set<String> QUANTIFIERS = Set.of("many", "some", "others", "few", "several");
    /** Past forms that are only ever a finite verb, never a participle nor a modifier inside a noun phrase. */
    private static final Set<String> PRETERITES = Set.of("went", "came", "wrote", "spoke", "broke", "began", "gave",
            "swore", "threw", "took", "sang", "grew", "became", "knew", "saw", "ran", "fell", "drove", "rose", "flew",
            "chose", "forgot", "wore", "drew", "ate", "stood", "sat", "got");
    private static final Set<String> NOT_IN_HOLDERS = Set.of("perhaps", "maybe", "probably", "be", "being", "am");

}
