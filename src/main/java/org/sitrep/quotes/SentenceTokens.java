package org.sitrep.quotes;

import java.util.Set;
import org.sitrep.core.SpanSet;

/**
 * The tokens of an article as the frames of reported speech read them: which lie inside quotes (never cues), where a
 * finite clause opens, where the commas stand. Token indexes are those of {@link ArticleText}.
 */
final class SentenceTokens {
    static final Set<String> CLAUSE_OPENERS = Set.of("the", "a", "an", "this", "that", "these", "those", "it", "he",
            "she", "they", "we", "i", "there", "his", "her", "their", "its", "some", "many", "no", "all", "most", "both");
    static final Set<String> BOUNDARIES = Set.of("and", "but", "or", "because", "while", "when", "if", "although",
            "as", "so", "since", "that", "which", "who", "where", "after", "before", "though", "nor", "it", "there");
    /** Words that make a clause finite. */
    static final Set<String> FINITE = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would",
            "could", "can", "should", "may", "might", "must", "did", "does", "do", "'s", "'re", "'ll", "'d", "n't", "shall");
    static final Set<String> COORDINATORS = Set.of("and", "but");
    /** Relative pronouns that open a clause about the noun before them ("who", not the "that" of a complement). */
    static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "whom", "whose");
    /** Quote marks, as tokens. */
    static final Set<String> QUOTE_MARKS = Set.of("\"", "\u201C", "\u201D", "''", "``", "\u00BB", "\u00AB");
    /** Dashes and hyphens, as tokens. */
    static final Set<String> DASHES = Set.of("--", "\u2014", "\u2013", "-");
    static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be", "being", "'s", "'re");
    /** Tokens a short phrase may span before the comma that sets it off at the opening of a sentence. */
    static final int MAX_INTRODUCTION = 4;
    /** Tokens a cue's speaker may span, before or after it ("a spokesperson for the NYC Office of Emergency Management"). */
    static final int MAX_TRAILING_SPEAKER = 10;

    final ArticleText at;
    private final SpanSet quoted;

    /** @param quoted every quote found: its words are never cues */
    SentenceTokens(ArticleText at, SpanSet quoted) {
        this.at = at;
        this.quoted = quoted;
    }

    boolean inQuote(int t) {
        return at.inAny(t, quoted);
    }

    /**
     * The first token from {@code t} on, up to {@code end}, that is no auxiliary, no adverb in -ly and no quote mark
     * ("and has since said", "but “vehemently” denied": a quoted adverb is the speaker's word for how it was said, and
     * the verb after it still coordinates with the one before); {@code end + 1} when all are.
     */
    int pastModifiers(int t, int end) {
        while (t <= end && (SpeechCues.AUXILIARIES.contains(at.word(t)) || at.word(t).endsWith("ly") || QUOTE_MARKS.contains(at.raw(t)))) {
            t++;
        }
        return t;
    }

    /** Whether a form of "be" stands before the cue at {@code c}, past one adverb, outside quotes. */
    boolean beBefore(int c) {
        int t = c - 1;
        if (t >= 0 && (at.word(t).endsWith("ly") || at.word(t).equals("also") || at.word(t).equals("now") || at.word(t).equals("not"))) {
            t--;
        }
        return t >= 0 && BE.contains(at.word(t)) && !inQuote(t);
    }

    /**
     * Whether a clause opens at {@code first}: a subject ("the", a name, a pronoun, a number) and, within a few words
     * and before any punctuation or relative pronoun, a finite or past verb; not one right after "and" or "but", which
     * is a second predicate of the subject before.
     */
    boolean isFiniteClause(int first, int end) {
        String w = at.word(first);
        boolean subject = CLAUSE_OPENERS.contains(w) || at.isCapitalized(first) || at.mention(first) != null
                || Character.isDigit(w.isEmpty() ? 'x' : w.charAt(0)) || SpeechCues.DETERMINERS.contains(w)
                || QUANTIFIERS.contains(w) || isBarePluralSubject(w) || isBoundedQuantity(first);
        if (!subject || w.equals("that")) {
            return false;
        }
        if (SpeechCues.PRONOUNS.contains(w) && !w.equals("it")) {
            // "said he fully supports the compromise": a subject pronoun and a verb in -s, which FINITE does not list.
            int v = pastAdverbs(first + 1, end);
            if (v <= end && !inQuote(v) && SpeechCues.hasVerbForm(at.word(v))) {
                return true;
            }
        }
        for (int t = first + 1; t <= end && t - first <= 8; t++) {
            String v = at.word(t);
            if (at.isPunctuation(t) && !inQuote(t) || v.equals("who") || v.equals("which") || v.equals("that")) {
                return false;
            }
            // "denied any wrongdoing and has led a successful career": a verb right after "and" opens a second
            // predicate of the subject before the cue, so the words before it are a noun object, not a clause's subject.
            if (COORDINATORS.contains(v) && FINITE.contains(at.word(t + 1)) && !inQuote(t)) {
                return false;
            }
            if (FINITE.contains(v) || at.isPastForm(t)) {
                return true;
            }
        }
        return false;
    }

    /** The first token from {@code t} on that is no lower-case adverb in -ly ("fully", "reportedly"); at most {@code end}. */
    int pastAdverbs(int t, int end) {
        while (t < end && at.word(t).endsWith("ly") && !at.isCapitalized(t)) {
            t++;
        }
        return t;
    }

    /**
     * Whether a lower-case word may open a subject with no determiner: a plural noun ("saying rebels were hiding
     * there", "said civilians had fled"), not a verb of saying in -s nor a short word ("was", "its").
     */
    private static boolean isBarePluralSubject(String w) {
        return SpeechCues.isPeopleNoun(w) || w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") && !SpeechCues.isVerb(w)
                && !SpeechCues.ATTITUDES.contains(w);
    }

    /** Whether "at least" or "at most" opens at {@code t}: a quantity, so a noun phrase ("at least five protesters"). */
    private boolean isBoundedQuantity(int t) {
        return at.word(t).equals("at") && (at.word(t + 1).equals("least") || at.word(t + 1).equals("most"));
    }

    /** Words that open a subject noun phrase besides the determiners ("any solution would ...", "each side had ..."). */
    private static final Set<String> QUANTIFIERS = Set.of("any", "every", "each", "either", "neither", "none", "you",
            "everyone", "everybody", "someone", "somebody", "nobody", "nothing", "everything", "something", "such",
            "more", "fewer", "only", "nearly", "almost");
    /**
     * Whether a finite verb stands outside quotes among tokens {@code first} to {@code last}: content that holds a
     * partial quote is a statement of its own when it is a clause ("said “99 percent” of Zawiya is under government
     * control"); without one the quoted words are what was said ("called the truce a “fragile hope”").
     */
    boolean finiteOutsideQuotes(int first, int last) {
        for (int t = first; t <= last; t++) {
            String w = at.word(t);
            if (!inQuote(t) && (FINITE.contains(w) || at.isPastForm(t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a finite verb outside quotes stands in tokens {@code [first, last]} other than in a relative clause set off
     * by a comma ("Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump"): a verb there is the
     * clause's own, and the words round it may still be one noun phrase, a subject with what describes it.
     */
    boolean finiteOutsideRelatives(int first, int last) {
        for (int t = first; t <= last; t++) {
            if (finiteOutsideQuotes(t, t) && relativeOpening(t, first) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The relative pronoun that opens the clause holding token {@code t} after a comma past {@code from} ("..., a
     * Republican who has refused to endorse Mr. Trump, said"), found walking back no further than the nearest comma;
     * -1 when none stands there or no comma sets the clause off.
     */
    int relativeOpening(int t, int from) {
        for (int u = t - 1; u > from; u--) {
            if (at.raw(u).equals(",") || inQuote(u)) {
                return -1;
            }
            if (RELATIVE_PRONOUNS.contains(at.word(u))) {
                return previousComma(u, from) > from ? u : -1;
            }
        }
        return -1;
    }

    /** A word that may stand in a speaker's name or title after a cue ("said Antonio De Iesu", "said the chief of police"). */
    boolean isSpeakerWord(int t) {
        String w = at.word(t);
        return at.mention(t) != null || at.isCapitalized(t) && !SpeechCues.PRONOUNS.contains(w)
                || SpeechCues.PEOPLE_NOUNS.contains(w) || SpeechCues.DETERMINERS.contains(w) && !CLAUSE_OPENERS.contains(w)
                || w.equals("the") || w.equals("of") || w.equals("for") || SpeechCues.CALENDAR.contains(w);
    }

    /**
     * Whether the word at {@code t}, right after a noun's "that", is a finite verb ("the report that said ...",
     * "concerns that have grown"): the "that" is then the subject of a relative clause, not the opening of what the
     * noun holds. After a verb ("believe that is unlikely") "that" may be the clause's own subject.
     */
    boolean opensRelative(int t) {
        String w = at.word(t);
        return !inQuote(t) && (FINITE.contains(w)
                || SpeechCues.isFramingCue(w) && SpeechCues.hasVerbForm(w) && !SpeechCues.NOUN_LIKE.contains(w));
    }

    /**
     * The token before {@code c} past the auxiliaries right before it ("which" of "which has claimed"), walking back no
     * further than {@code from}.
     */
    int beforeAuxiliaries(int c, int from) {
        int t = c - 1;
        while (t > from && SpeechCues.AUXILIARIES.contains(at.word(t))) {
            t--;
        }
        return t;
    }

    /** Whether token {@code t} is a dash between words, not a hyphen inside one ("al-Qaida", "near-impossible"). */
    boolean isSpacedDash(int t) {
        String w = at.raw(t);
        return DASHES.contains(w) && (!w.equals("-") || t > 0 && at.span(t).begin() > at.span(t - 1).end());
    }

    int previousComma(int c, int from) {
        for (int t = c - 1; t > from; t--) {
            if (at.raw(t).equals(",")) {
                return t;
            }
        }
        return -1;
    }

    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "remains", "remained");
    /** The most tokens an aside set off by commas holds ("says Ahmed Rashid, a journalist in Lahore"). */
    private static final int MAX_ASIDE = 12;

    /**
     * Whether the word at {@code c} is the subject of a copula that follows it, right after or past one aside set off
     * by commas ("The great fear, says Ahmed Rashid, is that ...", "The hope was that ..."): a noun, then, whatever
     * verb it could also be, so no one before it fears or hopes.
     */
    boolean subjectOfCopula(int c, int end) {
        int next = c + 1;
        if (next <= end && at.raw(next).equals(",") && !inQuote(next)) {
            int closing = nextComma(next + 1, Math.min(end, next + MAX_ASIDE));
            next = closing < 0 ? end + 1 : closing + 1;
        }
        return next <= end && COPULAS.contains(at.word(next)) && !inQuote(next);
    }

    int nextComma(int from, int end) {
        for (int t = from; t <= end; t++) {
            if (at.raw(t).equals(",")) {
                return t;
            }
        }
        return -1;
    }

    int lastWordToken(int from, int to) {
        int t = to - 1;
        while (t >= from && at.isPunctuation(t)) {
            t--;
        }
        return t;
    }
}
