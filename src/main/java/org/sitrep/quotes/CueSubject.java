package org.sitrep.quotes;

import java.util.List;
import java.util.Set;
import org.sitrep.core.Dependencies;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;
import org.sitrep.core.SpanSet;

/**
 * The speaker a cue's dependency parse names: the subject of the cue verb ("Pakistan's Foreign Minister Shah Mehmood
 * Qureshi welcomed": Qureshi, not Pakistan), of the verb it is coordinated with or subordinate to ("bin Laden has
 * warned ... and promised"), the agent of a passive cue, the noun a relative clause describes ("Qureshi, who said"),
 * the object of "according to"; a named subject's name in apposition when the subject is a description ("A U.S.
 * official, Larry Tersone, told"); the one quoted "as saying", not the one who quotes. Word positions cannot see past
 * possessives, coordinations and long subjects; the parse can. Never a speaker inside quote marks.
 */
final class CueSubject {
    /** Relations through which a cue with no subject of its own takes its head verb's subject. */
    private static final Set<String> SHARING = Set.of("conj", "advcl", "xcomp", "parataxis");
    /** Tokens a described subject may span: longer ones are clauses the parser took for a noun phrase. */
    private static final int MAX_PHRASE_TOKENS = 8;
    /** The relations by which a described subject's name depends on it. */
    private static final List<String> DESCRIBED_BY = List.of("appos", "conj");
    /** Tokens a coordination of speakers may span: longer ones carry clauses that are no part of who spoke. */
    private static final int MAX_COORDINATION_TOKENS = 12;

    private final ArticleText at;
    private final SpanSet quoted;

    CueSubject(ArticleText at, SpanSet quoted) {
        this.at = at;
        this.quoted = quoted;
    }

    /**
     * The speaker the parse of the cue's sentence names, or {@code null} when there is no parse, it names none or it
     * names the medium of a statement ("according to a statement issued by the brigade": a statement, which says
     * nothing of whose words they are). Only the sentence's words up to the cue, or up to the speaker found by word
     * positions when that stands after it ("according to X"), are parsed: the subject stands there; and of those, the
     * words after a quotation before the cue only ({@link #from}).
     */
    SpeakerRef of(Attribution found) {
        int t = at.firstTokenAtOrAfter(found.cue().begin());
        if (t >= at.size()) {
            return null;
        }
        int sentence = at.sentenceOf(t);
        int through = at.lastTokenEndingBy(found.cue().end());
        if (found.speaker() != null) {
            through = Math.max(through, at.lastTokenEndingBy(found.speaker().span().end()));
        }
        int first = from(sentence, t, found.speaker());
        Dependencies d = at.syntax.of(sentence, first, through).orElse(null);
        if (d == null) {
            return null;
        }
        SpeakerRef who = relativeName(d, first, t - first);
        int subject = who != null ? -1 : subject(d, t - first, i -> at.word(first + i));
        SpeakerRef s = who != null ? who : subject < 0 || at.inAny(first + subject, quoted) ? null : speaker(d, first, subject);
        return s == null || DirectQuoteFinder.isMedium(s) ? null : s;
    }

