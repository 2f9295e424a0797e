package org.sitrep.quotes;

import java.util.List;
import java.util.Set;
import org.sitrep.core.Span;
import org.sitrep.core.SpanSet;
import org.sitrep.nlp.CommonWords;
import org.sitrep.quotes.ReportedSpeechFinder.Found;

/**
 * Where the content of a reported statement begins and ends once its frame is read: past a time phrase after the cue,
 * before a second cue, never cutting a partial quote nor holding a whole one. Token bounds are inclusive.
 */
final class ContentSpans {
    /** Words that open a phrase of time or place. */
    private static final Set<String> TIME_OPENERS = Set.of("on", "in", "at", "during", "after", "before", "earlier", "later",
            "last", "this", "recently");

    private final ArticleText at;
    private final SentenceTokens tokens;
    /** Quotes that are not partial ones: what was said in them is already a statement, never part of a reported one. */
    private final SpanSet whole;
    private final List<Span> partial;

    /**
     * @param quoted  every quote found (its words are never cues)
     * @param partial those of {@code quoted} that are a few words inside the writer's sentence ("said there was “nothing
     *                new” in the letter"): reported content may hold them whole, as the words reported
     */
    ContentSpans(SentenceTokens tokens, List<Span> quoted, List<Span> partial) {
        this.at = tokens.at;
        this.tokens = tokens;
        java.util.Set<Span> inner = new java.util.HashSet<>(partial);
        this.whole = new SpanSet(quoted.stream().filter(q -> !inner.contains(q)).toList());
        this.partial = List.copyOf(partial);
    }

    /** Whether token {@code t} lies in a whole quote: what it reports is the quote, never the writer's words. */
    boolean inWholeQuote(int t) {
        return at.inAny(t, whole);
    }

    /** Content from token {@code first} to token {@code last}, both included; {@code null} when empty or quoted. */
    Found found(int first, int last, Attribution a) {
        if (first > last || first >= at.size()) {
            return null;
        }
        first = pastDateline(first, last);
        Span content = closingPartial(new Span(at.span(first).begin(), at.span(last).end()));
        boolean naming = partial.stream().anyMatch(p -> content.contains(p) && names(a, p)) && !tokens.finiteOutsideQuotes(first, last);
        return whole.overlapsAny(content) || cutsPartial(content) || naming || isTitle(first, last, a) ? null : new Found(content, a);
    }

    /**
     * The first token after a dateline that opens {@code first}'s paragraph ("KABUL, Afghanistan -- Afghan soldiers ...,
     * officials said", "THE HAGUE (Reuters) – Iran offered ..."): where the story was filed is no part of what was said.
     * A dateline is a few capitalised words, its first in capitals or its outlet in brackets, closed by a dash set off
     * by spaces (a hyphen inside a name, "Al-Qaida", is none). Returns {@code first} when no dateline opens there.
     */
    private int pastDateline(int first, int last) {
        if (at.paragraphOf(at.span(first).begin()) < 0
                || at.paragraphs.get(at.paragraphOf(at.span(first).begin())).begin() != at.span(first).begin()) {
            return first;
        }
        boolean marked = isAllCaps(first);
        for (int d = first + 1; d < last && d - first <= MAX_DATELINE_TOKENS; d++) {
            String w = at.raw(d);
            if (SentenceTokens.DASHES.contains(w) && at.span(d).begin() > at.span(d - 1).end()) {
                return marked ? d + 1 : first;
            }
            marked |= w.equals("(");
            if (!at.isPunctuation(d) && !at.isCapitalized(d)) {
                return first;
            }
        }
        return first;
    }

    /** Tokens a dateline may span before its dash ("THE HAGUE (Reuters)", "VILLAVICENCIO, Colombia (Reuters)"). */
    static final int MAX_DATELINE_TOKENS = 8;

    private boolean isAllCaps(int t) {
        String w = at.raw(t);
        return w.length() >= 3 && w.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.' || ch == '-');
    }

