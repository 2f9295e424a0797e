package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;
import org.sitrep.core.SpanSet;

/** Finds who speaks next to a cue: the subject before it, or the name after it ("wrote Dark", "according to X"). */
final class SpeakerLocator {
    private static final Set<String> APPOSITION_STARTS = Set.of("a", "an", "the", "who", "which", "whose", "one", "editor",
            "head", "chief", "director", "spokesman", "spokeswoman", "author", "founder", "leader", "commander", "former");
    /** Words after which a name modifies a noun ("the unrest in Charlotte") rather than being a subject. */
    static final Set<String> PREPOSITIONS = Set.of("for", "of", "at", "with", "from", "in", "by", "on", "to", "about", "against");
    private static final int MAX_PHRASE_TOKENS = 8;
    /** Words that join a role to whose it is ("head of", "ambassador to", "spokesman for", "professor at"). */
    private static final Set<String> ROLE_PREPOSITIONS = Set.of("of", "to", "for", "at");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "my", "your", "his", "her", "their", "its", "our");
    private static final int MAX_INTRODUCTION_TOKENS = 10;
    private static final Set<String> INTRODUCTORY = Set.of("in", "on", "at", "after", "before", "during", "since", "from",
            "for", "with", "by", "amid", "under", "over", "when", "while", "as", "although", "though", "if", "because",
            "earlier", "later", "meanwhile", "still", "however", "yet", "but", "and", "instead", "last", "this", "speaking");

    private final ArticleText at;
    private final SpanSet quoted;

    /** @param quoted the spans inside quote marks, where no speaker of an outside statement stands */
    SpeakerLocator(ArticleText at, List<Span> quoted) {
        this.at = at;
        this.quoted = new SpanSet(quoted);
    }

    private boolean inQuote(int t) {
        return at.inAny(t, quoted);
    }

    /** Whether token {@code t} stands inside quote marks. */
    boolean isQuoted(int t) {
        return inQuote(t);
    }

    /** The name mention at token {@code t} as a speaker, or {@code null}. */
    private SpeakerRef named(int t) {
        Mention m = at.mention(t);
        return m != null && m.type() != EntityType.MISC ? new SpeakerRef(m.span(), m.text(), m, false) : null;
    }

    /**
     * The subject of a cue: the last speaker candidate before it within {@code [from, cue)}, looking past
     * appositions and relative clauses set off by commas; for a cue joined by "and" or "but" to a verb before it, the
     * subject the two share ({@link #sharedSubject}). Empty result is {@code null}.
     */
    SpeakerRef subjectBefore(int cue, int from) {
        SpeakerRef untagged = untaggedNameBefore(cue, from);
        if (untagged != null) {
            return untagged;
        }
        SpeakerRef shared = sharedSubject(cue, from);
        if (shared != null) {
            return shared;
        }
        List<int[]> segments = segments(from, cue);
        SpeakerRef modifier = null;
        for (int i = segments.size() - 1; i >= 0; i--) {
            if (isParenthetical(segments, i)) {
                continue;
            }
            SpeakerRef found = lastCandidate(segments.get(i)[0], segments.get(i)[1]);
            if (found != null && !isModifier(found, segments.get(i)[0])) {
                return found;
            }
            if (modifier == null) {
                modifier = found;
            }
        }
        return modifier;
    }

    /**
     * The subject a cue joined by "and" or "but" to the verb before it shares with that verb, having none of its own
     * ("The IDF did not link Yousef to the attacks, but accused him of ...": the IDF, not Yousef, the last name of the
     * first clause): the subject of the clause from {@code from}; {@code null} when no such word stands right before
     * the cue (auxiliaries and adverbs aside) or the clause names no one before it.
     */
    private SpeakerRef sharedSubject(int cue, int from) {
        int joiner = at.auxiliariesBefore(from, cue) - 1;
        return joiner > from && SentenceTokens.COORDINATORS.contains(at.word(joiner)) ? sentenceSubject(from, joiner) : null;
    }

    /** A candidate right after a preposition modifies something ("the unrest in Charlotte"): a subject only when nothing else is. */
    private boolean isModifier(SpeakerRef c, int from) {
        return followsPreposition(at.firstTokenAtOrAfter(c.span().begin()), from);
    }

    /**
     * Whether the phrase opening at token {@code first} is the object of a preposition after {@code from}, itself or
     * through its owner ("Stefan Hector of Sweden's national police said": the police are Sweden's, and Sweden
     * follows "of"), so that it modifies the noun before it rather than being a subject.
     */
    private boolean followsPreposition(int first, int from) {
        if (first <= from) {
            return false;
        }
        if (PREPOSITIONS.contains(at.word(first - 1))) {
            return true;
        }
        int opens = phraseOpening(first, from);
        if (opens < first && opens > from && PREPOSITIONS.contains(at.word(opens - 1))) {
            return true;
        }
        Mention owner = first - 2 >= from && at.isPossessive(first - 1) ? at.mention(first - 2) : null;
        if (owner == null) {
            return false;
        }
        int o = at.firstTokenAtOrAfter(owner.span().begin());
        if (o - 1 >= from && ARTICLES.contains(at.word(o - 1))) {
            o--;
        }
        return o > from && PREPOSITIONS.contains(at.word(o - 1));
    }

    /**
     * Where the noun phrase of the name at token {@code first} opens: before its article and any modifiers fused by
     * hyphens ("of the Washington-based Foundation for ...", "Bill Roggio of the Washington Institute ... told CNN"),
     * so that the preposition before them is seen; {@code first} when neither stands before it.
     */
    private int phraseOpening(int first, int from) {
        int k = first;
        while (k - 3 >= from && at.raw(k - 2).equals("-") && !at.isPunctuation(k - 1) && !at.isPunctuation(k - 3)) {
            k -= 3;
        }
        return k - 1 >= from && SpeechCues.ARTICLES.contains(at.word(k - 1)) ? k - 1 : k;
    }

    /** A subject that ends right before the cue (auxiliaries and adverbs aside), or {@code null}. */
    SpeakerRef subjectRightBefore(int cue, int from) {
        int t = cue - 1;
        while (t >= from && (SpeechCues.AUXILIARIES.contains(at.word(t)) || SpeechCues.HOLDING_VERBS.contains(at.word(t))
                || at.word(t).endsWith("ly") && at.mention(t) == null)) {
            t--;
        }
        if (t < from) {
            return null;
        }
        SpeakerRef untagged = untaggedNameBefore(t + 1, from);
        if (untagged != null) {
            return untagged;
        }
        SpeakerRef c = candidateEndingAt(t, from);
        SpeakerRef holder = c == null || c.named() == null ? null : roleHolder(c, at.firstTokenAtOrAfter(c.span().begin()), from);
        return holder != null ? holder : c;
    }

    /**
     * The subject of the sentence: its first name, pronoun or people phrase before {@code limit}, past an introductory
     * phrase ("In a White House statement, President Obama ..."); capitalised words that open the sentence when the
     * tagger saw no name ("PolitiFact rated ..."); {@code null} when none.
     */
    SpeakerRef sentenceSubject(int start, int limit) {
        int from = afterIntroduction(start, limit);
        SpeakerRef found = firstCandidate(from, limit);
        if (found == null && from != start) {
            found = firstCandidate(start, limit);
        }
        if (found == null && from < limit && at.isCapitalized(from) && !SpeechCues.DETERMINERS.contains(at.word(from))
                && !SpeechCues.NOT_NAMES.contains(at.word(from)) && !INTRODUCTORY.contains(at.word(from)) && !inQuote(from)) {
            found = after(from, limit);
            // A name opens a clause and a verb follows it; a run of capitals that goes on is a headline.
            int next = found == null ? limit : at.firstTokenAtOrAfter(found.span().end());
            if (next >= limit || at.isCapitalized(next) || at.isPunctuation(next)) {
                found = null;
            }
        }
        return found;
    }

    /** The first token after an introductory phrase closed by a comma ("In Chelsea, ..."), else {@code start}. */
    private int afterIntroduction(int start, int limit) {
        boolean introduced = start < limit && (INTRODUCTORY.contains(at.word(start)) || at.word(start).endsWith("ly"));
        for (int t = start; introduced && t < limit && t - start <= MAX_INTRODUCTION_TOKENS; t++) {
            if (at.raw(t).equals(",")) {
                return t + 1;
            }
        }
        return start;
    }

    private SpeakerRef firstCandidate(int start, int limit) {
        for (int t = start; t < limit; t++) {
            if (inQuote(t)) {
                continue;
            }
            SpeakerRef name = named(t);
            if (name != null) {
                return name;
            }
            if (SpeechCues.PRONOUNS.contains(at.word(t))) {
                return new SpeakerRef(at.span(t), at.raw(t), null, true);
            }
            if (SpeechCues.PEOPLE_NOUNS.contains(at.word(t))) {
                // "Senator Ann Holt criticized ...": a title in capitals before a name is the name's, not a subject.
                SpeakerRef titled = at.isCapitalized(t) ? titledName(t, limit) : null;
                return titled != null ? titled : candidateEndingAt(t, start);
            }
            if (t == at.sentenceStart(t) && standsForPeople(t)) {
                return new SpeakerRef(at.span(t), at.raw(t), null, false);
            }
        }
        return null;
    }

    /**
     * Whether token {@code t} is a quantifier standing alone for people ({@link SpeechCues#PRONOMINAL}): a verb, an
     * auxiliary or a past form follows it, not a noun ("Another brandished a bayonet", not "One day").
     */
    private boolean standsForPeople(int t) {
        if (!SpeechCues.PRONOMINAL.contains(at.word(t)) || t + 1 >= at.size()) {
            return false;
        }
        String next = at.word(t + 1);
        return SpeechCues.isVerb(next) || SpeechCues.AUXILIARIES.contains(next) || at.isPastForm(t + 1);
    }

    /** A name (tagged, or capitalised words) ending at token {@code t}, as in "Ellis: “...”"; {@code null} otherwise. */
    SpeakerRef nameEndingAt(int t, int from) {
        SpeakerRef name = named(t);
        return name != null ? name : untaggedNameBefore(t + 1, from);
    }

    /** Comma-separated stretches of {@code [from, to)}, as {begin, end} token ranges. */
    private List<int[]> segments(int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        for (int t = from; t < to; t++) {
            // A comma inside a name ("Kellogg, Brown & Root") separates nothing.
            boolean inName = at.mention(t) != null && at.mention(t - 1) == at.mention(t) && at.mention(t + 1) == at.mention(t);
            if (!inName && (at.raw(t).equals(",") || at.raw(t).equals("(") || at.raw(t).equals(")") || at.raw(t).equals("—"))) {
                out.add(new int[] {start, t});
                start = t + 1;
            }
        }
        out.add(new int[] {start, to});
        return out;
    }

    /**
     * An apposition or relative clause: it opens like one and follows a stretch that ends in a name or phrase, which
     * is no introductory phrase ("In Chelsea, the mayor said" has no apposition).
     */
    private boolean isParenthetical(List<int[]> segments, int i) {
        if (i == 0) {
            return false;
        }
        int[] seg = segments.get(i);
        if (seg[0] >= seg[1]) {
            return true;
        }
        if (seg[0] > 0 && at.raw(seg[0] - 1).equals("(")) {
            return true;
        }
        // "Wael Alwan, spokesman for the Free Syrian Army (FSA) rebel group Failaq al Rahman, said": words that go on
        // after a closing bracket continue the phrase the bracket interrupted. After a dateline's dash
        // ("VILLAVICENCIO, Colombia (Reuters) - ... officials said") the story's first sentence begins.
        if (i >= 2 && at.raw(seg[0] - 1).equals(")") && at.raw(segments.get(i - 1)[0] - 1).equals("(")
                && !SentenceTokens.DASHES.contains(at.raw(seg[0]))) {
            return isParenthetical(segments, i - 2);
        }
        int[] previous = segments.get(i - 1);
        if (previous[0] < previous[1] && INTRODUCTORY.contains(at.word(previous[0]))) {
            return false;
        }
        if (completesPlace(previous, seg) || describesPersonBefore(previous, seg)) {
            return true;
        }
        // "Weldon, speaking in an interview with WPIX-TV, said": a participle opens a phrase about the subject.
        String first = at.raw(seg[0]);
        boolean participle = !at.isCapitalized(seg[0]) && (first.endsWith("ing") || first.endsWith("ed")) && first.length() > 4;
        boolean opensLikeOne = APPOSITION_STARTS.contains(at.word(seg[0])) || first.equals("(") || participle;
        return opensLikeOne && lastCandidate(segments.get(i - 1)[0], segments.get(i - 1)[1]) != null;
    }

    /**
     * Whether {@code seg} is a role phrase set off after a person's name ("Randy Harl, president and chief executive of
     * Kellogg, Brown & Root, said", "Chris Mumm, Iraq project director for the Bechtel Corporation, said"): an
     * apposition, whose organisation is where the person works, not the subject of the cue. The role word comes before
     * any preposition or verb, so "Smith, whose group met the director, said" is no such phrase.
     */
    private boolean describesPersonBefore(int[] previous, int[] seg) {
        Mention person = at.mention(previous[1] - 1);
        if (previous[0] >= previous[1] || person == null || person.type() != EntityType.PERSON || inQuote(previous[1] - 1)) {
            return false;
        }
        for (int t = seg[0]; t < seg[1]; t++) {
            String w = at.word(t);
            if (SpeakerDetails.isRoleWord(w)) {
                return true;
            }
            if (PREPOSITIONS.contains(w) || SpeechCues.isVerb(w) || SpeechCues.AUXILIARIES.contains(w) || at.isPunctuation(t)
                    && !at.raw(t).equals("-") || at.mention(t) != null && at.mention(t).type() == EntityType.PERSON) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether {@code seg} is only a place that ends the name before its comma ("the University of California, Berkeley,",
     * "Linden, N.J.,"): part of that name, not a subject.
     */
    private boolean completesPlace(int[] previous, int[] seg) {
        Mention m = at.mention(seg[0]);
        if (m == null || m.type() != EntityType.LOCATION || previous[0] >= previous[1] || !at.isCapitalized(previous[1] - 1)
                || at.mention(previous[1] - 1) == null) {
            return false;
        }
        int t = seg[0];
        while (t < seg[1] && at.mention(t) == m) {
            t++;
        }
        return t == seg[1];
    }

    /** The candidate nearest the end of {@code [from, to)} that is not a modifier after a preposition, else the nearest. */
    private SpeakerRef lastCandidate(int from, int to) {
        int end = at.auxiliariesBefore(from, to);
        SpeakerRef fallback = null;
        for (int t = end - 1; t >= from; t--) {
            if (inQuote(t)) {
                continue;
            }
            SpeakerRef c = candidateEndingAt(t, from);
            if (c == null) {
                continue;
            }
            int first = at.firstTokenAtOrAfter(c.span().begin());
            boolean modifier = followsPreposition(first, from);
            if (!modifier) {
                return c;
            }
            SpeakerRef holder = roleHolder(c, first, from);
            if (holder != null) {
                return holder;
            }
            if (fallback == null) {
                fallback = c;
            }
            t = first;
        }
        return fallback;
    }

    /**
     * The one who holds a role whose organisation or place is the name {@code c} (opening at token {@code first}) after
     * "of", "to", "for" or "at" ("the head of the CIA said", "China's ambassador to Britain accused"): the phrase from
     * its article or owner to the name's end, as words to be linked like any description; {@code null} when no role
     * word stands before the preposition.
     */
    private SpeakerRef roleHolder(SpeakerRef c, int first, int from) {
        int preposition = phraseOpening(first, from) - 1;
        int role = preposition - 1;
        if (role < from || !ROLE_PREPOSITIONS.contains(at.word(preposition)) || !SpeakerDetails.isRoleWord(at.word(role))) {
            return null;
        }
        int begin = role;
        while (begin > from && role - begin < MAX_PHRASE_TOKENS && !SpeechCues.DETERMINERS.contains(at.word(begin))
                && (!at.isPunctuation(begin - 1) || at.isPossessive(begin - 1)) && !SpeechCues.isVerb(at.word(begin - 1))
                && !PREPOSITIONS.contains(at.word(begin - 1))) {
            begin--;
        }
        Span span = new Span(at.span(begin).begin(), c.span().end());
        return new SpeakerRef(span, span.of(at.text), null, false);
    }

    /**
     * The token of the role word whose organisation or place a name opening at token {@code first} is, after "of",
     * "to", "for" or "at" and maybe "the" ("the head of the CIA", "China's ambassador to Britain"); {@code -1} when no
     * role word stands there.
     */
    static int roleWordBefore(ArticleText at, int first) {
        int p = at.word(first - 1).equals("the") ? first - 2 : first - 1;
        return ROLE_PREPOSITIONS.contains(at.word(p)) && SpeakerDetails.isRoleWord(at.word(p - 1)) ? p - 1 : -1;
    }

    /** A name, pronoun or people phrase whose last token is {@code t}, or {@code null}. */
    private SpeakerRef candidateEndingAt(int t, int from) {
        SpeakerRef name = named(t);
        if (name != null) {
            return name;
        }
        String w = at.word(t);
        if (SpeechCues.PRONOUNS.contains(w)) {
            return new SpeakerRef(at.span(t), at.raw(t), null, true);
        }
        if ((t == from || at.isPunctuation(t - 1)) && standsForPeople(t)) {
            return new SpeakerRef(at.span(t), at.raw(t), null, false);
        }
        if (SpeechCues.isPeopleNoun(w) || isSubjectPhraseHead(t, from)) {
            int begin = t;
            while (begin > from && t - begin < MAX_PHRASE_TOKENS && !at.isPunctuation(begin - 1) || begin > from && at.raw(begin - 1).equals("-")) {
                if (SpeechCues.DETERMINERS.contains(at.word(begin - 1))) {
                    begin--;
                    break;
                }
                // "The admitted terrorist said": a verb form right after a determiner is an adjective of the phrase.
                boolean adjective = begin - 2 >= from && SpeechCues.DETERMINERS.contains(at.word(begin - 2));
                if (SpeechCues.isVerb(at.word(begin - 1)) && !adjective
                        || Set.of("that", "which", "who", "as", "while", "when", "if", "because").contains(at.word(begin - 1))) {
                    break;
                }
                begin--;
            }
            Span span = new Span(at.span(begin).begin(), at.span(t).end());
            return new SpeakerRef(span, span.of(at.text), null, false);
        }
        return null;
    }

    /**
     * A noun right before the cue that closes a short phrase opened by a determiner at the start of its clause
     * ("The commission says", "The clip says"): the subject, whatever the noun.
     */
    private boolean isSubjectPhraseHead(int t, int from) {
        int verb = t + 1;
        while (verb < at.size() && at.word(verb).endsWith("ly") && at.mention(verb) == null) {
            verb++;
        }
        boolean followedByCue = SpeechCues.isVerb(at.word(verb)) || SpeechCues.ATTITUDES.contains(at.word(verb))
                || SpeechCues.AUXILIARIES.contains(at.word(verb));
        // "one of the states": a phrase does not end on "the" or "of".
        if (!followedByCue || at.isPunctuation(t) || ARTICLES.contains(at.word(t)) || PREPOSITIONS.contains(at.word(t))) {
            return false;
        }
        // "the 34-year-old mother of three replied": the tokenizer splits at hyphens, which stay inside the phrase.
        for (int b = t - 1; b >= from && t - b <= MAX_PHRASE_TOKENS; b--) {
            if (at.isPunctuation(b) && !at.isPossessive(b) && !at.raw(b).equals("-")) {
                return false;
            }
            if (SpeechCues.DETERMINERS.contains(at.word(b))) {
                return b == from || at.isPunctuation(b - 1) || SpeechCues.isVerb(at.word(b - 1)) == false && b == at.sentenceStart(b);
            }
        }
        return false;
    }

    /** A capitalised word right before a cue that the tagger did not tag ("Ditto said") is taken as a name. */
    SpeakerRef untaggedNameBefore(int cue, int from) {
        int t = cue - 1;
        while (t >= from && SpeechCues.AUXILIARIES.contains(at.word(t))) {
            t--;
        }
        if (t < from || !at.isCapitalized(t) || at.mention(t) != null || SpeechCues.DETERMINERS.contains(at.word(t))
                || SpeechCues.PRONOUNS.contains(at.word(t)) || SpeechCues.NOT_NAMES.contains(at.word(t))
                || SpeechCues.CALENDAR.contains(at.word(t)) || at.isPunctuation(t) || SpeechCues.NOUN_LIKE.contains(at.word(cue))) {
            return null;
        }
        // "Russian state TV said": a capitalised head noun after lower-case words heads a description, not a name.
        if (SpeechCues.PEOPLE_NOUNS.contains(at.word(t)) && t > from && !at.isCapitalized(t - 1) && !at.isPunctuation(t - 1)) {
            return null;
        }
        int begin = t;
        while (begin > from && at.isCapitalized(begin - 1) && t - begin < 3 && !SpeechCues.DETERMINERS.contains(at.word(begin - 1))) {
            begin--;
        }
        Span span = new Span(at.span(begin).begin(), at.span(t).end());
        return new SpeakerRef(span, span.of(at.text), Mention.at(at.text, span, EntityType.PERSON), false);
    }

    /**
     * The speaker named after a token: a name mention, a pronoun, capitalised words taken as a name, or a people
     * phrase ("the spokesman"). {@code null} when none starts there.
     */
    SpeakerRef after(int t, int limit) {
        int i = t;
        if (i >= limit) {
            return null;
        }
        SpeakerRef name = named(i);
        if (name != null) {
            // "according to Qatar's foreign ministry spokesman": a name that owns the phrase is no speaker.
            SpeakerRef owned = possessed(name, limit);
            return owned != null ? owned : titledAfter(name, limit);
        }
        String w = at.word(i);
        if (SpeechCues.PRONOUNS.contains(w)) {
            return new SpeakerRef(at.span(i), at.raw(i), null, true);
        }
        SpeakerRef titled = titledName(i, limit);
        if (titled != null) {
            return titled;
        }
        if (at.isCapitalized(i) && !SpeechCues.DETERMINERS.contains(w) && !SpeechCues.NOT_NAMES.contains(w)
                && !SpeechCues.CALENDAR.contains(w)) {
            int end = i;
            while (end + 1 < limit && end - i < 3 && (at.isCapitalized(end + 1) || at.raw(end + 1).equals("-") && at.isCapitalized(end + 2))) {
                end++;
            }
            Span span = new Span(at.span(i).begin(), at.span(end).end());
            String text = span.of(at.text);
            return new SpeakerRef(span, text, new Mention(span, text, EntityType.PERSON), false);
        }
        if (SpeechCues.DETERMINERS.contains(w)) {
            for (int j = i + 1; j < limit && j - i <= MAX_PHRASE_TOKENS && !at.isPunctuation(j); j++) {
                if (SpeechCues.PEOPLE_NOUNS.contains(at.word(j)) && !SpeechCues.PEOPLE_NOUNS.contains(at.word(j + 1))) {
                    Span span = new Span(at.span(i).begin(), at.span(j).end());
                    return new SpeakerRef(span, span.of(at.text), null, false);
                }
            }
        }
        return describedName(i, limit, MAX_DESCRIPTION_TOKENS);
    }

    /**
     * The person a title names after the organisation or place it belongs to ("according to GOP Sen. Mike Rounds",
     * "according to CIA Director Mike Pompeo"): the name before the title says whose office it is; {@code name}
     * itself when no role word or short title follows it, or no person is named after that.
     */
    private SpeakerRef titledAfter(SpeakerRef name, int limit) {
        int next = at.lastTokenEndingBy(name.span().end()) + 1;
        if (name.named().type() == EntityType.PERSON || next >= limit || !at.isCapitalized(next)
                || !SpeakerDetails.isRoleWord(at.word(next)) && !DescriptionAntecedents.isAbbreviatedTitle(at.word(next))) {
            return name;
        }
        SpeakerRef person = titledName(next, limit);
        return person != null ? person : name;
    }

    /**
     * The person the tagger named after capitalised words of title that open at token {@code i} ("said Israeli Prime
     * Minister Benjamin Netanyahu", "according to Syrian President Bashar al-Assad"): the title is the person's, and
     * its words are no name of their own; {@code null} when no such name follows.
     */
    private SpeakerRef titledName(int i, int limit) {
        for (int j = i; j < limit && j - i <= MAX_DESCRIPTION_TOKENS && (at.isCapitalized(j) || at.raw(j).equals(".")); j++) {
            Mention m = at.mention(j);
            if (m != null) {
                return j > i && m.type() == EntityType.PERSON ? named(j) : null;
            }
        }
        return null;
    }

    /**
     * The speaker after a cue verb that follows its quote ("...,” said his grandfather, Sam Oaks."): in that inverted
     * order the phrase after the verb is the subject whatever its head noun ("said a passenger leaning out of ..."),
     * and a name set off after a description by a comma is the one it describes. {@code null} when none starts there
     * or the phrase is a time ("said this week").
     */
    SpeakerRef afterCue(int t, int limit) {
        SpeakerRef s = after(t, limit);
        SpeakerRef owned = s != null && s.named() != null ? possessed(s, limit) : null;
        if (owned != null) {
            return owned;
        }
        if (s != null && s.named() != null) {
            // "said IMF chief economist Pierre-Olivier Gourinchas", "said Kyiv resident Svitlana Onofryichuk": a name
            // that opens a description is what the person named at its end speaks for or comes from.
            int last = at.lastTokenEndingBy(s.span().end());
            SpeakerRef head = describedName(last, limit, MAX_DESCRIPTION_TOKENS);
            if (head != null && at.firstTokenAtOrAfter(head.span().begin()) > last + 1) {
                return head;
            }
        }
        if (s == null && t < limit && SpeechCues.DETERMINERS.contains(at.word(t))) {
            s = determinedPhrase(t, limit);
        }
        if (s == null && t < limit && !at.isPunctuation(t)) {
            // "said former Pennsylvania Gov. and party chairman Ed Rendell": a description opening with a word no
            // rule above takes, the person named at its end.
            s = describedName(t - 1, limit, MAX_LONG_DESCRIPTION_TOKENS);
        }
        if (s != null && s.named() == null && !s.pronoun()) {
            int last = at.lastTokenEndingBy(s.span().end());
            SpeakerRef name = nameInApposition(last, limit);
            name = name != null ? name : nameClosingDescription(last, limit);
            return name != null ? name : s;
        }
        return s;
    }

    /**
     * "..., says the chairman of Kazakhstan's atomic energy committee Temir Zhantikin.": the person named where a
     * description after the cue ends, with no comma between, is the one it describes. The name must close the phrase
     * and follow a word of it, not a preposition, article or possessive: "said the wife of Richard Olson" is the wife.
     * {@code null} when no such name follows the description that ends at token {@code t}.
     */
    private SpeakerRef nameClosingDescription(int t, int limit) {
        for (int j = t + 1; j < limit && j - t <= MAX_LONG_DESCRIPTION_TOKENS; j++) {
            Mention m = at.mention(j);
            if (m != null && m.type() == EntityType.PERSON) {
                int next = at.firstTokenAtOrAfter(m.span().end());
                boolean closes = next >= limit || at.isPunctuation(next) && !at.isPossessive(next) && !at.raw(next).equals("-");
                boolean afterWord = !at.isPunctuation(j - 1) && !PREPOSITIONS.contains(at.word(j - 1))
                        && !ARTICLES.contains(at.word(j - 1));
                return closes && afterWord && at.firstTokenAtOrAfter(m.span().begin()) == j ? named(j) : null;
            }
            if (!isDescriptionWord(at, j)) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether token {@code j} may stand inside a description of a person that a name closes: a word of a title or an
     * office, a place or body it is of ("of", "for", "and", a possessive, a hyphen), never a clause, a verb, a pronoun
     * or punctuation that ends the phrase.
     */
    static boolean isDescriptionWord(ArticleText at, int j) {
        String w = at.word(j);
        if (at.isPossessive(j) || at.raw(j).equals("-")) {
            return true;
        }
        boolean joins = w.equals("of") || w.equals("for") || w.equals("and");
        return joins || !at.isPunctuation(j) && !NOT_DESCRIPTION.contains(w) && !PREPOSITIONS.contains(w)
                && !SpeechCues.PRONOUNS.contains(w) && !SpeechCues.isVerb(w) && !w.endsWith("ing")
                && !w.equals("who") && !w.equals("which");
    }

    /** "the man", "a passenger" from its determiner to its last word before a clause, preposition or comma; {@code null} for a time. */
    private SpeakerRef determinedPhrase(int t, int limit) {
        int end = t;
        for (int j = t + 1; j < limit && j - t <= MAX_PHRASE_TOKENS; j++) {
            if (at.mention(j) != null) {
                // "a Nevada Democrat", "a Hamas official": a name that modifies the word after it is inside the phrase.
                Mention name = at.mention(j);
                int next = at.firstTokenAtOrAfter(name.span().end());
                if (next < limit && next - t <= MAX_PHRASE_TOKENS && at.mention(next) == null && canEndPhrase(next)) {
                    j = next;
                } else {
                    // "the so-called Syrian Observatory", "the Kurdish-led Syrian Democratic Forces": a name that ends
                    // the phrase is its head, and the one who speaks.
                    return new SpeakerRef(name.span(), name.text(), name, false);
                }
            } else if (!canEndPhrase(j) && !at.raw(j - 1).equals("-") && !modifiesLastNoun(j, limit)) {
                // A word fused to the one before by a hyphen ("so-called", "UK-based") is part of a modifier, never
                // the verb or clause that ends the phrase.
                break;
            }
            end = j;
        }
        if (end == t || TIMES.contains(at.word(end)) || SpeechCues.CALENDAR.contains(at.word(end))) {
            return null;
        }
        Span span = new Span(at.span(t).begin(), at.span(end).end());
        return new SpeakerRef(span, span.of(at.text), null, false);
    }

    /**
     * Whether token {@code j}, a word in -ing, modifies the noun right after it that ends the phrase ("a UK-based
     * monitoring group.", "the ruling party,"), rather than opening a clause ("a man standing nearby").
     */
    private boolean modifiesLastNoun(int j, int limit) {
        return at.word(j).endsWith("ing") && j + 1 < limit && at.mention(j + 1) == null && canEndPhrase(j + 1)
                && !at.isPunctuation(j + 1) && (j + 2 >= limit || at.isPunctuation(j + 2) && !at.raw(j + 2).equals("-"));
    }

    /**
     * "said Clinton's introducer, actress Jamie Lee Curtis", "said Obama's spokesman", "according to Qatar's foreign
     * ministry spokesman Majed al-Ansari", "said the BBC's Lyse Doucet": after a possessive the one who speaks is what
     * the name owns: the person named right after it or after the title it bears, the body or person that ends it,
     * the person named in apposition to it, else its words; {@code null} when {@code owner} is not followed by a
     * possessive and a noun. A name inside it that the words after it go on from modifies them ("Amnesty
     * International's Middle East director").
     */
    private SpeakerRef possessed(SpeakerRef owner, int limit) {
        int p = at.firstTokenAtOrAfter(owner.span().end());
        if (p + 1 >= limit || !(at.raw(p).equals("'s") || at.raw(p).equals("’s") || at.raw(p).equals("'") || at.raw(p).equals("’"))) {
            return null;
        }
        int end = p;
        for (int j = p + 1; j < limit && j - p <= MAX_PHRASE_TOKENS && canEndPhrase(j); j++) {
            Mention m = at.mention(j);
            if (m != null) {
                int next = at.firstTokenAtOrAfter(m.span().end());
                boolean headed = end == p || SpeechCues.isPeopleNoun(at.word(end)) || SpeakerDetails.isRoleWord(at.word(end));
                if (m.type() == EntityType.PERSON && headed) {
                    return named(j);
                }
                if (m.type() == EntityType.PERSON || next >= limit || at.mention(next) != null || !canEndPhrase(next)) {
                    return end == p && m.type() == EntityType.ORGANIZATION ? named(j) : phraseOrNull(owner, end, p, limit);
                }
                j = next;
            }
            end = j;
        }
        return phraseOrNull(owner, end, p, limit);
    }

    /** The possessed phrase from {@code owner} through token {@code end}, or the name in apposition to it; {@code null} when it is empty. */
    private SpeakerRef phraseOrNull(SpeakerRef owner, int end, int p, int limit) {
        if (end == p) {
            return null;
        }
        SpeakerRef name = nameInApposition(end, limit);
        if (name != null) {
            return name;
        }
        Span span = new Span(owner.span().begin(), at.span(end).end());
        return new SpeakerRef(span, span.of(at.text), null, false);
    }

    /** Whether token {@code j} may be the last word of a described speaker: no punctuation, clause or preposition. */
    private boolean canEndPhrase(int j) {
        String w = at.word(j);
        return !(at.isPunctuation(j) && !at.raw(j).equals("-") || NOT_DESCRIPTION.contains(w) || PREPOSITIONS.contains(w)
                || w.endsWith("ing") || SpeechCues.isVerb(w) || w.equals("who") || w.equals("which"));
    }

    /**
     * The person named right after a comma that follows token {@code t} ("his grandfather, Sam Oaks"), past a short
     * phrase of place or origin ("another rebel at Ras Lanouf, Borawi Saleh"); {@code null} when none is.
     */
    private SpeakerRef nameInApposition(int t, int limit) {
        if (t + 1 < limit && PREPOSITIONS.contains(at.word(t + 1))) {
            int c = t + 2;
            while (c < limit && c - t <= 6 && !at.isPunctuation(c)) {
                c++;
            }
            t = c - 1;
        }
        if (t + 2 >= limit || !at.raw(t + 1).equals(",")) {
            return null;
        }
        SpeakerRef name = named(t + 2);
        return name != null && name.named().type() == EntityType.PERSON
                && at.firstTokenAtOrAfter(name.span().begin()) == t + 2 ? name : null;
    }

    private static final Set<String> TIMES = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years",
            "morning", "afternoon", "evening", "night", "weekend", "time", "times", "hour", "hours", "minute", "minutes",
            "moment", "interview", "statement", "briefing", "conference");

    /**
     * "..., said 9/11 widow Terry Strada.", "..., said former ambassador Ryan Crocker.", "..., said 19-year-old carpet
     * seller Hamid Hashimi.": the name after its description; hyphens inside it do not count as words.
     */
    private SpeakerRef describedName(int i, int limit, int maxTokens) {
        int hyphens = 0;
        for (int j = i + 1; j < limit && j - i - hyphens <= maxTokens && (!at.isPunctuation(j) || at.raw(j).equals("-")); j++) {
            if (at.raw(j).equals("-")) {
                hyphens++;
                continue;
            }
            boolean joinsTitles = (at.word(j - 1).equals("and") || at.word(j - 1).equals("of")) && at.isCapitalized(j);
            if (NOT_DESCRIPTION.contains(at.word(j - 1)) && !joinsTitles || SpeechCues.PRONOUNS.contains(at.word(j - 1))) {
                // "― just as he did with Romney": a clause, not a description of the name.
                return null;
            }
            SpeakerRef name = named(j);
            if (name != null && name.named() != null && name.named().type() == EntityType.PERSON) {
                return name;
            }
        }
        return null;
    }

    /** Words between a name that opens a description and the person it describes ("IMF chief economist"). */
    private static final int MAX_DESCRIPTION_TOKENS = 5;
    /** Words of a description before the person it describes, when no name opens it. */
    private static final int MAX_LONG_DESCRIPTION_TOKENS = 10;
    private static final Set<String> NOT_DESCRIPTION = Set.of("as", "just", "did", "does", "do", "with", "when", "while",
            "if", "that", "than", "like", "but", "and", "or", "to", "in", "on", "at", "by", "from");
}