    /**
     * Who speaks quoted words set inside the writer's sentence ("bin Laden has warned Muslims against ... and promised
     * the “liberation of Palestine”", "a Syrian refugee who feared regime retaliation ..., said that the claim is
     * “absolutely not true”"): the subject of the nearest verb of saying or naming above the words in the parse of
     * their sentence that has a subject of its own, or, when none has, the subject a participle or coordinated cue on
     * the way takes from its head ({@link #subject}). Words that stand in a reported clause ("..., suggesting that
     * 2023 “will feel like a recession” ..., he said") are the reporting verb's subject's, not the subject a participle
     * in the clause borrows. {@code null} when the sentence has no parse, no such verb governs the words, the nearest
     * one is passive with no agent ("who was described as “armed and dangerous”": the describer is unnamed), or the
     * subject stands in quote marks or names a medium.
     */
    Attribution governing(Span words) {
        int t = at.firstTokenAtOrAfter(words.begin());
        int last = at.lastTokenEndingBy(words.end());
        if (t >= at.size() || last < t || at.sentenceOf(last) != at.sentenceOf(t)) {
            return null;
        }
        int sentence = at.sentenceOf(t);
        int first = at.sentences.get(sentence).firstToken();
        if (!hasGoverningWord(first, at.sentenceEnd(t))) {
            return null;
        }
        Dependencies d = at.syntax.of(sentence, first, at.sentenceEnd(t) - 1).orElse(null);
        // A verb of saying among the quoted words is part of what was said ("reports that X “says the caption was a
        // mistake”"): the words' speaker governs them from outside.
        int head = d == null ? -1 : outsideHead(d, t - first, last - first);
        head = head < 0 ? -1 : d.head(head);
        int borrowed = -1;
        int borrowedCue = -1;
        for (int v = head, steps = 0; v >= 0 && steps < MAX_GOVERNING_STEPS; v = d.head(v), steps++) {
            String w = at.word(first + v);
            if (!d.tag(v).startsWith("VB") || !isGoverningWord(w) && !voicesStance(d, v, first)
                    || openingSubordinate(d, v, first, t - first)) {
                continue;
            }
            int reported = reportedObject(d, v, i -> at.word(first + i));
            int own = reported >= 0 ? reported : ownSubject(d, v);
            if (own == PASSIVE_WITHOUT_AGENT) {
                return null;
            }
            if (own >= 0) {
                return governed(d, first, own, v);
            }
            if (borrowed < 0) {
                borrowed = headVerbSubject(d, v, first, t - first);
                borrowedCue = v;
            }
        }
        return borrowed >= 0 ? governed(d, first, borrowed, borrowedCue) : null;
    }

    /**
     * Whether a token of {@code [from, to)} is a word of saying or naming that {@link #governing} may take: a sentence
     * without one has no governing verb, and is not parsed (a parse costs more than the rest of the quotes stage).
     */
    private boolean hasGoverningWord(int from, int to) {
        for (int i = from; i < to; i++) {
            if (isGoverningWord(at.word(i))) {
                return true;
            }
        }
        return false;
    }

    /** A word of saying or naming, not of feeling ("felt the need to go there bringing “gifts”"), that may govern quoted words. */
    private static boolean isGoverningWord(String w) {
        return (SpeechCues.isFramingCue(w) || SpeechCues.NAMING.contains(w)) && !DirectQuoteFinder.MENTAL.contains(w);
    }

    /**
     * Whether the verb puts forward a stance named by its object, which the quoted words tell of ("Hill voiced concern
     * about what North Korea “might do ...,” Reuters reported": Hill's words, not the agency's, which reported them).
     */
    private boolean voicesStance(Dependencies d, int verb, int first) {
        int object = d.dependent(verb, "obj");
        return object >= 0 && StanceFrames.voicesStance(at.word(first + verb), at.word(first + object));
    }

    /** Verbs up the parse from quoted words to the one that governs them: a few clauses, never the whole article's. */
    private static final int MAX_GOVERNING_STEPS = 8;
    private static final int PASSIVE_WITHOUT_AGENT = -2;

