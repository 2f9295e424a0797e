package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Quote;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.Span;
import org.sitrep.core.SpanSet;
import org.sitrep.core.Speaker;
import org.sitrep.core.SpeakerBasis;
import org.sitrep.nlp.PersonGender;

/**
 * The speakers a statement may have and what speaks for each: the rules' choice, and every person and organisation
 * named from the sentence before the statement to the sentence after it, the subject of its paragraph and the last
 * speaker. Features are words about grammar and place that hold in any article (before or after the quote, right
 * before the cue as in "X said", right after it as in "said X", after "told" as the one spoken to, inside the quote,
 * how far, how often named so far, agreement with the rules' pronoun), never the names themselves.
 *
 * <p>More of the same kind did not help: paragraphs back, side and sentence distance and being quoted conjoined with
 * the statement's kind, a name inside a "that" clause, a name that spoke before gave, retrained on PolNeAR train and
 * the field dev half, 5-fold 0.862 -> 0.863 (field dev direct+partial 0.888 -> 0.892 against rules 0.866 -> 0.871)
 * and eval field direct+partial speaker right 0.898 / 0.840 with and without them (dev / test, reported 0.866 ->
 * 0.865 / 0.855 =).
 *
 * <p>Nor did whether the candidate said the statement just before, conjoined with how many paragraphs back (0, 1, 2+)
 * and whether this statement has a cue of its own (stop 51): retrained on PolNeAR train as shipped, 5-fold speaker
 * right at margin 0.2 0.869 -> 0.871 and direct named 0.898 -> 0.902, but eval field direct+partial speaker right
 * 0.923 -> 0.923 / 0.846 -> 0.847 (dev / test) while reported speaker right fell 0.887 -> 0.884 on dev and speaker
 * right of those shown 0.933 -> 0.927 / 0.904 -> 0.902.
 *
 * <p>Nor did, with the addressee and quoting-agent features of stop 52 in training (stop 53), whether the candidate is
 * the subject the parse of the cue's sentence names ({@link CueSubject#of}, alone and conjoined with rule/alt) and how
 * many paragraphs before or after the statement it is named (-2..1): 5-fold on PolNeAR train plus the field dev half,
 * speaker right 0.867 -> 0.870 and direct named 0.895 -> 0.901, but field dev direct+partial 0.907 -> 0.906; retrained
 * (field weight 3, or 1 which 5-fold preferred), eval field direct+partial speaker right fell on test 0.848 -> 0.846
 * (dev 0.927 -> 0.926 / 0.925) and PolNeAR direct speaker right 428 -> 427 of 467 (weight 1). The two stop-52
 * features alone changed no 5-fold figure (field dev 0.907 = 0.907). Keeping a named rules' choice whenever the parse
 * agrees, with the shipped model, left test direct+partial at 0.848 (direct 0.865 -> 0.867, partial 0.802 -> 0.798)
 * and cost dev reported speaker right 0.891 -> 0.889.
 *
 * <p>Nor did learning the same features pairwise (stop 54): a logistic regression on the difference of a right and a
 * wrong candidate's feature vectors of one statement (both ways round), so that a feature weighs against the
 * competitors, the best other candidate replacing the rules' choice when preferred to it with probability above 0.5
 * plus a margin, and the chosen candidate's softmax share of the statement's scores as its band. 5-fold on PolNeAR
 * train plus the field dev half (cost 0.1, field weight 3; speaker right / direct named / field dev direct+partial /
 * field dev reported): pointwise as shipped at 0.2 0.867 / 0.896 / 0.907 / 0.854, pairwise at 0.1 0.873 / 0.905 /
 * 0.907 / 0.855 (cost 0.03 and 1 and field weight 1 gave the same within 0.002), and the bands held (field dev 0.93
 * sure, 0.86 likely). Retrained on all of it, eval field test direct+partial speaker right 0.849 = at margin 0.1
 * (dev 0.927 -> 0.925), 0.845 at 0.2, 0.850 at 0; test reported speaker right fell 0.865 -> 0.862 / 0.862 / 0.861;
 * PolNeAR reported F1 with right speaker 0.561 -> 0.559 at 0.1 (direct 428 of 467 held). The objective, like the
 * features before it, moves PolNeAR and not the field test half.
 */