    /**
     * Whether a cue of naming gives a name, no words ("a charity race called Seaside Semper Five", "the report called
     * Rebuilding America's Defenses"): no verb, and most words capitalised.
     */
    private boolean isTitle(int first, int last, Attribution a) {
        if (!SpeechCues.NAMING.contains(a.cueText().toLowerCase(java.util.Locale.ROOT)) || tokens.finiteOutsideQuotes(first, last)) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (int t = first; t <= last; t++) {
            if (!at.isPunctuation(t)) {
                words++;
                capitalised += at.isCapitalized(t) ? 1 : 0;
            }
        }
        return words > 0 && capitalised * 2 > words;
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
     * {@code content} reaching to the end of a partial quote that closes it, whose last marks it left out ("could “drive
     * the world into a contraction.”", "are “especially grave,” the statement said").
     */
    private Span closingPartial(Span content) {
        for (Span p : partial) {
            boolean opensInside = p.begin() >= content.begin() && p.begin() < content.end() && p.end() > content.end();
            if (opensInside && (at.text.substring(content.end(), p.end()).chars().noneMatch(Character::isLetterOrDigit)
                    || closesSentence(content))) {
                return new Span(content.begin(), p.end());
            }
        }
        return content;
    }

    /**
     * Whether {@code content} runs to the last word of its sentence: a partial quote it opens that goes on past it
     * ("said the boats “were very provocative. ... And my advice to them is don't do it.”") is still the words reported.
     */
    private boolean closesSentence(Span content) {
        int last = at.lastTokenEndingBy(content.end());
        int end = at.sentenceEnd(last);
        for (int t = last + 1; t < end; t++) {
            if (!at.isPunctuation(t)) {
                return false;
            }
        }
        return true;
    }

    /** Content after its cue, from token {@code first} up to {@code last} or a second cue ("told Collins that CONTENT and said ..."). */
    Found clause(int first, int last, Attribution a) {
        return found(afterAdverbial(first, last), beforeNextCue(first, last), a);
    }

    /**
     * Content after a verb of saying, as {@link #clause}, or {@code null} also when it holds neither a verb nor quoted
     * words and is no noun phrase after "said": such a verb takes what was said as a clause or a quote, so a bare
     * phrase after it tells where, when or to whom it was said ("said outside his home", "told students in Yazd").
     */
    Found saidClause(int first, int last, Attribution a) {
        Found f = clause(first, last, a);
        boolean telling = SpeechCues.TELLING.contains(a.cueText().toLowerCase(java.util.Locale.ROOT));
        if (f == null || (telling ? carriesContent(f.content()) : saysSomething(f.content()))) {
            return f;
        }
        int opener = at.firstTokenAtOrAfter(f.content().begin());
        return telling || !mayOpenSubject(opener) ? null : f;
    }

    /**
     * Whether the word at {@code t} may open a noun phrase ("the attack", "40 civilians", "Hamas"), which after "said" may
     * be what was said ("said the strike a war crime"); a word that may not ("outside his home") opens an adverbial.
     */
    private boolean mayOpenSubject(int t) {
        String w = at.word(t);
        return at.isCapitalized(t) || at.mention(t) != null || !w.isEmpty() && Character.isDigit(w.charAt(0))
                || SentenceTokens.CLAUSE_OPENERS.contains(w) || SpeechCues.DETERMINERS.contains(w) || w.endsWith("s");
    }

    /**
     * Whether {@code content} holds a verb or quoted words, so it may say something: a noun phrase with neither names a
     * thing, a place or a listener ("the attack", "outside his home"), no content.
     */
    boolean saysSomething(Span content) {
        return holdsVerb(content) || partial.stream().anyMatch(content::contains);
    }

    /**
     * Whether {@code content} holds a clause ({@link #holdsClause}) or a partial quote whole: the content a verb that
     * may take a mere noun phrase needs to report something ("told a crowd of 20,000", "welcomed Mr Sarkozy's
     * announcement", "rejected Abbas' call for talks" name a listener or the thing judged; field guide).
     */
    boolean carriesContent(Span content) {
        return holdsClause(content) || partial.stream().anyMatch(content::contains);
    }

    /**
     * Whether {@code content} is a noun phrase and nothing more: it opens with a determiner and holds, outside quotes,
     * no auxiliary, no past form, no "'s" but a possessive's, no "that", "as", relative pronoun nor "of" before a
     * gerund ("the most important legal challenges", "an invitation from Kibaki for direct talks to resolve the
     * dispute"). A word in -s inside it is a plural noun ("challenges", "talks"), which {@link #holdsClause} lets pass
     * for a verb; with no subject before it no clause stands there. False when any word of it is inside quote marks.
     */
    boolean isBareNounPhrase(Span content) {
        int first = at.firstTokenAtOrAfter(content.begin());
        int last = at.lastTokenEndingBy(content.end());
        if (!SpeechCues.DETERMINERS.contains(at.word(first)) || tokens.inQuote(first)) {
            return false;
        }
        for (int t = first; t <= last; t++) {
            String w = at.word(t);
            // "his intentions of fostering a good relationship": "of" and a gerund hold a proposition, as in holdsClause.
            boolean clauseWord = SentenceTokens.FINITE.contains(w) && !at.isPossessive(t) || at.isPastForm(t)
                    || w.equals("that") || w.equals("as") || SentenceTokens.RELATIVE_PRONOUNS.contains(w)
                    || opensGerund(t);
            if (tokens.inQuote(t) || clauseWord) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code content} holds a clause, what a verb of telling needs to report something rather than name its
     * listener or topic ("told a cheering crowd of 20,000 in the square", "tells the story of a group of soldiers"): a
     * subject pronoun that opens it; an auxiliary; past its first word, a past form or a verb in -s that stands where
     * a verb may, a predicate after "as" or a proposition after "of" and a gerund ("his intention of fostering ties").
     * Stricter than {@link #saysSomething}: words in quote marks do not count (the caller counts a partial quote
     * apart); a possessive's "'s" is no "is" ("Trump's call"); a verb after "to" is an infinitive inside a noun phrase
     * ("the decision to push"), and a form after a determiner or a possessive a noun or its modifier ("his planned
     * visit").
     */
    boolean holdsClause(Span content) {
        int first = at.firstTokenAtOrAfter(content.begin());
        int last = at.lastTokenEndingBy(content.end());
        if (SpeechCues.PRONOUNS.contains(at.word(first)) && !tokens.inQuote(first)) {
            return true;
        }
        return lowerCaseOutsideQuotes(first, last, t -> {
            String w = at.word(t);
            if (SentenceTokens.FINITE.contains(w)) {
                return !(at.isPossessive(t) && !SpeechCues.PRONOUNS.contains(at.word(t - 1)));
            }
            if (w.equals("as") || opensGerund(t)) {
                return t > first; // "Bhutto as a flawed leader", "his intention of fostering ties": a predicate, a proposition
            }
            boolean form = at.isPastForm(t) || w.endsWith("s") && CommonWords.isFiniteVerb(w);
            return t > first && form && standsAsVerb(t) && !at.word(t - 1).equals("to") && !at.isPossessive(t - 1);
        });
    }

    /**
     * Whether "of" at {@code t} takes a gerund, past an adverb in -ly ("his intention of fostering ties", "accused the
     * army of deliberately shelling the town"): the gerund's clause is a proposition, not a thing named. "for" and a
     * gerund after a verb of judgment ("criticized Biden for merely retaliating") read the same way found a statement
     * more on the field dev half, but none on the test half, where it added an output that is no statement: left out.
     */
    private boolean opensGerund(int t) {
        if (!at.word(t).equals("of") || tokens.inQuote(t)) {
            return false;
        }
        int g = at.word(t + 1).endsWith("ly") ? t + 2 : t + 1;
        String w = at.word(g);
        return w.length() > 4 && w.endsWith("ing") && !NOT_GERUNDS.contains(w) && !w.endsWith("thing") && !tokens.inQuote(g)
                && !at.isCapitalized(g);
    }

    /** Nouns in -ing that are no gerund ("of the morning" aside, "of spring"). */
    private static final Set<String> NOT_GERUNDS = Set.of("morning", "evening", "ceiling", "spring", "string", "during",
            "building", "buildings", "wedding", "meeting");

    private boolean holdsVerb(Span content) {
        int first = at.firstTokenAtOrAfter(content.begin());
        int last = at.lastTokenEndingBy(content.end());
        if (tokens.finiteOutsideQuotes(first, last)) {
            return true;
        }
        if (SpeechCues.PRONOUNS.contains(at.word(first)) && !tokens.inQuote(first)) {
            return true; // "say they show utmost restraint": a subject pronoun opens a clause
        }
        return lowerCaseOutsideQuotes(first, last, t -> hasFiniteForm(at.word(t)) && standsAsVerb(t));
    }

    /** Whether a lower-case word of {@code [first, last]} outside quotes passes {@code test}, given its token index. */
    private boolean lowerCaseOutsideQuotes(int first, int last, java.util.function.IntPredicate test) {
        for (int t = first; t <= last; t++) {
            if (!tokens.inQuote(t) && !at.isCapitalized(t) && test.test(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code w} is a finite verb form, the plain present ("control", whose third person is "controls") included. */
    private static boolean hasFiniteForm(String w) {
        return CommonWords.isFiniteVerb(w) || CommonWords.isPlainVerb(w);
    }

    /**
     * Whether a word that has a finite verb form stands where a verb may: not inside a noun phrase, right after a
     * determiner, a preposition, a modifier in -ing or a name that follows one ("the gates", "a cheering crowd", "his
     * Maryland home"); a plural noun then passes for a verb ("rebels control"), so the caller errs towards a clause.
     */
    private boolean standsAsVerb(int t) {
        return !opensNounPhrase(t - 1) && !(at.isCapitalized(t - 1) && opensNounPhrase(t - 2))
                && !(at.word(t - 1).endsWith("ing") && !tokens.inQuote(t - 1));
    }

    private boolean opensNounPhrase(int t) {
        return SpeechCues.DETERMINERS.contains(at.word(t)) || SpeakerLocator.PREPOSITIONS.contains(at.word(t));
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
            if (at.isPunctuation(t) || SpeechCues.isVerb(at.word(t)) || SentenceTokens.CLAUSE_OPENERS.contains(at.word(t))) {
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
            if (tokens.inQuote(t)) {
                continue;
            }
            String w = at.word(t);
            boolean joined = SentenceTokens.COORDINATORS.contains(w) && !joinsNouns(t) && isCoordinatedCue(t + 1, last);
            // ", and questioning when ...": a participle of saying joined to one before it by ", and" says more.
            int after = at.raw(t).equals(",") && SentenceTokens.COORDINATORS.contains(at.word(t + 1)) ? t + 2 : t + 1;
            boolean participle = at.raw(t).equals(",") && !tokens.inQuote(after)
                    && (SpeechCues.isParticiple(at.word(after)) || SpeechCues.SOURCING_PARTICIPLES.contains(at.word(after)))
                    || afterQuotedComma(t) && SpeechCues.isParticiple(w);
            if (joined || participle || closingFrame(t, last) || SentenceTokens.COORDINATORS.contains(w) && saidBySubject(t + 1, last)
                    || opensOthersReport(t, last) || opensRelativeReport(t, last) || closesRelativeClause(first, t)
                    || isSubjectsParticiple(first, t, last) || isClosingApposition(t, last)
                    || isAside(t) || isSententialWhich(t) || isSubjectsVerbPhrase(first, t) || isMatrixVerb(first, t)
                    || closesInfinitive(first, t, last) || closesOpeningConcession(first, t, last)
                    || tokens.isSpacedDash(t) && dashOpenBefore(first) || opensQuestion(t)) {
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
     * Whether a comma at {@code t} opens a direct question, a question word and then an auxiliary ("..., why did he send
     * his entire administration on a TV talk show tour"): the writer asks it, and no one is reported as saying it. "who"
     * and "when" are left out: after a comma they open a relative or a time clause (", who has led ...").
     */
    private boolean opensQuestion(int t) {
        return at.raw(t).equals(",") && !tokens.inQuote(t + 1) && SpeechCues.INTERROGATIVES.contains(at.word(t + 1))
                && SentenceTokens.FINITE.contains(at.word(t + 2)) && !at.isPossessive(t + 2);
    }

    /**
     * Whether a contrast or "and" after a comma opens a clause that reports what someone else says (", while the city's
     * police deny ...", ", and the U.S. military reported killing ..."), or "and" with a possessive subject after it
     * ("he would not step down and his Islamist supporters vowed ..."): a subject, then a verb of saying of its own.
     * What follows is another statement, not part of this one. A bare "and" before a name may join a second subject to
     * the clause's own ("Iran and Syria warned"), so it opens no report.
     */
    private boolean opensOthersReport(int t, int last) {
        if (tokens.inQuote(t + 1)) {
            return false;
        }
        if (at.word(t).equals("and") && OWNERS.contains(at.word(t + 1))) {
            return saidByOwnSubject(t + 1, last);
        }
        String next = at.word(t + 1);
        return at.raw(t).equals(",") && (CONTRASTS.contains(next) || next.equals("and")) && saidByOwnSubject(t + 2, last);
    }

    /** Possessive pronouns, which open a subject of its own after "and" ("and his supporters vowed"). */
    private static final Set<String> OWNERS = Set.of("his", "her", "their", "its");

    /**
     * Whether a relative word at {@code t} opens a clause in which someone else reports something of the noun before
     * it ("they had launched a new offensive which the Observatory, a war monitor, said had made a considerable
     * advance"): a subject, then a verb of saying of its own. That clause is a statement of its own, read from its own
     * cue; the one being read ends before it.
     */
    private boolean opensRelativeReport(int t, int last) {
        return REPORT_RELATIVES.contains(at.word(t)) && !tokens.inQuote(t) && saidByOwnSubject(t + 1, last);
    }

    /** Relative words that open a clause about the noun before them, whose subject may follow ("which X said"). */
    private static final Set<String> REPORT_RELATIVES = Set.of("which", "who", "whom");

    /**
     * Whether a comma at {@code t} closes a relative clause whose subject the content lacks ("The man, who Swedish
     * authorities believe was the driver of truck, was previously known to ..."): content that opens with a finite
     * verb reports of the noun the relative word stands for, and the comma after it returns to the sentence's own verb.
     */
    private boolean closesRelativeClause(int first, int t) {
        return at.raw(t).equals(",") && first > 0 && SentenceTokens.FINITE.contains(at.word(first)) && !at.word(first - 1).equals("that")
                && !tokens.inQuote(first) && !tokens.inQuote(t);
    }

    /**
     * Whether a comma at {@code t} after content with no verb opens a participle clause that runs to the end ("urged
     * patience, drawing applause from lawmakers"): a noun phrase object takes no clause of its own after a comma, so the
     * participle tells what the speaker did, not what was said. One closed by a second comma is set inside a subject
     * ("troops, acting on a tip, zeroed in"); participles used as prepositions ("including") go on with the phrase.
     */
    private boolean isSubjectsParticiple(int first, int t, int last) {
        String w = at.word(t + 1);
        return at.raw(t).equals(",") && t + 1 < at.size() && w.endsWith("ing") && w.length() > 5 && !at.isCapitalized(t + 1)
                && !PREPOSITION_PARTICIPLES.contains(w) && !tokens.inQuote(t + 1) && !anyVerb(first, t - 1)
                && !commaOutsideQuotes(t + 1, last);
    }

    private boolean commaOutsideQuotes(int from, int last) {
        for (int t = from; t <= last; t++) {
            if (at.raw(t).equals(",") && !tokens.inQuote(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of {@code [first, last]} outside quotes may be a finite verb ("began", "share"): a plural noun may
     * pass for one ("attacks"), so a caller asking whether the words are a bare noun phrase errs towards a clause.
     */
    private boolean anyVerb(int first, int last) {
        return lowerCaseOutsideQuotes(first, last, t -> CommonWords.isFiniteVerb(at.word(t))) || tokens.finiteOutsideQuotes(first, last);
    }

    /** Participles that serve as prepositions, whose phrase belongs to the noun before them. */
    private static final Set<String> PREPOSITION_PARTICIPLES = Set.of("including", "following", "regarding", "concerning",
            "excluding", "involving", "according", "considering", "barring", "pending", "notwithstanding", "surrounding");

    /** Whether a subject and then a verb of saying of its own stand from {@code from} ("the city's police deny ..."). */
    private boolean saidByOwnSubject(int from, int last) {
        for (int v = from; v < last && v - from <= MAX_OTHER_SUBJECT; v++) {
            String w = at.word(v);
            if (tokens.inQuote(v)) {
                return false;
            }
            if (SpeechCues.isFramingCue(w) && !w.endsWith("ing") && !SpeechCues.NOUN_LIKE.contains(w)) {
                return v > from;
            }
            // "'s" in a subject is the possessive ("the city's police"), not a verb, nor is the end of a compound
            // ("a Britain-based war monitor")
            boolean finite = SentenceTokens.FINITE.contains(w) && !at.isPossessive(v);
            boolean compound = v > from && at.raw(v - 1).equals("-") && at.span(v - 1).end() == at.span(v).begin();
            if (SpeechCues.isVerb(w) || finite || at.isPastForm(v) && !compound) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a comma at {@code t} after a name opens an indefinite noun phrase that describes it and runs to the end
     * of the content ("carried out by fighters of the Nusra Front, a jihadist group that was ..."): the writer's
     * gloss of a name, as {@link #isClosingComment} is after a dash. A comma inside the phrase may close it as an
     * apposition within the clause, and a verb before a relative word makes it a clause of its own: neither is cut.
     */
    private boolean isClosingApposition(int t, int last) {
        if (!at.raw(t).equals(",") || tokens.inQuote(t + 1) || !(at.word(t + 1).equals("a") || at.word(t + 1).equals("an"))
                || t == 0 || at.mention(t - 1) == null) {
            return false;
        }
        boolean relative = false;
        for (int u = t + 2; u <= last; u++) {
            String w = at.word(u);
            if (at.raw(u).equals(",") || tokens.inQuote(u)) {
                return false;
            }
            relative |= RELATIVES.contains(w);
            if (!relative && (SentenceTokens.FINITE.contains(w) || SpeechCues.isVerb(w))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> RELATIVES = Set.of("that", "who", "which", "whose", "where");

    /** Tokens the subject of another's report may span, an apposition included (", while the Observatory, a war monitor, said"). */
    private static final int MAX_OTHER_SUBJECT = 16;

    /**
     * Whether token {@code t} follows a partial quote closed by a comma inside its marks ("said he was shocked by the
     * “maniac act of terror,” adding ..."): the comma closes the writer's clause as one outside the marks would.
     */
    private boolean afterQuotedComma(int t) {
        return t >= 2 && !tokens.inQuote(t) && at.isPunctuation(t - 1) && !at.raw(t - 1).equals(",") && at.raw(t - 2).equals(",");
    }

    /**
     * Whether a comma at {@code t} closes a concessive clause that opens the sentence and holds the cue ("While Zelensky
     * says he is open to compromise, a bloc of Republicans remains wary"): the finite clause after it is the sentence's
     * main clause, set against what was said by the writer, and what was said ends with the concessive clause.
     */
    private boolean closesOpeningConcession(int first, int t, int last) {
        int start = at.sentenceStart(first);
        if (!at.raw(t).equals(",") || tokens.inQuote(t) || !StanceFrames.CONCESSIONS.contains(at.word(start))
                || tokens.inQuote(start) || t + 1 > last || tokens.inQuote(t + 1)) {
            return false;
        }
        for (int u = start + 1; u < t; u++) {
            if (at.raw(u).equals(",") && !tokens.inQuote(u)) {
                return false; // the subordinate clause closed before: this comma is inside the main clause
            }
        }
        return tokens.isFiniteClause(t + 1, last) || opensPresentClause(t + 1, last);
    }

    /**
     * Whether a subject and a verb in -s open a clause at {@code t} ("a bloc of Republicans remains wary"), which
     * {@link SentenceTokens#isFiniteClause} leaves to its list of finite words.
     */
    private boolean opensPresentClause(int t, int last) {
        if (!SpeechCues.DETERMINERS.contains(at.word(t)) && !at.isCapitalized(t)) {
            return false;
        }
        for (int v = t + 1; v <= last && v - t <= 8; v++) {
            String w = at.word(v);
            if (at.isPunctuation(v) || tokens.inQuote(v) || RELATIVES.contains(w)) {
                return false;
            }
            if (w.endsWith("s") && CommonWords.isFiniteVerb(w) && !SpeechCues.DETERMINERS.contains(at.word(v - 1)) && !at.isCapitalized(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a dash set off by spaces, or a long dash, stands before token {@code first} in its sentence with none to
     * close it ("police found 287 pounds of chemicals--which investigators said could have been used to make gunpowder--
     * along with five pipe bombs"): the statement stands in the writer's aside, and the dash that closes the aside
     * closes what was said.
     */
    private boolean dashOpenBefore(int first) {
        boolean open = false;
        for (int t = at.sentenceStart(first); t < first; t++) {
            open ^= tokens.isSpacedDash(t) && !tokens.inQuote(t);
        }
        return open;
    }

    /**
     * Whether a dash at {@code t} opens the writer's aside ("claimed Iraq has no weapons--though it's hard to see how he
     * could know this"): a contrast after a dash answers what was said, it is no part of it.
     */
    private boolean isAside(int t) {
        return SentenceTokens.DASHES.contains(at.raw(t)) && !tokens.inQuote(t + 1) && (CONTRASTS.contains(at.word(t + 1)) || isClosingComment(t));
    }

    /**
     * Whether a dash at {@code t} opens a noun phrase that comments on what was said and runs to the sentence's end
     * ("had ordered authorities to apprehend those responsible — a near-impossible task in a zone ..."): an indefinite
     * noun phrase after a dash, with no second dash to close it as an apposition inside the clause.
     */
    private boolean isClosingComment(int t) {
        boolean nounPhrase = at.word(t + 1).equals("a") || at.word(t + 1).equals("an");
        // "was won by Ahmadinejad -- it is the newest round in a struggle ...": a clause of its own, the writer's
        boolean clause = SpeechCues.PRONOUNS.contains(at.word(t + 1)) && tokens.isFiniteClause(t + 1, at.sentenceEnd(t) - 1);
        if (!nounPhrase && !clause) {
            return false;
        }
        for (int u = t + 2; u < at.sentenceEnd(t); u++) {
            if (tokens.isSpacedDash(u) && !tokens.inQuote(u)) {
                return false; // a hyphen split from its word ("near-impossible") closes nothing; " - " set off by spaces does
            }
        }
        return true;
    }

    /**
     * Whether a comma at {@code t} opens a relative clause about the whole report (", which would mean he cleared two
     * borders"): "which" then a verb of implying is the writer drawing a conclusion from what was said.
     */
    private boolean isSententialWhich(int t) {
        if (!at.raw(t).equals(",") || !at.word(t + 1).equals("which") || tokens.inQuote(t + 1)) {
            return false;
        }
        int v = t + 2;
        while (v < at.size() && v - t <= 4 && SpeechCues.AUXILIARIES.contains(at.word(v))) {
            v++;
        }
        return v < at.size() && IMPLYING.contains(at.word(v));
    }

    private static final Set<String> IMPLYING = Set.of("mean", "means", "meant", "suggest", "suggests", "suggested", "imply",
            "implies", "implied", "indicate", "indicates", "indicated");

    /**
     * Whether "and" at {@code t} opens a verb phrase whose subject is the reporting clause's ("declared herself head of
     * the party and made no provision for ..."): content with no verb of its own cannot be the subject of a past verb.
     */
    private boolean isSubjectsVerbPhrase(int first, int t) {
        if (!at.word(t).equals("and") || tokens.inQuote(t + 1) || tokens.finiteOutsideQuotes(first, t - 1)) {
            return false;
        }
        return at.isPastForm(t + 1) || !at.isCapitalized(t + 1) && PAST.contains(at.word(t + 1));
    }

    /**
     * Whether "but" at {@code t} joins a clause with a subject of its own to content that is an infinitive
     * ("claims to have developed advanced technologies but its claims cannot be verified"): an infinitive has its
     * subject in the frame, so a finite clause set against it is the writer's, not more of what was claimed. Not "and",
     * which joins noun phrases as often ("to fuel the violence when Israel and the Palestinians are trying ...").
     */
    private boolean closesInfinitive(int first, int t, int last) {
        return first > 0 && at.word(first - 1).equals("to") && !tokens.inQuote(first - 1) && at.word(t).equals("but")
                && !tokens.inQuote(t) && t + 1 <= last && !tokens.inQuote(t + 1) && tokens.isFiniteClause(t + 1, last);
    }

    private static final Set<String> PAST = Set.of("made", "put", "gave", "took", "went", "left", "kept", "sent", "set",
            "held", "led", "won", "lost", "met", "paid", "brought", "sought", "told", "said", "became");

    /**
     * Whether a past verb at {@code t} right after a pronoun subject and its verb is the verb of the sentence round the
     * cue ("an election his rivals say he stole sparked violence"): the cue sits in a relative clause with no "that",
     * so what was said ends where the sentence's own verb begins. Not after a linking verb, whose complement a
     * participle is ("they remained unmoved after hearing the request", "he seemed surprised").
     */
    private boolean isMatrixVerb(int first, int t) {
        return t == first + 2 && SpeechCues.PRONOUNS.contains(at.word(first)) && !at.isPunctuation(first + 1)
                && at.isPastForm(t) && !tokens.inQuote(t) && !LINKING.contains(at.word(first + 1))
                && !SpeechCues.AUXILIARIES.contains(at.word(first + 1)) && !SentenceTokens.BE.contains(at.word(first + 1));
    }

    /** Linking verbs other than "be", which take an adjective or a participle as their complement. */
    private static final Set<String> LINKING = Set.of("remain", "remains", "remained", "seem", "seems", "seemed",
            "appear", "appears", "appeared", "become", "becomes", "became", "stay", "stays", "stayed", "feel", "feels",
            "felt", "look", "looks", "looked", "sound", "sounds", "sounded", "get", "gets", "got", "grow", "grows", "grew");

    private static final Set<String> CONTRASTS = Set.of("but", "though", "although", "yet", "whereas", "while", "however");

    /**
     * Whether a comma at {@code t} sets off a speaker and a verb of saying that close the sentence ("CONTENT, the
     * official added."): the words before it are what was said, the rest is the frame.
     */
    private boolean closingFrame(int t, int last) {
        if (!at.raw(t).equals(",")) {
            return false;
        }
        for (int v = t + 1; v <= last && v - t <= SentenceTokens.MAX_TRAILING_SPEAKER; v++) {
            if (tokens.inQuote(v) || at.isPunctuation(v)) {
                return false;
            }
            String w = at.word(v);
            if (SpeechCues.isVerb(w) && !SpeechCues.WEAK.contains(w) && !w.endsWith("ing") && v > t + 1) {
                // "..., he added -- “that offer stands ...”": a dash or colon after the frame opens what it goes on to say.
                return last - v <= 2 || v + 1 <= last && !tokens.inQuote(v + 1) && (tokens.isSpacedDash(v + 1) || at.raw(v + 1).equals(":"));
            }
            if (!tokens.isSpeakerWord(v) && !SpeechCues.PRONOUNS.contains(at.word(v))) {
                return false;
            }
        }
        return false;
    }

    /** Whether a short subject and a verb of saying open a clause at {@code t} ("and the official said ..."). */
    private boolean saidBySubject(int t, int last) {
        for (int v = t; v < last && v - t <= 5; v++) {
            if (tokens.inQuote(v) || at.isPunctuation(v)) {
                return false;
            }
            if (SpeechCues.SAYING.contains(at.word(v)) && !at.word(v).endsWith("ing")) {
                return v > t;
            }
            if (SpeechCues.isVerb(at.word(v)) || SentenceTokens.FINITE.contains(at.word(v))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether "and" at {@code t} joins two nouns rather than two verbs: the word after it has the bare form a noun shares
     * with a verb (not an auxiliary, nor a form in -ed or -s, which agree with a subject: "regards the waters as its own
     * and feels that ...") and either heads a phrase with "of" ("the beck and call of the US") or is joined to a noun
     * right after a determiner ("the threat and warning"). A verb of saying coordinated with the cue shares its subject,
     * and a determiner opens no verb phrase; a form in -ed or an auxiliary stays a verb ("said it was the end and called
     * for talks"). "but" joins nouns too seldom to be read so ("talked with the guerrillas but did not say ...").
     */
    private boolean joinsNouns(int t) {
        int next = t + 1;
        if (!at.word(t).equals("and") || next >= at.size() || at.isPastForm(next) || tokens.inQuote(next)
                || SentenceTokens.FINITE.contains(at.word(next)) || at.word(next).endsWith("s")) {
            return false;
        }
        boolean ofPhrase = next + 1 < at.size() && at.word(next + 1).equals("of");
        boolean afterDeterminer = t >= 2 && !at.isPunctuation(t - 1) && SpeechCues.DETERMINERS.contains(at.word(t - 2));
        return ofPhrase || afterDeterminer;
    }

    /** Whether a finite verb of saying stands at {@code t}, past auxiliaries and adverbs ("and later told", "and has said"). */
    private boolean isCoordinatedCue(int t, int last) {
        int v = Math.min(tokens.pastModifiers(t, last - 1), last);
        String w = at.word(v);
        // "urged reconciliation and called for new elections": a weak cue with its particle is a second statement too.
        boolean weak = SpeechCues.WEAK.contains(w) && !(SpeechCues.NAMING.contains(w) && SpeechCues.PARTICLES.contains(at.word(v + 1)));
        // "said he had treated the wounded and described the offensive as a turning point": a view given with "as", and
        // "said ... and put its own losses at four": an estimate.
        boolean view = (StanceFrames.takesAs(w) || SpeechCues.NAMING.contains(w)) && StanceFrames.asAfterObject(tokens, v, last) > 0
                || StanceFrames.ESTIMATE_VERBS.contains(w) && StanceFrames.atNumber(tokens, v, last) > 0;
        return v < last && !tokens.inQuote(v) && !w.endsWith("ing") && !SpeechCues.NOUN_LIKE.contains(w)
                && (SpeechCues.isVerb(w) && !weak || view);
    }

    /**
     * {@code f} as the statements it holds: reported content that joins a second clause with its own subject by ", but"
     * ("Congress has provided funds ..., but he doesn't know what ...") is two statements by the same speaker.
     */
    List<Found> split(Found f) {
        if (f.kind() != org.sitrep.core.QuoteKind.REPORTED) {
            return List.of(f);
        }
        int first = at.firstTokenAtOrAfter(f.content().begin());
        int last = at.lastTokenEndingBy(f.content().end());
        for (int t = first + 3; t < last - 3; t++) {
            if (at.raw(t).equals(",") && at.word(t + 1).equals("but") && SpeechCues.PRONOUNS.contains(at.word(t + 2)) && !tokens.inQuote(t)
                    && !tokens.inQuote(t + 2) && tokens.finiteOutsideQuotes(t + 3, last)) {
                Span head = new Span(f.content().begin(), at.span(t - 1).end());
                Span tail = new Span(at.span(t + 2).begin(), f.content().end());
                return List.of(new Found(head, f.attribution(), f.kind(), f.frame()), new Found(tail, f.attribution(), f.kind(), f.frame()));
            }
        }
        return List.of(f);
    }

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