    /**
     * Whether the verb is that of a clause of time or cause opening the sentence, closed by a comma before the quoted
     * words at {@code quote} ("When Kroft asked ..., Obama went so far as to refer to them as “folks”"): what that
     * clause says was said is not the words of the main clause, which the parser may have hung under it. A clause
     * later in the sentence ("..., while Tehran denied anything other than “routine” ...") holds its own words.
     */
    private boolean openingSubordinate(Dependencies d, int verb, int first, int quote) {
        if (!DirectQuoteFinder.SUBORDINATORS.contains(at.word(first)) || d.head(0) != verb
                || !Dependencies.isA(d.relation(0), "mark") && !Dependencies.isA(d.relation(0), "advmod")) {
            return false;
        }
        for (int t = verb + 1; t < quote; t++) {
            if (at.raw(first + t).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject a cue with none of its own takes from the verb it is coordinated with or subordinate to ("Syrian
     * officials characterized the center as scientific and said": the officials, not the center the adjective is
     * said of); -1 when no verb up that way has one, or the way leads into a clause of time opening the sentence.
     */
    private int headVerbSubject(Dependencies d, int cue, int first, int quote) {
        int verb = cue;
        for (int steps = 0; steps < 4 && verb >= 0; steps++) {
            String relation = d.relation(verb);
            String base = relation.contains(":") ? relation.substring(0, relation.indexOf(':')) : relation;
            int clause = objectsClause(d, verb, i -> at.word(first + i));
            if (clause >= 0) {
                verb = clause;
            } else if (!SHARING.contains(base) && !base.equals("dep")) {
                return -1;
            } else {
                verb = d.head(verb);
            }
            if (verb >= 0 && openingSubordinate(d, verb, first, quote)) {
                return -1;
            }
            int own = verb >= 0 && d.tag(verb).startsWith("VB") ? ownSubject(d, verb) : -1;
            if (own >= 0) {
                return own;
            }
        }
        return -1;
    }

    /**
     * The verb of the main clause whose object a participle or coordinated verb hangs under in the parse ("The pontiff
     * expressed condolences to the patriarch, Tawadros II, calling him “my brother” ... and said he was praying": the
     * parser hangs "calling" on "patriarch" and "said" on a noun after it): a participle set off after the clause by a
     * comma, and a verb joined by "and", tell what the clause's subject did, never what an object or an apposition to
     * one did. -1 when the verb hangs under a verb, is no such participle or coordinated verb, the noun it hangs
     * under stands in a subject ("troops, acting on a tip, zeroed in": the troops act), or the verb above it is not
     * the sentence's main one ({@link #isMainClause}).
     */
    private static int objectsClause(Dependencies d, int verb, java.util.function.IntFunction<String> words) {
        int head = d.head(verb);
        if (head < 0 || d.tag(head).startsWith("VB")) {
            return -1;
        }
        String relation = d.relation(verb);
        boolean participle = Dependencies.isA(relation, "acl") && d.tag(verb).equals("VBG") && verb > 0
                && words.apply(verb - 1).equals(",");
        boolean coordinated = Dependencies.isA(relation, "conj") && d.tag(verb).startsWith("VB");
        if (!participle && !coordinated) {
            return -1;
        }
        for (int n = head, steps = 0; n >= 0 && steps < MAX_NOUN_STEPS; n = d.head(n), steps++) {
            if (d.tag(n).startsWith("VB")) {
                return isMainClause(d, n) ? n : -1;
            }
            if (Dependencies.isA(d.relation(n), "nsubj") || Dependencies.isA(d.relation(n), "acl:relcl")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the verb heads the sentence, or a verb coordinated with its head: a participle hung under the object of
     * a clause inside the sentence ("spoke at a conference at which officials announced the expansion, saying") is
     * the sentence's subject's, not that clause's.
     */
    private static boolean isMainClause(Dependencies d, int verb) {
        String relation = d.relation(verb);
        return relation.equals("root") || Dependencies.isA(relation, "conj") && d.head(verb) >= 0
                && d.relation(d.head(verb)).equals("root");
    }

    /** Nouns from a participle up to its clause's verb: an object, its apposition and a phrase or two they hold. */
    private static final int MAX_NOUN_STEPS = 4;

    /** The first token of {@code [from, to]} whose head lies outside it: the head of the quoted words; -1 if none. */
    private static int outsideHead(Dependencies d, int from, int to) {
        for (int t = from; t <= to && t < d.size(); t++) {
            int h = d.head(t);
            if ((h < from || h > to) && !Dependencies.isA(d.relation(t), "punct")) {
                return t;
            }
        }
        return -1;
    }

    /**
     * The verb's own speaker: its agent, its active subject, or for a relative clause opened by "who" the noun it
     * describes; {@link #PASSIVE_WITHOUT_AGENT} for a passive verb with no agent; -1 when it has no subject.
     */
    private static int ownSubject(Dependencies d, int verb) {
        int agent = d.dependent(verb, "obl:agent");
        if (agent >= 0) {
            return agent;
        }
        int subject = nearestSubject(d, verb);
        if (subject < 0) {
            return -1;
        }
        if (Dependencies.isA(d.relation(subject), "nsubj:pass")) {
            return PASSIVE_WITHOUT_AGENT;
        }
        boolean relative = Dependencies.isA(d.relation(verb), "acl:relcl") && d.tag(subject).startsWith("W");
        return !relative ? subject : d.tag(subject).equals("WP") ? d.head(verb) : -1;
    }

    private Attribution governed(Dependencies d, int first, int subject, int cue) {
        SpeakerRef who = relativeName(d, first, cue);
        SpeakerRef s = who != null ? who : at.inAny(first + subject, quoted) ? null : speaker(d, first, subject);
        return s == null || DirectQuoteFinder.isMedium(s) ? null : new Attribution(s, at.span(first + cue), at.raw(first + cue));
    }

    /**
     * The whole coordination the speaker is one part of, when the parse makes it the cue's subject ("..., the military
     * and an activist group said": both, not "an activist group"; "said Russia and Iran"): a joint statement is
     * every source's, and crediting the last or first one named alone misreports who spoke. The coordination names
     * several sources and so no one entity: it is returned unlinked, as words, for linking the first would list that
     * source alone as the speaker wherever the statement is shown. {@code speaker} itself when no "and" stands beside
     * it (the sentence is then not parsed), there is no parse, or the parse coordinates nothing with the subject.
     */
    SpeakerRef coordinated(SpeakerRef speaker, Span cue) {
        if (speaker == null || cue == null) {
            return speaker;
        }
        int f = at.firstTokenAtOrAfter(speaker.span().begin());
        int l = at.lastTokenEndingBy(speaker.span().end());
        int c = at.firstTokenAtOrAfter(cue.begin());
        // "Iraq and the United States have complained": an article may stand between "and" and the name.
        int conjunction = f > 0 && SpeechCues.ARTICLES.contains(at.word(f - 1)) ? f - 2 : f - 1;
        boolean before = conjunction >= 0 && at.word(conjunction).equals("and");
        boolean after = l + 1 < at.size() && at.word(l + 1).equals("and");
        if (!before && !after || c >= at.size() || f >= at.size() || at.sentenceOf(f) != at.sentenceOf(c)) {
            return speaker;
        }
        int sentence = at.sentenceOf(c);
        int first = from(sentence, c, speaker);
        int through = after ? at.sentenceEnd(c) - 1 : Math.max(at.lastTokenEndingBy(cue.end()), l);
        Dependencies d = at.syntax.of(sentence, first, through).orElse(null);
        int subject = d == null ? -1 : subject(d, c - first, i -> at.word(first + i));
        int[] range = subject < 0 ? null : coordination(d, subject);
        if (range == null || first + range[0] > f || first + range[1] < l || range[1] - range[0] >= MAX_COORDINATION_TOKENS) {
            return speaker;
        }
        Span span = new Span(at.span(first + range[0]).begin(), at.span(first + range[1]).end());
        return quoted.overlapsAny(span) ? speaker : new SpeakerRef(span, span.of(at.text), null, false);
    }

    /**
     * The first and last token (within the parse) of the coordination headed by {@code subject}: the words it
     * dominates, punctuation at either end left out; {@code null} when nothing is coordinated with it.
     */
    static int[] coordination(Dependencies d, int subject) {
        if (d.dependent(subject, "conj") < 0) {
            return null;
        }
        int[] phrase = d.extent(subject);
        int begin = phrase[0];
        int end = phrase[1];
        while (begin < end && Dependencies.isA(d.relation(begin), "punct")) {
            begin++;
        }
        while (end > begin && Dependencies.isA(d.relation(end), "punct")) {
            end--;
        }
        return new int[] {begin, end};
    }

    /**
     * The first token of the cue's sentence that the parse reads: the first word after the last quotation before the
     * cue ("“We will not leave,” the minister, who ... , said"), for the speaker of a cue stands after the quoted
     * words that precede it, and the parser, which reads left to right, relates the words after them much as it does
     * within the whole sentence (the field figures are the same) while each word it reads costs more than the rest of
     * the pipeline's work on it; never after the speaker found by word positions.
     */
    private int from(int sentence, int cue, SpeakerRef speaker) {
        int first = at.sentences.get(sentence).firstToken();
        int from = first;
        for (int t = cue - 1; t >= first; t--) {
            if (at.inAny(t, quoted)) {
                from = t + 1;
                while (from < cue && at.isPunctuation(from)) {
                    from++;
                }
                break;
            }
        }
        return speaker == null ? from : Math.max(first, Math.min(from, at.firstTokenAtOrAfter(speaker.span().begin())));
    }

    /** The token (within the sentence) that names who spoke the cue at {@code cue}; -1 if none. */
    static int subject(Dependencies d, int cue, java.util.function.IntFunction<String> words) {
        if (Dependencies.isA(d.relation(cue), "case") || Dependencies.isA(d.relation(cue), "mark")) {
            // "according to X": the cue word hangs under X.
            int head = d.head(cue);
            return head >= 0 && Dependencies.isA(d.relation(head), "obl") ? head : -1;
        }
        int quoted = quotedAs(d, cue, words);
        if (quoted >= 0) {
            return quoted;
        }
        int verb = cue;
        for (int steps = 0; steps < 4 && verb >= 0; steps++) {
            int reported = reportedObject(d, verb, words);
            if (reported >= 0) {
                return reported;
            }
            int agent = d.dependent(verb, "obl:agent");
            int subject = nearestSubject(d, verb);
            if (agent >= 0 && (subject < 0 || Dependencies.isA(d.relation(subject), "nsubj:pass"))) {
                return agent;
            }
            if (subject >= 0 && Dependencies.isA(d.relation(subject), "nsubj:pass") && SpeechCues.NAMING.contains(words.apply(verb))) {
                // "He's been called “annoying”": the one a passive naming verb names gave no name; with no agent no one did.
                return -1;
            }
            if (subject >= 0) {
                // "Qureshi, who said": the relative pronoun stands for the person the clause describes ("a comment
                // that described" is no one's words about themselves, so "that" and "which" name no speaker).
                boolean relative = Dependencies.isA(d.relation(verb), "acl:relcl") && d.tag(subject).startsWith("W");
                if (relative && !d.tag(subject).equals("WP")) {
                    return -1;
                }
                return relative ? d.head(verb) : subject;
            }
            String relation = d.relation(verb);
            // "..., saying ...": a participle has no subject of its own and takes its head verb's, whatever relation
            // the parser, unsure, gave it ("dep").
            boolean participle = d.tag(verb).equals("VBG") && Dependencies.isA(relation, "dep") && verb > 0
                    && words.apply(verb - 1).equals(",");
            int clause = objectsClause(d, verb, words);
            if (clause >= 0) {
                verb = clause;
                continue;
            }
            if (!participle && !SHARING.contains(relation.contains(":") ? relation.substring(0, relation.indexOf(':')) : relation)) {
                return -1;
            }
            verb = d.head(verb);
        }
        return -1;
    }

    /**
     * The object of a verb that reports it "as saying" ("State television quoted an unnamed source as saying", "cites
     * him as saying"): the one whose words they are, not the verb's subject; -1 when the verb has no such object.
     */
    private static int reportedObject(Dependencies d, int verb, java.util.function.IntFunction<String> words) {
        int object = d.dependent(verb, "obj");
        if (object < 0) {
            return -1;
        }
        for (int t = 0; t < d.size(); t++) {
            if (d.head(t) == verb && (Dependencies.isA(d.relation(t), "advcl") || Dependencies.isA(d.relation(t), "xcomp"))
                    && t > 0 && d.head(t - 1) == t && words.apply(t - 1).equals("as")) {
                return object;
            }
        }
        return -1;
    }

    /**
     * The one quoted when the cue is a participle of saying right after "as" ("Reuters quoted a police official as
     * saying", "a police official was quoted by Reuters as saying"): the object of the nearest verb above the cue and
     * before the "as", or its passive subject, for a verb that reports someone "as saying" something credits the
     * saying to them, never to its own subject or agent. The parser often hangs the participle on the verb of the
     * clause it reports ("as saying the rebels had withdrawn": "saying" under "had"), so the verb is sought up the
     * cue's heads, not among its own; one after the "as" belongs to what was said. -1 when the cue is no such
     * participle or that verb has neither object nor passive subject ("Lavrov quoted as saying": its subject speaks,
     * as any verb's does).
     */
    private static int quotedAs(Dependencies d, int cue, java.util.function.IntFunction<String> words) {
        if (cue < 1 || !SpeechCues.isSaidAs(words.apply(cue - 1), words.apply(cue))) {
            return -1;
        }
        for (int v = d.head(cue), steps = 0; v >= 0 && steps < 4; v = d.head(v), steps++) {
            if (v < cue - 1 && d.tag(v).startsWith("VB")) {
                int object = d.dependent(v, "obj");
                return object >= 0 ? object : d.dependent(v, "nsubj:pass");
            }
        }
        return -1;
    }

    /** Of the verb's subjects, the nearest before it ("Hamas, he vowed": he), else the first after it; -1 if none. */
    private static int nearestSubject(Dependencies d, int verb) {
        int found = -1;
        for (int t = 0; t < d.size(); t++) {
            if (d.head(t) == verb && Dependencies.isA(d.relation(t), "nsubj")) {
                if (t > verb) {
                    return found >= 0 ? found : t;
                }
                found = t;
            }
        }
        return found;
    }

    /**
     * Whether {@code owner}, found by word positions, only owns the {@code subject} the parse found ("Pakistan's
     * recently restored chief justice opened an inquiry, saying"): followed by a possessive inside it, it modifies the
     * subject's head and is not who spoke.
     */
    boolean owns(SpeakerRef owner, SpeakerRef subject) {
        int next = at.firstTokenAtOrAfter(owner.span().end());
        return next < at.size() && at.isPossessive(next) && subject.span().contains(owner.span())
                && subject.span().end() > at.span(next).end();
    }

    /**
     * Whether the {@code subject} the parse found completes a description that word positions cut short ("A police" of
     * "A police official was quoted by Reuters as saying"): both start on the same word, neither holds a name or is a
     * pronoun, and the subject goes on past the cut, so its head is the word the cut left out.
     */
    boolean completes(SpeakerRef cut, SpeakerRef subject) {
        return cut.named() == null && !cut.pronoun() && subject.named() == null && !subject.pronoun()
                && cut.span().begin() == subject.span().begin() && subject.span().end() > cut.span().end();
    }

    /**
     * Whether the speaker stands right next to the cue ("he vowed", "said Smith"): word positions are surest there,
     * and the parse, which may take a fronted topic for a subject ("Hamas, he vowed"), has nothing to add.
     */
    boolean nextTo(SpeakerRef speaker, Span cue) {
        int cueToken = at.firstTokenAtOrAfter(cue.begin());
        int before = at.lastTokenEndingBy(speaker.span().end());
        int after = at.firstTokenAtOrAfter(speaker.span().begin());
        boolean beside = afterBrackets(before + 1) == cueToken || pastTitle(at.lastTokenEndingBy(cue.end()) + 1, after) == after;
        return beside || isSubjectName(speaker, after, before) && at.pastAuxiliaries(before + 1, cueToken) == cueToken
                || isPerson(speaker, before) && described(cue, cueToken, before, after);
    }

    /**
     * Whether only words describing the person stand between them and the cue: a description after the cue that
     * their name closes ("said former Special Representative for Afghanistan and Pakistan Richard Olson"), or the
     * body or place they are of before it ("Bill Roggio of the Washington-based Foundation for the Defense of
     * Democracies told CNN"). The parse takes the description's head, or the person's, for the subject; the person
     * it describes is the one who spoke.
     */
    private boolean described(Span cue, int cueToken, int before, int after) {
        int cueLast = at.lastTokenEndingBy(cue.end());
        if (after > cueLast) {
            return descriptionRuns(cueLast + 1, after) && !SpeakerLocator.PREPOSITIONS.contains(at.word(after - 1))
                    && !SpeechCues.ARTICLES.contains(at.word(after - 1));
        }
        int of = before + 1;
        return of < cueToken && OF_BODY.contains(at.word(of)) && descriptionRuns(of + 1, at.auxiliariesBefore(of + 1, cueToken));
    }

    /** Prepositions that tie a person to the body or place they speak for ("X of the Foundation", "X at Harvard"). */
    private static final Set<String> OF_BODY = Set.of("of", "from", "at");

    /** Whether every token of {@code [from, to)} may stand inside a description ({@link SpeakerLocator#isDescriptionWord}). */
    private boolean descriptionRuns(int from, int to) {
        if (to - from > MAX_DESCRIPTION_TOKENS) {
            return false;
        }
        for (int t = from; t < to; t++) {
            if (!SpeakerLocator.isDescriptionWord(at, t)) {
                return false;
            }
        }
        return true;
    }

    /** Tokens a description between a person and the cue may span. */
    private static final int MAX_DESCRIPTION_TOKENS = 12;

    /** Whether the speaker is a person the tagger named, ending at token {@code last}. */
    private boolean isPerson(SpeakerRef speaker, int last) {
        Mention m = at.mention(last);
        return m != null && m.type() == EntityType.PERSON && m.span().equals(speaker.span());
    }

    /**
     * Whether the speaker is a name the tagger found that follows no preposition: a subject ("Liu Xiaming has said"),
     * not what a phrase ends on ("Members of the Coptic Church are already calling").
     */
    private boolean isSubjectName(SpeakerRef speaker, int first, int last) {
        Mention m = at.mention(last);
        if (m == null || !m.span().equals(speaker.span())) {
            return false;
        }
        int b = first - 1;
        if (b >= 0 && SpeechCues.ARTICLES.contains(at.word(b))) {
            b--;
        }
        return b < 0 || !SpeakerLocator.PREPOSITIONS.contains(at.word(b));
    }

    /**
     * The first token from {@code t} on that is no capitalised word of a title before the name at {@code name}
     * ("quoted Interior Minister Karim Haddad"): a name they part from the cue before it stands right after it.
     */
    private int pastTitle(int t, int name) {
        while (t < name && (at.isCapitalized(t) || at.raw(t).equals(".")) && at.mention(t) == null) {
            t++;
        }
        return t;
    }

    /** The first token after the bracketed aside that opens at {@code t} ("Cummings (D-Md.) said"), else {@code t}. */
    private int afterBrackets(int t) {
        if (!at.raw(t).equals("(")) {
            return t;
        }
        for (int j = t + 1; j < at.size() && j - t <= MAX_PHRASE_TOKENS; j++) {
            if (at.raw(j).equals(")")) {
                return j + 1;
            }
        }
        return t;
    }

    /** The subject token as a speaker: the name it is part of or stands in apposition with, a pronoun, or its phrase. */
    private SpeakerRef speaker(Dependencies d, int first, int subject) {
        SpeakerRef named = named(first + subject);
        if (named != null) {
            return named;
        }
        // A description's name stands beside it in apposition, or after titles joined by "and" ("former
        // Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell"): one person either way.
        for (String relation : DESCRIBED_BY) {
            int t = d.dependent(subject, relation);
            if (t >= 0 && named(first + t) != null && named(first + t).named().type() == EntityType.PERSON) {
                return named(first + t);
            }
        }
        String w = at.word(first + subject);
        if (SpeechCues.PRONOUNS.contains(w)) {
            return new SpeakerRef(at.span(first + subject), at.raw(first + subject), null, true);
        }
        if (!d.tag(subject).startsWith("NN")) {
            return null;
        }
        int begin = subject;
        while (begin > 0 && d.dominates(subject, begin - 1) && !(at.isPunctuation(first + begin - 1)
                && !at.raw(first + begin - 1).equals("-") && !at.isPossessive(first + begin - 1))) {
            begin--;
        }
        if (subject - begin >= MAX_PHRASE_TOKENS) {
            return null;
        }
        Span span = new Span(at.span(first + begin).begin(), at.span(first + subject).end());
        return new SpeakerRef(span, span.of(at.text), null, false);
    }

    /**
     * The one named right before the "who" that opens the cue's relative clause, or before the comma
     * that sets it off: "a damning reaction from President Barack Obama, who called ...", "an awkward situation for
     * Clinton, who could be ...". "Who" stands for a person, and the parser, which may hang the clause on the head of
     * the whole phrase, would make "a damning reaction" the speaker. {@code null} when the cue opens no such clause or
     * no name ends there.
     */
    private SpeakerRef relativeName(Dependencies d, int first, int cue) {
        int who = Dependencies.isA(d.relation(cue), "acl:relcl") ? nearestSubject(d, cue) : -1;
        if (who <= 0 || !at.word(first + who).equals("who")) {
            return null;
        }
        int t = first + who - (at.raw(first + who - 1).equals(",") ? 2 : 1);
        SpeakerRef s = t >= first ? named(t) : null;
        return s != null && s.span().end() == at.span(t).end() && !at.inAny(t, quoted) ? s : null;
    }

    private SpeakerRef named(int t) {
        Mention m = at.mention(t);
        return m != null && m.type() != EntityType.MISC ? new SpeakerRef(m.span(), m.text(), m, false) : null;
    }
}