final class SpeakerCandidates {
    /** The feature of a candidate who is spoken to ({@link #isAddressee}). */
    static final String ADDRESSEE = "addressee";
    /** The feature of a candidate who quotes another ({@link #isQuotingAgent}). */
    static final String QUOTING_AGENT = "quotingAgent";
    private static final Set<String> PREPOSITIONS = Set.of("of", "to", "by", "with", "for", "from", "about", "against",
            "at", "on", "in", "than", "like", "and", "or", "toward", "towards", "into", "over", "under");
    private static final Set<String> APPOSITION_WORDS = Set.of("a", "an", "the", "who", "whose", "which", "one", "former");
    /** Verbs whose object is the one spoken to, beyond {@link SpeechCues#TELLING}: "briefed reporters", "informed Congress". */
    private static final Set<String> ADDRESSING = SpeechCues.union(SpeechCues.TELLING, Set.of(
            "telling", "informed", "informs", "inform", "informing", "briefed", "briefs", "brief", "briefing",
            "addressed", "addressing", "notified", "notifying"));
    /** Nouns of speech whose "to X" names the one spoken or written to: "a letter to Congress", "an alert to residents". */
    private static final Set<String> SPEECH_NOUNS = Set.of("interview", "interviews", "letter", "letters", "message",
            "messages", "alert", "speech", "remarks", "address", "statement", "comments", "appeal", "note", "call",
            "testimony", "briefing");
    private static final Set<String> CLOSING_QUOTES = Set.of("\"", "\u201d", "''", "\u2019", "'");
    /** Verbs of speaking that take the one spoken to after "to" but are no cue of their own: "speaking to reporters". */
    private static final Set<String> SPEAKING = Set.of("spoke", "speaking", "speaks", "speak", "talked", "talking",
            "talk", "explained", "explaining", "explains", "complained", "complaining", "testified", "testifying",
            "wrote", "writing", "writes", "apologized", "apologised", "lied", "boasted", "confided", "remarked");
    /** Verbs and nouns whose "with X" names the one spoken with, not the speaker: "in an interview with CNN", "speaking with reporters". */
    private static final Set<String> SPOKEN_WITH = Set.of("interview", "interviews", "interviewed", "spoke", "speaking",
            "speaks", "talked", "talking", "talks", "chat", "conversation");

    private final ArticleText at;
    private final SpanSet quoted;
    private final SpeakerDetails details;
    private final NamedGenders genders;
    /** Built on first use: an article without named candidates needs none. */
    private SurnameMentions surnames;

    SpeakerCandidates(ArticleText at, SpanSet quoted, SpeakerDetails details, NamedGenders genders) {
        this.at = at;
        this.quoted = quoted;
        this.details = details;
        this.genders = genders;
    }

