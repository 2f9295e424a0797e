package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.Span;

/**
 * Finds quoted words that are quotes, tells them from titles and scare quotes, and attributes them: to a speaker
 * named after the quote ("..., wrote Dark", "..., Gillespie said"), before it in the same sentence ("X said: ...",
 * "according to X, ..."), or, for a quote that opens its paragraph after one that ends "X said:", to X.
 */
final class DirectQuoteFinder {
    private static final Pattern SMALL_WORDS = Pattern.compile("(?i)a|an|the|of|in|on|at|for|and|or|to|de|la|le|al|el|du|des|with|by");
    private static final int MAX_TITLE_WORDS = 8;
    /** Scare quotes and nicknames are this short: one to three words with no speaker in their sentence. */
    private static final int MAX_SCARE_WORDS = 3;
    private static final int MAX_WINDOW = 25;
    /** Tokens between a naming verb and the quote: "called the truce a “...”". */
    private static final int MAX_NAMING_REACH = 6;
    /** Tokens from a passive naming verb to the "by" of its agent: "was labeled “a threat to democracy” by". */
    private static final int MAX_AGENT_REACH = 15;
    /** "... Putin as a “", "... called Clinton a “", "... dubbed the plan “": the words before a name someone gives. */
    private static final Pattern CALLS_BY = Pattern.compile("(?:(?<!\\bknown )\\bas(?:\\s+(?:a|an|the))?|\\b(?:called|calls|call|calling|dubbed|"
            + "labell?ed|branded|nicknamed)\\s+(?:[\\p{L}’'.-]+\\s+){0,4}(?:a|an|the)?)\\s*$");
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”‘’'«»„‹›]+|``");
    static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("when", "while", "because", "after", "before",
            "if", "since", "until", "though", "although", "whereas", "unless");
    /**
     * Words that join a new clause to the one a quote ends ("rejected the claims as “patently false,” and analysts
     * told ..."): a cue after them is that clause's, not the quote's.
     */
    private static final java.util.Set<String> COORDINATORS = java.util.Set.of("and", "but", "yet");
    /**
     * Verbs of voice that say how words were spoken; they tell who spoke only right after a quote ("“...,” the man cried
     * back"), never a clause of reported speech, so they are no {@link SpeechCues} for the reported-speech finder.
     */
    private static final java.util.Set<String> VOICE = java.util.Set.of("cried", "cries", "screamed", "screams", "whispered",
            "whispers", "sighed", "sighs", "exclaimed", "exclaims", "muttered", "mutters", "murmured", "pleaded", "pleads",
            "begged", "snapped", "barked", "laughed", "laughs", "chuckled", "interjected", "sobbed", "wept", "groaned",
            "shrieked", "hollered", "bellowed");
    /**
     * What a statement comes in, not who made it: "..., according to a statement" leaves the words to the clause's
     * subject ("Ban Ki-moon is “deeply concerned ...,” according to a statement").
     */
    private static final java.util.Set<String> MEDIA = java.util.Set.of("statement", "statements", "communique", "release",
            "interview", "post", "tweet", "message", "video", "transcript", "letter");

    private final ArticleText at;
    private final SpeakerLocator speakers;
    private final SpeakerLabels labels;

    DirectQuoteFinder(ArticleText at, SpeakerLocator speakers) {
        this.at = at;
        this.speakers = speakers;
        this.labels = new SpeakerLabels(at, speakers);
    }

    /** A quote found, before its speaker's details are filled in. */
    record Found(QuotedSpan quoted, QuoteKind kind, Attribution attribution) {
    }