    /**
     * The candidates for a statement whose rules' speaker is {@code rule} (found from {@code ref} next to the cue
     * {@code cue}), the rules' choice first; {@code earlier} are the article's statements before it.
     */
    List<SpeakerCandidate> of(Span content, QuoteKind kind, Attribution cue, Speaker rule, List<Quote> earlier) {
        Statement s = new Statement(content, kind, cue.cue(), cue.speaker(), rule, earlier);
        String cueWord = cue.cueText() == null ? "none" : cue.cueText().toLowerCase(Locale.ROOT);
        Map<Span, Mention> mentions = new LinkedHashMap<>();
        int first = at.sentenceOf(Math.min(s.contentFirst, s.cueToken));
        int last = at.sentenceOf(Math.max(s.contentLast, s.cueToken));
        int from = at.sentences.get(Math.max(0, first - 1)).firstToken();
        var end = at.sentences.get(Math.min(at.sentences.size() - 1, last + 1));
        int to = end.firstToken() + end.tokenCount();
        for (int t = from; t < to; t++) {
            Mention m = at.mention(t);
            if (m != null && isSpeakerType(m)) {
                mentions.putIfAbsent(m.span(), m);
            }
        }
        Mention lastSpeaker = s.lastSpeaker();
        if (lastSpeaker != null && isSpeakerType(lastSpeaker)) {
            mentions.putIfAbsent(lastSpeaker.span(), lastSpeaker);
        }
        Mention subject = paragraphSubject(content);
        if (subject != null) {
            mentions.putIfAbsent(subject.span(), subject);
        }
        mentions.values().removeIf(m -> isWireCredit(m) || ownsRole(m));
        mentions.remove(rule.span());
        if (rule.named() != null) {
            mentions.remove(rule.named().span());
        }
        List<Speaker> speakers = new ArrayList<>();
        speakers.add(rule);
        for (Mention m : mentions.values()) {
            SpeakerDetails.Details d = details.of(m.text());
            speakers.add(new Speaker(m.span(), m.text(), m, d.role(), d.organisation(), SpeakerBasis.NAME));
        }
        List<List<String>> features = new ArrayList<>();
        for (int i = 0; i < speakers.size(); i++) {
            Speaker c = speakers.get(i);
            List<String> f = features(s, c.span(), c.named(), i == 0, subject);
            f.add("cue=" + cueWord + "&" + (c.span().end() <= at.span(s.cueToken).begin() ? "before" : "after"));
            features.add(f);
        }
        markNearest(s, speakers, features);
        List<SpeakerCandidate> out = new ArrayList<>();
        for (int i = 0; i < speakers.size(); i++) {
            out.add(new SpeakerCandidate(speakers.get(i), i == 0, features.get(i)));
        }
        return out;
    }

    /**
     * Marks the candidates nearest the cue, on either side and in all, outside the statement's words: a linear model
     * scores each candidate alone, and "the nearest name before the cue" compares it with the others.
     */
    private void markNearest(Statement s, List<Speaker> speakers, List<List<String>> features) {
        int[] best = {-1, -1, -1};
        int[] bestDistance = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        for (int i = 0; i < speakers.size(); i++) {
            Span span = speakers.get(i).span();
            if (span.overlaps(s.content) || quoted.overlapsAny(span)) {
                continue;
            }
            int first = Math.min(at.firstTokenAtOrAfter(span.begin()), at.size() - 1);
            int last = Math.max(first, at.lastTokenEndingBy(span.end()));
            boolean after = first > s.cueToken;
            int distance = after ? first - s.cueToken : s.cueToken - last;
            for (int k : new int[] {0, after ? 2 : 1}) {
                if (distance < bestDistance[k]) {
                    bestDistance[k] = distance;
                    best[k] = i;
                }
            }
        }
        String[] names = {"nearest", "nearestBeforeCue", "nearestAfterCue"};
        for (int k = 0; k < 3; k++) {
            if (best[k] >= 0) {
                features.get(best[k]).add(names[k]);
            }
        }
    }

    /** The word before or after a candidate as a feature: a cue, auxiliary, preposition or determiner; else its shape. */
    private String neighbour(int t) {
        if (t < 0 || t >= at.size()) {
            return "edge";
        }
        String w = at.word(t);
        if (SpeechCues.isVerb(w) || SpeechCues.AUXILIARIES.contains(w) || PREPOSITIONS.contains(w)
                || SpeechCues.DETERMINERS.contains(w) || w.equals("according") || at.isPossessive(t)) {
            return w;
        }
        return at.isPunctuation(t) ? "punct" : at.isCapitalized(t) ? "Cap" : "word";
    }

    /**
     * Whether the name is the wire's credit in a dateline, in brackets before the dash that opens its paragraph's text
     * ("June 12 (Reuters) - Two firms ..., they said"): the agency wrote the whole story and speaks none of its
     * statements; "Reuters reported" names it outside brackets.
     */
    private boolean isWireCredit(Mention m) {
        int first = at.firstTokenAtOrAfter(m.span().begin());
        int close = at.lastTokenEndingBy(m.span().end()) + 1;
        if (first < 1 || close + 1 >= at.size() || !at.raw(first - 1).equals("(") || !at.raw(close).equals(")")
                || !SentenceTokens.DASHES.contains(at.raw(close + 1))) {
            return false;
        }
        int paragraphStart = at.paragraphs.get(at.paragraphOf(m.span().begin())).begin();
        return at.firstTokenAtOrAfter(paragraphStart) >= first - ContentSpans.MAX_DATELINE_TOKENS;
    }

    /**
     * Whether the name only says whose a role is, inside the phrase of the one who holds it: after the role and "of",
     * "to", "for" or "at" ("the head of the CIA", "China's ambassador to Britain"), or right before the role or a
     * title, with or without "'s" ("GOP Sen. Mike Rounds", "the ministry's spokesman"). The holder speaks; the
     * name he serves is no candidate of its own.
     */
    private boolean ownsRole(Mention m) {
        if (SpeakerLocator.roleWordBefore(at, at.firstTokenAtOrAfter(m.span().begin())) >= 0) {
            return true;
        }
        int last = at.lastTokenEndingBy(m.span().end());
        int next = at.isPossessive(last + 1) ? last + 2 : last + 1;
        return at.mention(next) == null
                && (SpeakerDetails.isRoleWord(at.word(next)) || DescriptionAntecedents.isAbbreviatedTitle(at.word(next)));
    }

    private static boolean isSpeakerType(Mention m) {
        return m.type().isActor();
    }

    /** The first person or organisation named in the statement's paragraph outside quotation marks, or {@code null}. */
    private Mention paragraphSubject(Span content) {
        int p = at.paragraphOf(content.begin());
        if (p < 0) {
            return null;
        }
        Span paragraph = at.paragraphs.get(p);
        for (int t = at.firstTokenAtOrAfter(paragraph.begin()); t < at.size() && at.span(t).begin() < paragraph.end(); t++) {
            Mention m = at.mention(t);
            if (m != null && isSpeakerType(m) && !at.inAny(t, quoted)) {
                return m;
            }
        }
        return null;
    }

    /** What the features of every candidate of one statement share. */
    private final class Statement {
        final Span content;
        final QuoteKind kind;
        final Speaker rule;
        final SpeakerRef ref;
        final List<Quote> earlier;
        final int cueToken;
        final int contentFirst;
        final int contentLast;
        final boolean cueBefore;

        Statement(Span content, QuoteKind kind, Span cue, SpeakerRef ref, Speaker rule, List<Quote> earlier) {
            this.content = content;
            this.kind = kind;
            this.rule = rule;
            this.ref = ref;
            this.earlier = earlier;
            this.contentFirst = Math.min(at.firstTokenAtOrAfter(content.begin()), at.size() - 1);
            this.contentLast = Math.max(contentFirst, at.lastTokenEndingBy(content.end()));
            // A statement found without a cue word (a speaker label, a bare "X: ...") is placed by its speaker.
            Span anchor = cue != null ? cue : ref != null ? ref.span() : content;
            this.cueToken = Math.min(at.firstTokenAtOrAfter(anchor.begin()), at.size() - 1);
            this.cueBefore = anchor.end() <= content.begin();
        }