    List<Found> find(List<QuotedSpan> spans) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            QuotedSpan original = spans.get(i);
            Attribution label = labelInside(original);
            QuotedSpan q = label == null ? original : new QuotedSpan(original.outer(),
                    QuoteMarks.trimmed(at.text, label.cue().end(), original.content().end()), original.closed());
            String content = q.content().of(at.text);
            if (content.isBlank() || isTitle(content) || isPunctuatedTitle(content) || isNotice(content)) {
                continue;
            }
            Attribution a = label != null ? label : after(q);
            if (label == null && a != null && kind(q, content) == QuoteKind.PARTIAL) {
                a = governingBefore(q, a);
            }
            if (a == null && i + 1 < spans.size()) {
                a = afterJoinedQuote(q, spans.get(i + 1));
            }
            if (a == null) {
                a = before(q);
            }
            if (a == null) {
                a = fromParagraphLabel(q);
            }
            if (a == null) {
                a = fromSentenceBefore(q);
            }
            if (a == null) {
                a = continuedAccount(q, content, out);
            }
            if (a == null) {
                a = fromClauseSubject(q, content);
            }
            if (a != null && kind(q, content) == QuoteKind.PARTIAL) {
                a = passiveNaming(a);
            }
            if (a == null && words(content) <= MAX_SCARE_WORDS) {
                continue;
            }
            if (a == null) {
                a = fromPreviousParagraph(q);
            }
            if (a == null) {
                a = fromPreviousQuote(q, out);
            }
            if (a == null && kind(q, content) == QuoteKind.DIRECT) {
                a = fromReportBefore(q);
            }
            if (a == null && kind(q, content) == QuoteKind.DIRECT) {
                a = fromIntroducingSentence(q);
            }
            out.add(new Found(q, kind(q, content), a));
        }
        return out;
    }

    /**
     * The attribution of a partial quote whose words stand in the clause a verb of saying governs before them, when
     * the cue found after them ({@code after}) closes the sentence: "X claimed a “historic victory” and said the group
     * had suffered a “brutal” defeat, CNN reported" quotes X, and CNN only reports that X did. {@code after} when no
     * such verb with a subject comes before the quote in its sentence.
     */
    private Attribution governingBefore(QuotedSpan q, Attribution after) {
        if (after.cue() == null || after.cue().begin() < q.outer().end()) {
            return after;
        }
        Attribution before = before(q);
        if (before == null || before.cue() == null || before.cue().end() > q.outer().begin()) {
            return after;
        }
        // "Annan was expected in Nairobi, but ... fell ill with “severe flu,” his office said": a passive verb says
        // nothing its subject said.
        int cue = at.firstTokenAtOrAfter(before.cue().begin());
        boolean passive = cue > 0 && PASSIVE.contains(at.word(cue - 1));
        return !passive && SpeechCues.isFramingCue(before.cueText().toLowerCase(java.util.Locale.ROOT)) ? before : after;
    }

    /**
     * The attribution of a partial quote given by a naming verb in the passive ("He's been called “annoying”", "was
     * dubbed “the butcher” by critics"): the one named is no speaker of the name; the agent after "by" is, and with
     * none the name is no one's (the cue stays, so the words are still quoted). {@code a} when its cue is no passive
     * naming verb.
     */
    private Attribution passiveNaming(Attribution a) {
        int c = a.cue() == null ? at.size() : at.firstTokenAtOrAfter(a.cue().begin());
        int by = passiveNamingAgent(at, c);
        return by == NOT_PASSIVE_NAMING ? a
                : new Attribution(by == NO_AGENT ? null : speakers.after(by + 1, at.sentenceEnd(c)), a.cue(), a.cueText());
    }

    /** {@link #passiveNamingAgent}: the cue is no naming verb in the passive. */
    static final int NOT_PASSIVE_NAMING = -2;
    /** {@link #passiveNamingAgent}: a naming verb in the passive with no "by" of an agent, so the name is no one's. */
    static final int NO_AGENT = -1;

    /**
     * For a naming verb in the passive at token {@code c} ("has been called", "was widely dubbed"), the token of the
     * "by" that introduces its agent within a few words, or {@link #NO_AGENT} when it has none;
     * {@link #NOT_PASSIVE_NAMING} for any other token.
     */
    static int passiveNamingAgent(ArticleText at, int c) {
        if (c < 0 || c >= at.size() || !SpeechCues.NAMING.contains(at.word(c))) {
            return NOT_PASSIVE_NAMING;
        }
        int be = c - 1 >= 0 && at.word(c - 1).endsWith("ly") ? c - 2 : c - 1; // "was widely called"
        if (be < 0 || !PASSIVE.contains(at.word(be))) {
            return NOT_PASSIVE_NAMING;
        }
        int end = Math.min(at.sentenceEnd(c), c + MAX_AGENT_REACH);
        for (int t = c + 1; t < end; t++) {
            if (at.word(t).equals("by")) {
                return t;
            }
        }
        return NO_AGENT;
    }

    /**
     * The cue after the next quote when only "and" or "or" joins the two ("“The group is assisting the Americans” and
     * “fighting against the mujahideen,” bin Laden said"): one verb reports both; {@code null} otherwise.
     */
    private Attribution afterJoinedQuote(QuotedSpan q, QuotedSpan next) {
        int t = at.firstTokenAtOrAfter(q.outer().end());
        int nextFirst = at.firstTokenAtOrAfter(next.outer().begin());
        boolean joined = t < nextFirst && nextFirst - t <= 2 && (at.word(t).equals("and") || at.word(t).equals("or"))
                && (nextFirst - t == 1 || at.raw(t + 1).equals(","));
        return joined && at.sentenceOf(t) == at.sentenceOf(Math.min(nextFirst, at.size() - 1)) ? after(next) : null;
    }

    /** A notice in capitals ("THIS TRANSCRIPT WAS PREPARED BY ..."): a page's small print, which nobody is quoted saying. */
    static boolean isNotice(String content) {
        long upper = content.chars().filter(Character::isUpperCase).count();
        long letters = content.chars().filter(Character::isLetter).count();
        return content.strip().split("\\s+").length >= MIN_NOTICE_WORDS && upper >= 0.9 * letters;
    }

    private static final int MIN_NOTICE_WORDS = 8;

    /** Publication, film and operation names: a few capitalised words without a sentence's punctuation. */
    static boolean isTitle(String content) {
        String c = content.strip();
        if (c.isEmpty() || ".,;:!?".indexOf(c.charAt(c.length() - 1)) >= 0) {
            return false;
        }
        return words(c) <= MAX_TITLE_WORDS && hasTitleCase(c);
    }

    /** Whether every word of {@code c} is capitalised (or a number) but the small words after the first. */
    private static boolean hasTitleCase(String c) {
        String[] words = c.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replaceFirst("^(?i)(al|el|ad|ar|as|az|ash)-", "");
            boolean capital = !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)));
            if (!capital && (i == 0 || !SMALL_WORDS.matcher(w).matches())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A title or headline whose closing comma or full stop stands inside the marks, as American style puts it ("his
     * book “No Apology,”", "under the heading “Oddly Enough.”", "“Who Speaks for Islam? What a Billion Muslims Really
     * Think.”"): at least two words, every one capitalised but the small ones, and no personal pronoun. One word
     * ("“Fine.”") may be a reply.
     */
    static boolean isPunctuatedTitle(String content) {
        String c = content.strip();
        if (c.isEmpty() || ".,".indexOf(c.charAt(c.length() - 1)) < 0) {
            return false;
        }
        String bare = c.substring(0, c.length() - 1).strip();
        return words(bare) >= 2 && words(bare) <= MAX_HEADLINE_WORDS && hasTitleCase(bare) && !hasSubjectPronoun(bare);
    }

    /**
     * Whether a personal pronoun stands among the words, alone or with its verb ("“We're America.”", "“It's Our
     * Time.”"): a sentence someone said, not a title.
     */
    private static boolean hasSubjectPronoun(String words) {
        for (String w : words.split("\\s+")) {
            String bare = w.toLowerCase(java.util.Locale.ROOT).replaceFirst("[’'].*$", "").replaceAll("[^a-z]", "");
            if (SUBJECT_PRONOUNS.contains(bare)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("i", "we", "you", "he", "she", "it", "they");

    /** Words a headline with its subtitle may have ("Stirring Up the South China Sea: Regional Responses"). */
    private static final int MAX_HEADLINE_WORDS = 12;

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }

    private static SpeakerRef firstNonNull(SpeakerRef a, SpeakerRef b) {
        return a != null ? a : b;
    }

    /** Partial when it starts in lower case or inside the writer's sentence; direct when it is the statement. */
    private QuoteKind kind(QuotedSpan q, String content) {
        String c = content.replaceFirst("^[\\[(…. ]+", "");
        if (c.isEmpty() || !Character.isUpperCase(c.charAt(0))) {
            return QuoteKind.PARTIAL;
        }
        int first = at.firstTokenAtOrAfter(q.outer().begin());
        if (first >= at.size()) {
            return QuoteKind.DIRECT;
        }
        int start = at.sentenceStart(first);
        String lead = at.text.substring(Math.min(at.span(start).begin(), q.outer().begin()), q.outer().begin()).strip();
        return lead.isEmpty() || lead.endsWith(":") || lead.endsWith(",") ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
    }

    /** "..., wrote Dark." / "...,” Gillespie said." / "..., a spokesman for X told Y." */
    private Attribution after(QuotedSpan q) {
        int w = at.firstTokenAtOrAfter(q.outer().end());
        if (w >= at.size()) {
            return null;
        }
        if (at.paragraphOf(at.span(w).begin()) != at.paragraphOf(q.outer().end() - 1)) {
            return signatureLine(w);
        }
        int lastInside = at.lastTokenEndingBy(q.content().end());
        boolean endsWithStop = q.content().of(at.text).matches("(?s).*\\.$");
        boolean newSentence = lastInside >= 0 && at.sentenceOf(w) != at.sentenceOf(lastInside);
        boolean dash = false;
        while (w < at.size() && at.isPunctuation(w) && !at.raw(w).equals(".")) {
            dash |= at.raw(w).matches("[―—–-]+");
            w++;
        }
        // 'reports that "...":' ends its paragraph; the words after the colon belong to the next one, not to this quote.
        if (w >= at.size() || at.raw(w).equals(".") || at.paragraphOf(at.span(w).begin()) != at.paragraphOf(q.outer().end() - 1)) {
            return null;
        }
        int limit = Math.min(at.sentenceEnd(w), w + MAX_WINDOW);
        if (dash) {
            // "...” ― Pamela Padilla": a name after a dash signs the quote.
            SpeakerRef s = speakers.after(w, limit);
            return s == null ? null : new Attribution(s, null, "—");
        }
        // A quote that ends its sentence with a full stop is followed by a new statement, unless that is only "X said."
        if (newSentence && endsWithStop && limit - w > 6) {
            return null;
        }
        if (SUBORDINATORS.contains(at.word(w)) || COORDINATORS.contains(at.word(w))) {
            // "“That makes me smart,” when Clinton blasted him": a clause about another moment, not the quote's speaker;
            // "... as “patently false,” and analysts told ...": another clause's statement.
            return null;
        }
        if (SpeechCues.isVerb(at.word(w)) && !SpeechCues.NAMING.contains(at.word(w)) || VOICE.contains(at.word(w))) {
            SpeakerRef s = speakers.afterCue(w + 1, limit);
            return s == null ? null : new Attribution(s, at.span(w), at.raw(w));
        }
        for (int c = w; c < limit; c++) {
            if (at.raw(c).equals(".") || at.raw(c).equals("“") || at.raw(c).equals("\"") && c > w) {
                break;
            }
            if (at.word(c).equals("according") && at.word(c + 1).equals("to")) {
                SpeakerRef s = speakers.after(c + 2, limit);
                s = s != null && isMedium(s) ? subjectOfQuoteSentence(q, s) : s;
                return s == null ? null : new Attribution(s, new Span(at.span(c).begin(), at.span(c + 1).end()), "according to");
            }
            SpeakerRef quotedOne = quotedPerson(c, limit);
            if (quotedOne != null) {
                return new Attribution(quotedOne, at.span(c), at.raw(c));
            }
            if (VOICE.contains(at.word(c)) || SpeechCues.isVerb(at.word(c)) && !SpeechCues.NAMING.contains(at.word(c))) {
                boolean nounLike = SpeechCues.NOUN_LIKE.contains(at.word(c));
                SpeakerRef s = nounLike ? speakers.subjectRightBefore(c, w) : speakers.subjectBefore(c, w);
                if (!nounLike && !SpeechCues.isParticiple(at.word(c)) && c - 1 > w && at.raw(c - 1).equals(",")
                        && (s == null || followsPreposition(s, w))) {
                    // "“...” aimed at her government, said Adil Najam": the object of a preposition is no subject; the
                    // name right after the cue is.
                    SpeakerRef inverted = speakers.afterCue(c + 1, limit);
                    s = inverted != null && inverted.named() != null ? inverted : s;
                }
                if (s == null && !nounLike) {
                    s = nameBeforeComma(w, c);
                }
                if (s == null && nounLike) {
                    // "..., one of the states suing the EPA, said": "states" was a noun; the verb comes later.
                    continue;
                }
                return s == null ? null : new Attribution(s, at.span(c), at.raw(c));
            }
        }
        return afterComma(q, w, limit);
    }

    /**
     * The signer of a quote that closes its paragraph, named on a line of its own after it that opens with a dash
     * ("“... the top 1 percent.”" then "- Bernie Sanders." or "-Michelle Marks, Philadelphia."), as under an epigraph or
     * a list of quotes checked one by one; {@code null} when the paragraph at token {@code w} does not open with a dash,
     * holds more than a signature's words, or names no one after the dash but in a clause of its own ("- Putin said
     * ...", a list's item).
     */
    private Attribution signatureLine(int w) {
        Span line = at.paragraphs.get(at.paragraphOf(at.span(w).begin()));
        int end = at.lastTokenEndingBy(line.end()) + 1;
        if (!SentenceTokens.DASHES.contains(at.raw(w)) || end - w > MAX_SIGNATURE_TOKENS) {
            return null;
        }
        SpeakerRef s = speakers.after(w + 1, end);
        if (s == null || s.pronoun()) {
            return null;
        }
        int next = at.firstTokenAtOrAfter(s.span().end());
        boolean signs = next >= end || at.raw(next).equals(",") || at.raw(next).equals(".");
        return signs ? new Attribution(s, null, "—") : null;
    }

    /** Tokens of a signature line: a dash, a name and a short description ("-President Obama, tweeting after ..."). */
    private static final int MAX_SIGNATURE_TOKENS = 12;

    /**
     * "“...,” Blunt, after a long pause, said": capitalised words right after the quote and set off by a comma are the
     * name of whoever the cue after them reports, though the tagger missed it ("blunt" is also a word); {@code null}
     * when no comma comes before the cue or no such words stand before it.
     */
    private SpeakerRef nameBeforeComma(int w, int cue) {
        for (int comma = w + 1; comma < cue; comma++) {
            if (at.raw(comma).equals(",")) {
                return speakers.untaggedNameBefore(comma, w);
            }
        }
        return null;
    }

    /**
     * "“...,” Bozell points out.", "“...,” Bennett shot back.", "“...,” exhorted Clinton's introducer, actress Jamie
     * Lee Curtis.": words that end on a comma go on with who said them, whatever the verb; {@code null} when the
     * quote does not end on a comma or no speaker and verb follow it.
     */
    private Attribution afterComma(QuotedSpan q, int w, int limit) {
        String content = q.content().of(at.text).strip();
        // Quoted words that open lower case sit in the writer's sentence ("why he “went out of his way ...,” Obama
        // went so far as ..."), where what follows the comma is the sentence's main clause, not an attribution.
        if (!content.endsWith(",") || !Character.isUpperCase(content.codePointAt(0))) {
            return null;
        }
        if (SpeechCues.hasVerbForm(at.raw(w))) {
            int from = w + 1 < limit && SpeechCues.VERB_PARTICLES.contains(at.word(w + 1)) ? w + 2 : w + 1;
            SpeakerRef inverted = speakers.afterCue(from, limit);
            return inverted == null || inverted.pronoun() || isMedium(inverted) ? null : new Attribution(inverted, at.span(w), at.raw(w));
        }
        SpeakerRef s = speakers.after(w, limit);
        if (s == null || isMedium(s)) {
            return null;
        }
        int v = at.firstTokenAtOrAfter(s.span().end());
        boolean verb = v < limit && (SpeechCues.hasVerbForm(at.raw(v)) || s.pronoun() && Character.isLowerCase(at.raw(v).charAt(0))
                && !SpeechCues.AUXILIARIES.contains(at.word(v)) && !SpeechCues.NOT_NAMES.contains(at.word(v)));
        if (verb) {
            return new Attribution(s, at.span(v), at.raw(v));
        }
        return signedByDescribedName(s, v) ? new Attribution(s, null, null) : null;
    }

    /**
     * Whether a person's name after a quote, with a description set off by a comma that runs to the sentence's end
     * and holds no verb of saying, signs the quote with its "said" left out ("“...,” Issam al Rayess, a spokesman for
     * the Southern Front."); {@code v} is the token after the name.
     */
    private boolean signedByDescribedName(SpeakerRef s, int v) {
        if (s.named() == null || s.named().type() != org.sitrep.core.EntityType.PERSON || !at.raw(v).equals(",")
                || !SpeechCues.ARTICLES.contains(at.word(v + 1))) {
            return false;
        }
        int end = at.sentenceEnd(v);
        for (int t = v + 1; t < end; t++) {
            if (SpeechCues.isVerb(at.word(t)) || QUOTE_MARK.matcher(at.raw(t)).matches()) {
                return false;
            }
        }
        return end - v <= MAX_WINDOW;
    }

    /** Whether the speaker found is a description of what the words came in ("a statement"), which names nobody. */
    static boolean isMedium(SpeakerRef s) {
        if (s.named() != null || s.pronoun()) {
            return false;
        }
        String[] words = s.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return MEDIA.contains(words[words.length - 1]);
    }

    /** The subject of the sentence a quote stands in, before the quote; {@code fallback} when it has none. */
    private SpeakerRef subjectOfQuoteSentence(QuotedSpan q, SpeakerRef fallback) {
        int first = at.firstTokenAtOrAfter(q.outer().begin());
        if (first >= at.size()) {
            return fallback;
        }
        int start = Math.min(at.sentenceStart(first), first);
        SpeakerRef subject = first > start ? speakers.sentenceSubject(start, first) : null;
        return subject != null ? subject : fallback;
    }

    /**
     * "X said: ...", "X: ...", "As X noted, ... has “...”", "according to X, ... “...”", "X called it “...”",
     * "X attacked Y, saying, “...”" in the quote's own sentence. The first cue of the sentence with a subject wins:
     * the main statement comes first, and a cue nearer the quote is more often a noun ("a flurry of tweets").
     */
    private Attribution before(QuotedSpan q) {
        int first = at.firstTokenAtOrAfter(q.outer().begin());
        if (first >= at.size()) {
            return null;
        }
        int start = Math.min(at.sentenceStart(first), first);
        if (first - 2 >= start && at.raw(first - 1).equals(":")) {
            SpeakerRef named = speakers.nameEndingAt(first - 2, start);
            // "The paper quotes Murhaf Jouejati, a specialist at Washington's Middle East Institute: “...”", "X said
            // in a statement to Reuters: “...”": a name after a preposition or an owner ends a phrase, not a label.
            if (named != null && !modifies(named, start)) {
                return new Attribution(named, at.span(first - 1), ":");
            }
        }
        Attribution adjacent = cueRightBefore(first, start);
        if (adjacent != null) {
            return adjacent;
        }
        // A cue in a subordinate clause that opens the sentence ("When X asked why ..., Y called it “...”") says what
        // that clause holds; the quote stands in the main clause.
        int main = mainClauseStart(start, first);
        Attribution governing = kind(q, q.content().of(at.text)) == QuoteKind.PARTIAL ? nearestSubjectAndCue(main, first) : null;
        if (governing != null) {
            return governing;
        }
        int introEnd = prepositionalIntroductionEnd(main, first);
        Attribution relative = null;
        for (int c = main; c < first; c++) {
            String w = at.word(c);
            if (w.equals("according") && at.word(c + 1).equals("to")) {
                SpeakerRef s = speakers.after(c + 2, first);
                s = s != null && isMedium(s) ? subjectOfQuoteSentence(q, s) : s;
                if (s != null) {
                    return new Attribution(s, new Span(at.span(c).begin(), at.span(c + 1).end()), "according to");
                }
            }
            SpeakerRef quotedOne = quotedPerson(c, first);
            if (quotedOne != null) {
                return new Attribution(quotedOne, at.span(c), at.raw(c));
            }
            if (!SpeechCues.isVerb(w) || SpeechCues.CLOSING.contains(w) || SpeechCues.isParticiple(w) && c < introEnd) {
                // "In a statement announcing the pick, X called ...": the participle tells of the statement.
                continue;
            }
            // "footage of Trump saying ...": a name right before the participle is its subject; after a comma
            // ("Trump attacked Clinton, saying ...") the sentence's subject is.
            SpeakerRef s = SpeechCues.isParticiple(w) ? firstNonNull(speakers.nameEndingAt(c - 1, main), speakers.sentenceSubject(main, c))
                    : SpeechCues.NOUN_LIKE.contains(w) ? speakers.subjectRightBefore(c, main) : speakers.subjectBefore(c, main);
            if (s == null && c == start && !SpeechCues.isParticiple(w)) {
                // "Said Dorothy Poynter, who grew up with Ali, “...”", "Stated Stone: “...”": the cue opens the
                // sentence and its speaker follows it.
                s = speakers.afterCue(c + 1, first);
            }
            if (s != null && inPrepositionalRelative(c, main)) {
                // "X spoke at a news conference at which officials announced ..., saying: “...”": the relative
                // clause tells of the conference; the quote belongs to a cue of the main clause, if one comes.
                relative = relative == null ? new Attribution(s, at.span(c), at.raw(c)) : relative;
                continue;
            }
            if (s != null) {
                return new Attribution(s, at.span(c), at.raw(c));
            }
        }
        // "Limbaugh continued: “...”", "Sanders made the following comment: “...”": a colon hands the quote to the
        // sentence's subject, whatever the verb.
        if (first - 2 >= start && at.raw(first - 1).equals(":")) {
            SpeakerRef s = speakers.sentenceSubject(start, first - 1);
            if (s != null) {
                return new Attribution(s, at.span(first - 1), ":");
            }
        }
        return relative;
    }

    /** Whether the cue at {@code c} stands in a relative clause opened by a preposition ("at which", "during whom"). */
    private boolean inPrepositionalRelative(int c, int from) {
        for (int t = c - 1; t > from && c - t <= MAX_RELATIVE_SUBJECT_TOKENS && !at.isPunctuation(t); t--) {
            if ((at.word(t).equals("which") || at.word(t).equals("whom")) && TOPIC_PREPOSITIONS.contains(at.word(t - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Words between a relative pronoun and the verb of its clause ("at which senior defense officials announced"). */
    private static final int MAX_RELATIVE_SUBJECT_TOKENS = 6;

    /**
     * The verb of saying nearest before a partial quote in {@code [main, first)} that has its subject right before it
     * ("X said people reported ..., and that rebel activists had described the raids as “relentless”": the
     * activists): the quoted words stand in the clause that verb governs, whoever speaks earlier in the sentence.
     * {@code null} when the nearest such verb has no subject right before it (a participle, "the ministry, which
     * said"), so that the sentence's first cue decides.
     */
    private Attribution nearestSubjectAndCue(int main, int first) {
        for (int c = first - 1; c > main; c--) {
            String w = at.word(c);
            if (at.raw(c).equals(".") || at.raw(c).equals(";")) {
                return null;
            }
            if (!SpeechCues.isFramingCue(w) && !SpeechCues.NAMING.contains(w) || SpeechCues.isParticiple(w)
                    || SpeechCues.NOUN_LIKE.contains(w) || SpeechCues.CLOSING.contains(w) || PASSIVE.contains(at.word(c - 1))
                    || MENTAL.contains(w)) {
                continue;
            }
            if (QUOTING.contains(w)) {
                return null; // "State television quoted a source as saying ...": the one quoted speaks
            }
            SpeakerRef s = speakers.subjectRightBefore(c, main);
            return s == null || modifies(s, main) ? null : new Attribution(s, at.span(c), at.raw(c));
        }
        return null;
    }

    /**
     * The one a writer or paper quotes, named right after an active "quoted" or "quotes" ("The Times quotes P.
     * Manorama, a physician, as saying that “...”", "the paper quoted the father as saying"): the speaker, not the
     * paper. {@code null} for any other cue, a passive one ("was quoted as saying"), or when no one is named there.
     */
    private SpeakerRef quotedPerson(int c, int limit) {
        // "X was quoted as saying" makes X the speaker, but "the agency had quoted X" still quotes X.
        if (!QUOTING.contains(at.word(c)) || c > 0 && PASSIVE.contains(at.word(c - 1))
                || c + 1 >= limit || at.word(c + 1).equals("as") || at.word(c + 1).equals("by") || at.isPunctuation(c + 1)) {
            return null;
        }
        SpeakerRef s = speakers.afterCue(c + 1, limit);
        return s == null || s.pronoun() || isMedium(s) ? null : s;
    }

    /**
     * Verbs of feeling, wanting and knowing among the cues: "Bush felt the need to go there bringing “gifts”" says
     * what Bush did, not words of his.
     */
    static final java.util.Set<String> MENTAL = java.util.Set.of("felt", "feels", "knows", "wants", "wanted",
            "hopes", "hoped", "expects", "expected", "thinks", "thought", "believes", "believed", "fears", "feared", "learned");
    static final java.util.Set<String> QUOTING = java.util.Set.of("quoted", "quotes", "quote", "quoting");
    /** Forms of "be" that make "quoted" passive. */
    private static final java.util.Set<String> PASSIVE = java.util.Set.of("is", "are", "was", "were", "be", "been", "being");

    /** Whether the name follows a preposition or an owner's "'s" after {@code from}: it ends a phrase that modifies another. */
    private boolean modifies(SpeakerRef s, int from) {
        int first = at.firstTokenAtOrAfter(s.span().begin());
        return first > from && (TOPIC_PREPOSITIONS.contains(at.word(first - 1)) || at.isPossessive(first - 1) || isToldOne(first, from));
    }

    /**
     * Whether the name opening at token {@code first} is the one a telling verb addresses ("Griffiths told the Security
     * Council: “...”"): the listener, not the speaker, whom the verb's subject is.
     */
    private boolean isToldOne(int first, int from) {
        int t = first - 1;
        if (t > from && SpeechCues.ARTICLES.contains(at.word(t))) {
            t--;
        }
        return t >= from && SpeechCues.TELLING.contains(at.word(t));
    }

    /** Whether the speaker found follows a preposition within {@code [from, ...)}: it modifies a noun ("at her government"). */
    private boolean followsPreposition(SpeakerRef s, int from) {
        int first = at.firstTokenAtOrAfter(s.span().begin());
        return first > from && TOPIC_PREPOSITIONS.contains(at.word(first - 1));
    }

    /** Words after a cue that open what or whom the words were about or addressed to ("said of Cruz", "told to"). */
    private static final java.util.Set<String> TOPIC_PREPOSITIONS = java.util.Set.of("of", "about", "to", "in", "on", "at",
            "for", "with", "from", "during", "after", "before");
    private static final java.util.Set<String> INTRO_PREPOSITIONS = java.util.Set.of("in", "on", "at", "with", "after",
            "before", "during", "since", "from", "for", "by", "amid", "under", "over", "through");

    /** The comma that closes a sentence-opening prepositional phrase ("In a statement announcing the pick,"), else {@code start}. */
    private int prepositionalIntroductionEnd(int start, int limit) {
        if (!INTRO_PREPOSITIONS.contains(at.word(start))) {
            return start;
        }
        for (int t = start + 1; t < limit; t++) {
            if (at.raw(t).equals(",")) {
                return t;
            }
        }
        return start;
    }

    /**
     * "..., Trump boasted, “...”": a verb of saying right before the quote, with its subject right before it, wins over
     * a cue earlier in the sentence ("When Clinton noted that ...").
     */
    private Attribution cueRightBefore(int first, int start) {
        int c = first - 1;
        if (c - 1 < start || !(at.raw(c).equals(",") || at.raw(c).equals(":"))) {
            return null;
        }
        String w = at.word(c - 1);
        Attribution inverted = invertedInsertion(c, start);
        if (inverted != null) {
            return inverted;
        }
        if (!SpeechCues.isVerb(w) || SpeechCues.CLOSING.contains(w) || SpeechCues.isParticiple(w) || SpeechCues.NOUN_LIKE.contains(w)) {
            return sentenceBeforeQuote(first, start, c);
        }
        SpeakerRef s = speakers.subjectRightBefore(c - 1, start);
        return s == null ? null : new Attribution(s, at.span(c - 1), at.raw(c - 1));
    }

    /**
     * "The younger Khamenei, said Khalaji, “grew up in ...”": a cue and its speaker in inverted order, set off by commas
     * between a subject and the quote that goes on from it, name the one who speaks; the subject before is what is
     * said about. {@code null} unless a verb of saying follows a comma and a name runs from it to the comma at {@code comma}.
     */
    private Attribution invertedInsertion(int comma, int start) {
        for (int v = comma - 2; v - 1 > start && comma - v <= MAX_INVERTED_SPEAKER_TOKENS; v--) {
            String w = at.word(v);
            if (!at.raw(v - 1).equals(",") || !SpeechCues.isVerb(w) || SpeechCues.isParticiple(w) || SpeechCues.NOUN_LIKE.contains(w)) {
                continue;
            }
            SpeakerRef s = speakers.afterCue(v + 1, comma);
            if (s != null && s.named() != null && at.lastTokenEndingBy(s.span().end()) == comma - 1) {
                return new Attribution(s, at.span(v), at.raw(v));
            }
            return null;
        }
        return null;
    }

    /** Tokens from an inserted cue to the comma after its speaker's name ("said Mehdi Khalaji,"). */
    private static final int MAX_INVERTED_SPEAKER_TOKENS = 8;

    /**
     * "He continued, “I am proud ...”", "Hillary shot back, “I suppose ...”": a name or pronoun and a verb (an
     * auxiliary or adverb may stand between: "He further pointed out, “...”"), then a comma or colon and a quoted
     * sentence, whatever the verb; {@code null} when the quote opens lower case or no such subject and verb come
     * right before it.
     */
    private Attribution sentenceBeforeQuote(int first, int start, int comma) {
        int inside = first + 1;
        if (inside >= at.size() || !Character.isUpperCase(at.raw(inside).codePointAt(0))) {
            return null;
        }
        int verb = comma - 1;
        if (SpeechCues.VERB_PARTICLES.contains(at.word(verb)) && verb - 1 > start) {
            verb--;
        }
        if (!SpeechCues.hasVerbForm(at.raw(verb)) || verb - 1 < start) {
            return null;
        }
        int subject = verb - 1;
        while (subject > start && SpeechCues.AUXILIARIES.contains(at.word(subject))) {
            subject--;
        }
        SpeakerRef s = speakers.nameEndingAt(subject, start);
        if (s == null && SpeechCues.PRONOUNS.contains(at.word(subject))) {
            s = new SpeakerRef(at.span(subject), at.raw(subject), null, true);
        }
        return s == null ? null : new Attribution(s, at.span(verb), at.raw(verb));
    }

    /**
     * Words quoted to finish a short clause of the writer's with no verb of saying, right after a sentence of the
     * paragraph that closes on a cue ("“The officer returned fire,” he said. Mr. Rahami fled, “indiscriminately firing
     * his weapon at passing vehicles.”"): the writer carries on the speaker's account and quotes its words, so they
     * are that speaker's, not the clause subject's. {@code null} when the clause is long, holds a verb of saying or
     * naming, the quote does not close the sentence, or the sentence before neither closes on a cue nor quotes
     * someone with one.
     */
    private Attribution continuedAccount(QuotedSpan q, String content, List<Found> earlier) {
        int first = at.firstTokenAtOrAfter(q.outer().begin());
        if (first >= at.size() || words(content) <= MAX_SCARE_WORDS || content.isEmpty()
                || !Character.isLowerCase(content.strip().codePointAt(0))) {
            return null;
        }
        int start = at.sentenceStart(first);
        if (first - start < 1 || first - start > MAX_CONTINUING_CLAUSE) {
            return null;
        }
        for (int t = start; t < first; t++) {
            String w = at.word(t);
            if (SpeechCues.isVerb(w) || SpeechCues.NAMING.contains(w) || w.equals("according") || speakers.isQuoted(t)) {
                return null;
            }
        }
        int after = at.firstTokenAtOrAfter(q.outer().end());
        if (after < at.size() && at.sentenceOf(after) == at.sentenceOf(first) && !at.isPunctuation(after)) {
            return null;
        }
        Attribution before = closingCueBefore(start, q);
        if (before == null && !earlier.isEmpty() && start > 0) {
            // "..., said Amr Tawfeeq, an oil company employee marching with a friend. Morsi “won't take long ...”": the
            // cue stands further back in the sentence before, which quoted its speaker.
            Found last = earlier.get(earlier.size() - 1);
            int lastToken = at.firstTokenAtOrAfter(last.quoted().outer().begin());
            boolean sentenceBefore = lastToken < at.size() && at.sentenceOf(lastToken) == at.sentenceOf(start - 1)
                    && at.paragraphOf(last.quoted().outer().begin()) == at.paragraphOf(q.outer().begin());
            before = sentenceBefore && last.attribution() != null && last.attribution().cue() != null ? last.attribution() : null;
        }
        return before == null || before.speaker() == null ? null : new Attribution(before.speaker(), null, null);
    }

    /** Tokens of the writer's clause before a quote that carries on an account: a subject, a verb, a comma. */
    private static final int MAX_CONTINUING_CLAUSE = 5;

    /** A quote right after a sentence of its paragraph that closes on a cue ("..., Schiff said. “The other factor ...”") is that speaker's. */
    private Attribution fromSentenceBefore(QuotedSpan q) {
        return closingCueBefore(at.firstTokenAtOrAfter(q.outer().begin()), q);
    }

    /** The cue that closes the sentence ending right before token {@code first}, in the paragraph of {@code q}. */
    private Attribution closingCueBefore(int first, QuotedSpan q) {
        if (first <= 0 || first >= at.size() || at.sentenceOf(first - 1) == at.sentenceOf(first)
                || at.paragraphOf(at.span(first - 1).begin()) != at.paragraphOf(q.outer().begin())) {
            return null;
        }
        int end = first - 1;
        while (end > 0 && at.isPunctuation(end)) {
            end--;
        }
        int start = at.sentenceStart(end);
        for (int c = end; c >= Math.max(start, end - 4); c--) {
            if (SpeechCues.isVerb(at.word(c)) && !SpeechCues.NAMING.contains(at.word(c))) {
                // "..., Blunt said of Cruz.": a name after a preposition is what was spoken of; the subject spoke.
                boolean spokenOf = c < end && TOPIC_PREPOSITIONS.contains(at.word(c + 1));
                SpeakerRef s = c < end && !spokenOf ? speakers.after(c + 1, end + 1) : speakers.subjectBefore(c, start);
                Attribution inner = s == null ? null : innerReport(s, start);
                if (inner != null) {
                    return inner;
                }
                return s == null ? null : new Attribution(s, at.span(c), at.raw(c));
            }
        }
        return null;
    }

    /**
     * In "A warned, B reported" the outer clause names who passed the words on and the inner one who said them
     * ("“...,” the Korean Central News Agency warned, Newsweek reported."): the inner cue and its subject when a
     * comma and a verb of saying with a subject stand right before the outer subject {@code outer}; {@code null}
     * otherwise.
     */
    private Attribution innerReport(SpeakerRef outer, int start) {
        int comma = at.firstTokenAtOrAfter(outer.span().begin()) - 1;
        if (comma - 1 <= start || !at.raw(comma).equals(",")) {
            return null;
        }
        int v = comma - 1;
        if (!SpeechCues.isVerb(at.word(v)) || SpeechCues.NAMING.contains(at.word(v)) || speakers.isQuoted(v)) {
            return null;
        }
        SpeakerRef s = speakers.subjectRightBefore(v, start);
        return s == null ? null : new Attribution(s, at.span(v), at.raw(v));
    }

    /**
     * Words quoted inside the writer's sentence with no verb of saying ("Trump openly admires Putin as a “strong
     * leader,”", "Protesters chanted “What curfew?”") are its subject's: the sentence says what they did with them.
     */
    private Attribution fromClauseSubject(QuotedSpan q, String content) {
        int first = at.firstTokenAtOrAfter(q.outer().begin());
        if (first >= at.size() || kind(q, content) != QuoteKind.PARTIAL || isTitle(content.strip().replaceFirst("[.,]$", ""))) {
            return null;
        }
        // A term of a few words is a scare quote ("a “freeze” in fighting") unless the sentence calls someone by it
        // ("admires Putin as a “strong leader”") or it is a cry ("chanted “What curfew?”").
        String before = at.text.substring(Math.max(0, q.outer().begin() - 60), q.outer().begin()).toLowerCase(java.util.Locale.ROOT);
        boolean callsBy = CALLS_BY.matcher(before).find();
        if (words(content) <= MAX_SCARE_WORDS && !callsBy && !content.strip().matches("(?s).*[?!]$")) {
            return null;
        }
        int start = Math.min(at.sentenceStart(first), first);
        int main = mainClauseStart(start, first);
        for (int c = first - 1; c > main && c >= first - MAX_NAMING_REACH; c--) {
            if (passiveNamingAgent(at, c) != NOT_PASSIVE_NAMING) {
                // "The general was dubbed “the butcher” by Amnesty": the one named is not the sentence's speaker.
                return passiveNaming(new Attribution(null, at.span(c), at.raw(c)));
            }
        }
        SpeakerRef s = namer(main, first);
        s = s != null ? s : speakers.sentenceSubject(main, first);
        if (s != null && isNamedObject(s, first)) {
            // "Hard-liners ... denouncing Morsi's opponents as “enemies of God”": the one named by the words is no
            // speaker of them; the subject stands before the verb, if it is a name at all.
            s = speakers.sentenceSubject(main, at.firstTokenAtOrAfter(s.span().begin()));
        }
        if (s == null && main > start) {
            s = speakers.sentenceSubject(start, first);
        }
        return s == null ? null : new Attribution(s, null, null);
    }

    /**
     * Whether {@code s} is the object a verb names by the quote at {@code first} ("denouncing Morsi's opponents as
     * “enemies of God”", "described Trump as a “...”"): a verb stands right before it, and "as" right after it or after the
     * thing it owns.
     */
    private boolean isNamedObject(SpeakerRef s, int first) {
        int b = at.firstTokenAtOrAfter(s.span().begin());
        int t = at.lastTokenEndingBy(s.span().end()) + 1;
        if (at.isPossessive(t)) {
            t += 2; // "Morsi's opponents as"
        }
        String v = at.word(b - 1);
        return t < first && at.word(t).equals("as") && !at.isCapitalized(b - 1)
                && (SpeechCues.isVerb(v) || v.endsWith("ing") || at.isPastForm(b - 1));
    }

    /**
     * Where the main clause begins in a sentence that opens with a subordinate one ("When Steve Kroft asked the President
     * why he “...,” Obama went so far as to ..."): after the first comma before {@code limit}, the one that closes a
     * quote inside the clause included; {@code start} when the sentence opens otherwise or no comma closes the clause.
     * "As X noted, ..." is no such clause: it says who speaks.
     */
    private int mainClauseStart(int start, int limit) {
        if (!SUBORDINATORS.contains(at.word(start))) {
            return start;
        }
        for (int t = start + 1; t < limit; t++) {
            if (!at.raw(t).equals(",")) {
                continue;
            }
            if (speakers.isQuoted(t) && !(t + 1 < at.size() && QUOTE_MARK.matcher(at.raw(t + 1)).matches())) {
                continue; // a comma inside quoted words, not one that ends them
            }
            int next = t + 1;
            while (next < limit && at.isPunctuation(next)) {
                next++;
            }
            return next < limit ? next : start;
        }
        return start;
    }

    /** "what Assad called “terrorists”": the subject right before a naming verb just before the quote; {@code null} if none. */
    private SpeakerRef namer(int start, int first) {
        for (int c = first - 1; c > start && c >= first - MAX_NAMING_REACH; c--) {
            if (SpeechCues.NAMING.contains(at.word(c))) {
                return speakers.subjectRightBefore(c, start);
            }
        }
        return null;
    }

    /** A transcript turn quoted whole ("\"WALLACE: Let's start ..."): the label names the speaker and is not part of the words. */
    private Attribution labelInside(QuotedSpan q) {
        var m = QuoteMarks.SPEAKER_LABEL.matcher(at.text).region(q.content().begin(), q.content().end());
        if (!m.lookingAt() || m.group(1).split("\\s+").length > 4
                || isTitle(at.text.substring(m.end(), q.content().end()).strip().replaceFirst("[.,]$", ""))) {
            // "“Collapse: How Societies Choose to Fail or Succeed”" is a title and its subtitle, not a turn.
            return null;
        }
        Span name = new Span(m.start(1), m.end(1));
        int t = at.firstTokenAtOrAfter(name.begin());
        org.sitrep.core.Mention mention = at.mention(t) != null ? at.mention(t)
                : new org.sitrep.core.Mention(name, name.of(at.text), org.sitrep.core.EntityType.PERSON);
        return new Attribution(new SpeakerRef(name, name.of(at.text), mention, false), new Span(m.end(1), m.end(1) + 1), ":");
    }

    /** A quote in a transcript line ("PENCE: ... “Shark Tank.” ...") is the labelled speaker's. */
    private Attribution fromParagraphLabel(QuotedSpan q) {
        Span paragraph = at.paragraphs.get(at.paragraphOf(q.outer().begin()));
        Attribution label = labels.of(paragraph);
        return label != null && label.cue().end() <= q.outer().begin() ? label : null;
    }

    /** A quote opening its paragraph after a paragraph that ends "X said:" is X's. */
    private Attribution fromPreviousParagraph(QuotedSpan q) {
        int p = at.paragraphOf(q.outer().begin());
        if (p == 0 || at.paragraphs.get(p).begin() != q.outer().begin()) {
            return null;
        }
        Span previous = at.paragraphs.get(p - 1);
        String prevText = previous.of(at.text).strip();
        if (!prevText.endsWith(":")) {
            return null;
        }
        int colon = at.lastTokenEndingBy(previous.end());
        int start = at.sentenceStart(colon);
        for (int c = colon - 1; c >= start; c--) {
            if (SpeechCues.isVerb(at.word(c))) {
                SpeakerRef s = speakers.subjectBefore(c, start);
                return s == null ? null : new Attribution(s, at.span(c), at.raw(c));
            }
        }
        // "Sanders made the following comment:" with no verb of saying: the sentence's subject, as in before().
        SpeakerRef s = speakers.sentenceSubject(start, colon);
        return s == null ? null : new Attribution(s, at.span(colon), ":");
    }

    /**
     * A quote that follows an attributed quote in the same paragraph ("“A,” he said. “B.”"), or opens the paragraph
     * after it, is the same speaker's.
     */
    private boolean namesSomeoneOutsideQuotes(Span paragraph) {
        for (int t = at.firstTokenAtOrAfter(paragraph.begin()); t < at.size() && at.span(t).begin() < paragraph.end(); t++) {
            if (speakers.isQuoted(t)) {
                continue;
            }
            org.sitrep.core.Mention m = at.mention(t);
            String w = at.word(t);
            if (m != null && m.type() != org.sitrep.core.EntityType.MISC || SpeechCues.PEOPLE_NOUNS.contains(w)
                    || SpeechCues.PRONOUNS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A whole quote nothing else attributes that opens a sentence right after one of reported speech, in its paragraph
     * or closing the paragraph before ("Time magazine reports that Hamas is in ruins. “Israeli intelligence officials
     * tell TIME ...”"): news goes on from what a source said to its own words. The reporting verb's subject, without a
     * cue; {@code null} when the sentence before reports nobody's words.
     */
    private Attribution fromReportBefore(QuotedSpan q) {
        int first = at.firstTokenAtOrAfter(q.outer().begin());
        if (first <= 0 || first >= at.size() || at.sentenceOf(first - 1) == at.sentenceOf(first)) {
            return null;
        }
        int p = at.paragraphOf(q.outer().begin());
        int before = at.paragraphOf(at.span(first - 1).begin());
        if (before != p && (before != p - 1 || namesSomeoneOutsideQuotes(at.paragraphs.get(p)))) {
            return null;
        }
        int start = at.sentenceStart(first - 1);
        for (int c = start + 1; c < first - 1; c++) {
            if (SpeechCues.isVerb(at.word(c)) && !SpeechCues.NAMING.contains(at.word(c)) && !speakers.isQuoted(c)) {
                SpeakerRef s = speakers.subjectBefore(c, start);
                return s == null ? null : new Attribution(s, null, null);
            }
        }
        return null;
    }

    /**
     * A whole quote nothing else attributes that opens a sentence right after one, in its paragraph, whose subject is
     * a person ("Despite escaping to Jordan, Noura hasn't found happiness. “When we walk ...”"): news introduces
     * someone and then gives their words. That subject, without a cue; {@code null} when the sentence before opens
     * with no person or pronoun.
     */
    private Attribution fromIntroducingSentence(QuotedSpan q) {
        int first = at.firstTokenAtOrAfter(q.outer().begin());
        if (first <= 0 || first >= at.size() || at.sentenceOf(first - 1) == at.sentenceOf(first)
                || at.paragraphOf(at.span(first - 1).begin()) != at.paragraphOf(q.outer().begin())) {
            return null;
        }
        int start = at.sentenceStart(first - 1);
        SpeakerRef s = speakers.sentenceSubject(start, first - 1);
        // "Despite escaping to Jordan, Noura ...": past an opening phrase the clause's subject comes.
        for (int c = start + 1; !isPerson(s) && c < first - 1 && c - start <= MAX_OPENING_PHRASE; c++) {
            if (at.raw(c).equals(",")) {
                s = speakers.sentenceSubject(c + 1, first - 1);
                break;
            }
        }
        return isPerson(s) ? new Attribution(s, null, null) : null;
    }

    private static final int MAX_OPENING_PHRASE = 10;

    private static boolean isPerson(SpeakerRef s) {
        return s != null && (s.pronoun() || s.named() != null && s.named().type() == org.sitrep.core.EntityType.PERSON);
    }

    private Attribution fromPreviousQuote(QuotedSpan q, List<Found> earlier) {
        if (earlier.isEmpty()) {
            return null;
        }
        Found last = earlier.get(earlier.size() - 1);
        int p = at.paragraphOf(q.outer().begin());
        int lastParagraph = at.paragraphOf(last.quoted().outer().begin());
        // News runs a speaker's quote on into the next paragraph without saying again who speaks, as long as the
        // paragraph opens with the quote and names nobody else outside it ("“...,” the man cried back").
        boolean opensNext = lastParagraph == p - 1 && p >= 0
                && at.firstTokenAtOrAfter(at.paragraphs.get(p).begin()) == at.firstTokenAtOrAfter(q.outer().begin())
                && !namesSomeoneOutsideQuotes(at.paragraphs.get(p));
        return (lastParagraph == p || opensNext) && last.attribution() != null
                ? new Attribution(last.attribution().speaker(), null, null) : null;
    }
}