        Mention lastSpeaker() {
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Speaker sp = earlier.get(i).speaker();
                if (sp != null && sp.named() != null) {
                    return sp.named();
                }
            }
            return null;
        }
    }

    private List<String> features(Statement s, Span span, Mention named, boolean rule, Mention paragraphSubject) {
        List<String> f = new ArrayList<>();
        String who = rule ? "rule" : "alt";
        String basis = s.rule.basis().label();
        f.add(who);
        f.add(who + "&basis=" + basis);
        f.add(who + "&basis=" + basis + "&kind=" + s.kind);
        String type = named == null ? "none" : named.type().name();
        f.add("type=" + type);
        f.add(who + "&type=" + type);
        int first = Math.min(at.firstTokenAtOrAfter(span.begin()), at.size() - 1);
        int last = Math.max(first, at.lastTokenEndingBy(span.end()));
        boolean inContent = span.overlaps(s.content);
        boolean inQuote = quoted.overlapsAny(span);
        String side = inContent ? "inside" : span.end() <= s.content.begin() ? "before" : "after";
        f.add("side=" + side);
        if (inQuote) {
            f.add("inQuote");
        }
        f.add("cueSide=" + (s.cueBefore ? "before" : "after") + "&side=" + side);
        int sentences = at.sentenceOf(first) - at.sentenceOf(s.cueToken);
        String sentenceDelta = "sent=" + Math.max(-2, Math.min(2, sentences));
        f.add(sentenceDelta);
        int distance = first > s.cueToken ? first - s.cueToken : s.cueToken - last;
        String d = "dist=" + bucket(distance);
        f.add(d);
        f.add(d + "&" + (first > s.cueToken ? "afterCue" : "beforeCue"));
        f.add(who + "&" + d);
        if (endsRightBefore(last, s.cueToken)) {
            f.add("X_said");
        }
        if (first > s.cueToken && first - s.cueToken <= 2 && !at.isPunctuation(s.cueToken + 1)) {
            f.add("said_X");
            if (SpeechCues.TELLING.contains(at.word(s.cueToken))) {
                f.add("told_X"); // the one spoken to, not the speaker
            }
        }
        if (first > 0 && SpeechCues.TELLING.contains(at.word(first - 1))) {
            f.add("afterTelling");
        }
        if (first > 0 && PREPOSITIONS.contains(at.word(first - 1))) {
            f.add("afterPreposition");
        }
        if (at.isPossessive(last + 1)) {
            f.add("possessive");
        }
        if (isAddressee(first)) {
            f.add(ADDRESSEE);
        }
        if (isQuotingAgent(last)) {
            f.add(QUOTING_AGENT);
        }
        if (at.raw(last + 1).equals(",") && APPOSITION_WORDS.contains(at.word(last + 2))) {
            f.add("hasApposition");
        }
        if (first >= 2 && at.raw(first - 1).equals(",") && at.mention(first - 2) != null) {
            f.add("inApposition");
        }
        // How often a name came before and whether it spoke last weigh differently when the rules found a name next
        // to the cue (a list of reactions, each signed, names a new speaker every time) and when they found a pronoun.
        String ref = s.ref == null ? "none" : s.ref.pronoun() ? "pronoun" : s.ref.named() != null ? "name" : "description";
        f.add("prev=" + neighbour(first - 1));
        f.add("next=" + neighbour(last + 1));
        if (opensClause(first)) {
            f.add("sentenceSubject");
            f.add("sentenceSubject&" + sentenceDelta);
        }
        if (named != null && paragraphSubject != null && paragraphSubject.span().equals(named.span())) {
            f.add("paragraphSubject&ref=" + ref);
        }
        if (at.paragraphOf(span.begin()) == at.paragraphOf(s.content.begin())) {
            f.add("sameParagraph");
        }
        if (named != null) {
            String surname = SpeakerDetails.surname(named.text());
            f.add("seen=" + bucket(timesNamed(surname, s.content.begin())) + "&ref=" + ref);
            Mention lastSpeaker = s.lastSpeaker();
            if (lastSpeaker != null && SpeakerDetails.surname(lastSpeaker.text()).equals(surname)) {
                f.add(who + "&lastSpeaker&ref=" + ref);
            }
            f.add(named.text().contains(" ") ? "fullName" : "oneWord");
            if (details.of(named.text()).role() != null) {
                f.add("hasRole");
            }
        }
        if (s.ref != null && s.ref.pronoun()) {
            // A pronoun the rules resolved to a description ("he" for "a Yemeni journalist") names nobody but is no
            // unresolved pronoun: the model, which never saw one, weighs it by its other features alone.
            boolean described = rule && named == null && !s.rule.text().equals(s.ref.text());
            if (!described) {
                f.add(who + "&rulePronoun&" + agreement(s.ref.text(), named));
            }
        }
        return f;
    }

    /**
     * Whether the candidate starting at {@code first} is the one spoken to: the object of a verb of telling ("told
     * Reuters", "briefed the Atlantic Council"), "to X" after a verb or noun of speech ("speaking to the Atlantic
     * Council", "an alert to millions of people"; "according to X" names the source), or "with X" after an interview
     * or a talk ("in an interview with CNN"). The one spoken to hears the statement; he does not make it.
     */
    boolean isAddressee(int first) {
        int p = first - 1;
        while (p >= 0 && SpeechCues.DETERMINERS.contains(at.word(p))) {
            p--;
        }
        if (p < 0) {
            return false;
        }
        String w = at.word(p);
        if (ADDRESSING.contains(w)) {
            // "... ," asks Samar Muhareb: after the quote the verb comes first and the name is its subject.
            return !followsQuote(p);
        }
        if (p < 1) {
            return false;
        }
        String before = at.word(p - 1);
        if (w.equals("to")) {
            return !before.equals("according") && !before.equals("due")
                    && (SpeechCues.isVerb(before) || SPEAKING.contains(before) || SPEECH_NOUNS.contains(before));
        }
        return w.equals("with") && SPOKEN_WITH.contains(before);
    }

    /** Whether the token comes right after a quotation mark, or after a comma right after one. */
    private boolean followsQuote(int t) {
        int q = t >= 2 && at.raw(t - 1).equals(",") ? t - 2 : t - 1;
        return q >= 0 && (CLOSING_QUOTES.contains(at.raw(q)) || at.inAny(q, quoted));
    }

    /**
     * Whether the candidate ending at {@code last} quotes someone else in the active voice ("Yonhap quoted an unnamed
     * official", "the paper quoted the father as saying"): the words are the quoted party's. "X was quoted as saying"
     * and "X, quoted by Y" make X the speaker and are left out.
     */
    boolean isQuotingAgent(int last) {
        int t = last + 1;
        if (t < at.size() && (at.word(t).equals("has") || at.word(t).equals("had") || at.word(t).equals("also"))) {
            t++;
        }
        if (t + 1 >= at.size() || !(at.word(t).equals("quoted") || at.word(t).equals("quoting"))) {
            return false;
        }
        String next = at.word(t + 1);
        return !next.equals("as") && !next.equals("by") && !at.isPunctuation(t + 1);
    }

    /** Whether the candidate ending at {@code last} stands right before the cue, auxiliaries and adverbs aside. */
    private boolean endsRightBefore(int last, int cue) {
        int t = cue - 1;
        while (t > last && (SpeechCues.AUXILIARIES.contains(at.word(t)) || at.word(t).endsWith("ly") && at.mention(t) == null)) {
            t--;
        }
        return t == last;
    }

    /** Whether the token opens its sentence's first clause: nothing but an introductory phrase before it. */
    private boolean opensClause(int first) {
        int start = at.sentenceStart(first);
        if (first - start <= 1) {
            return true;
        }
        return first >= 1 && at.raw(first - 1).equals(",") && first - start <= 12 && at.mention(first - 2) == null;
    }

    private int timesNamed(String surname, int before) {
        if (surnames == null) {
            surnames = new SurnameMentions(at.mentions);
        }
        return surnames.before(surname, before);
    }

    private String agreement(String pronoun, Mention named) {
        if (named == null) {
            return "nobody";
        }
        String w = pronoun.toLowerCase(Locale.ROOT);
        boolean personal = w.equals("he") || w.equals("she");
        if (personal != (named.type() == EntityType.PERSON)) {
            return "typeMismatch";
        }
        if (!personal) {
            return "organisation";
        }
        PersonGender.Gender g = genders.of(named);
        if (g == PersonGender.Gender.UNKNOWN) {
            return "genderUnknown";
        }
        return g.agreesWith(PersonGender.ofPronoun(w)) ? "agrees" : "disagrees";
    }

    private static String bucket(int n) {
        return n <= 1 ? String.valueOf(Math.max(n, 0)) : n <= 3 ? "2-3" : n <= 7 ? "4-7" : n <= 15 ? "8-15" : "16+";
    }
}
