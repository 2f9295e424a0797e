package org.sitrep.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Quote;
import org.sitrep.core.Speaker;
import org.sitrep.core.SpeakerBasis;
import org.sitrep.core.SpanSet;
import org.sitrep.nlp.PersonGender;
import org.sitrep.nlp.PersonGender.Gender;
import org.sitrep.nlp.PersonTitles;

/**
 * The name a speaker pronoun stands for. "He" and "she" look, in order, for a person earlier in the same sentence,
 * the subject of the sentence before (or what that subject stands for when it is the same pronoun), the last person
 * quoted within a few paragraphs (or another person a sentence since made its subject), and the later of the last
 * person named and the last one quoted who was described, not named ("a Syrian doctor ... told the BBC");
 * every candidate agrees in gender with the pronoun (as far as names, titles and the article's pronouns tell:
 * {@link NamedGenders}) and none stands inside quotation marks, whose names are the speaker's words, not the speaker.
 * "They" and "it" stand for the last organisation quoted or named, "it" also for a country that opens a sentence.
 * {@code null} for "I" and "we", and when nothing fits.
 */
final class PronounAntecedents {
    /**
     * A name a pronoun or description stands for ({@code null} when nothing fits), and how it was found; for "they"
     * or "it" after a statement by a description ("the officials said. They said ..."), {@code described} holds
     * that description's words and {@code named} is {@code null}; {@code describedAt} is where that description
     * stands when it is one person's ("the interior minister said ... He said"), so that the name it stands for can
     * be found, else {@code null}.
     */
    record Antecedent(Mention named, SpeakerBasis basis, String described, org.sitrep.core.Span describedAt) {
        Antecedent(Mention named, SpeakerBasis basis) {
            this(named, basis, null, null);
        }

        Antecedent(Mention named, SpeakerBasis basis, String described) {
            this(named, basis, described, null);
        }
    }

    private static final int REACH_PARAGRAPHS = 3;
    private static final Set<String> PREPOSITIONS = Set.of("of", "to", "by", "with", "for", "from", "about", "against",
            "at", "on", "in", "than", "like", "and", "or");

    private final ArticleText at;
    private final SpanSet quoted;
    private final NamedGenders genders;

    PronounAntecedents(ArticleText at, SpanSet quoted, NamedGenders genders) {
        this.at = at;
        this.quoted = quoted;
        this.genders = genders;
    }

    Antecedent of(SpeakerRef pronoun, List<Quote> earlier) {
        return of(pronoun, null, earlier);
    }

    /**
     * The subject form of a speaker pronoun, lower-cased: an owner's possessive ("his claim that", "their belief
     * that") stands for whom its subject form would; any other word is returned lower-cased as it is.
     */
    static String subjectForm(String pronoun) {
        String w = pronoun.toLowerCase(Locale.ROOT);
        return SUBJECT_FORMS.getOrDefault(w, w);
    }

    /** The possessives of the third person, whose owner a speaker pronoun's resolution finds, with their subject forms. */
    static final Map<String, String> SUBJECT_FORMS = Map.of("his", "he", "her", "she", "their", "they", "its", "it");

    /**
     * What {@code pronoun}, the speaker of the statement whose words are {@code content} ({@code null} when unknown),
     * stands for. A pronoun after its statement ("“...,” he said") looks for its antecedent from where the statement
     * opens: the sentence before a quote of several sentences is the one before the quote, not its own first sentence,
     * and no name inside the statement's words is the one who said them.
     */
    Antecedent of(SpeakerRef pronoun, org.sitrep.core.Span content, List<Quote> earlier) {
        return of(pronoun, content, earlier, 0);
    }

    private Antecedent of(SpeakerRef pronoun, org.sitrep.core.Span content, List<Quote> earlier, int chain) {
        String w = subjectForm(pronoun.text());
        EntityType wanted = switch (w) {
            case "he", "she" -> EntityType.PERSON;
            case "they", "it" -> EntityType.ORGANIZATION;
            default -> null;
        };
        if (wanted == null) {
            return new Antecedent(null, SpeakerBasis.PRONOUN_UNRESOLVED);
        }
        Gender gender = PersonGender.ofPronoun(w);
        int t = at.firstTokenAtOrAfter(pronoun.span().begin());
        int anchor = opening(t, content);
        if (wanted == EntityType.PERSON && t < at.size()) {
            Mention inSentence = firstPerson(at.sentenceStart(anchor), interruptedClause(t), gender, content);
            if (inSentence != null && !samePronounBefore(w, at.sentenceStart(anchor), inSentence, content)) {
                return new Antecedent(inSentence, SpeakerBasis.PRONOUN_NEARBY);
            }
            int start = at.sentenceStart(anchor);
            if (start > 0 && at.paragraphOf(at.span(start - 1).begin()) >= at.paragraphOf(pronoun.span().begin()) - 1) {
                int before = at.sentenceStart(start - 1);
                Mention subject = subjectOf(before, start, gender);
                org.sitrep.core.Span described = describedPerson(before, start, gender);
                if (described != null && firstPerson(before, start, Gender.UNKNOWN, null) == null) {
                    return new Antecedent(null, SpeakerBasis.PRONOUN_NEARBY, described.of(at.text), described);
                }
                if (subject != null) {
                    return new Antecedent(subject, SpeakerBasis.PRONOUN_NEARBY);
                }
                Antecedent chained = chain < MAX_CHAIN ? chained(w, before, start, earlier, chain) : null;
                if (chained != null) {
                    return chained;
                }
            }
        }
        if (wanted == EntityType.ORGANIZATION) {
            return organisation(pronoun, t, earlier);
        }
        Mention paragraphSubject = t < at.size() ? paragraphSubject(at.sentenceStart(anchor), gender) : null;
        if (paragraphSubject != null) {
            return new Antecedent(paragraphSubject, SpeakerBasis.PRONOUN_NEARBY);
        }
        int said = anchor < t ? at.span(at.sentenceStart(anchor)).begin() : pronoun.span().begin();
        Quote quotedBefore = lastQuoted(pronoun, earlier, gender, said);
        if (quotedBefore != null) {
            Mention since = newerSubject(quotedBefore.content().end(), pronoun, quotedBefore.speaker().named(), gender);
            return since != null ? new Antecedent(since, SpeakerBasis.PRONOUN_LAST_NAMED)
                    : new Antecedent(quotedBefore.speaker().named(), SpeakerBasis.PRONOUN_LAST_SPEAKER);
        }
        Mention last = lastOutsideQuotes(t, wanted, gender);
        Speaker described = lastDescribedSpeaker(earlier, gender);
        if (described != null && (last == null || described.span().begin() > last.span().begin())) {
            // "A Syrian doctor ... told the BBC" paragraphs ago, and no name since: the doctor is the later of the two.
            return new Antecedent(null, SpeakerBasis.PRONOUN_LAST_NAMED, described.text(),
                    described.basis().pronoun() ? null : described.span());
        }
        return new Antecedent(last, last == null ? SpeakerBasis.PRONOUN_UNRESOLVED : SpeakerBasis.PRONOUN_LAST_NAMED);
    }

    /**
     * The speaker of the last statement in {@code earlier} with a speaker who is one person described, not named, and
     * agrees with {@code gender}; {@code null} when no statement has one.
     */
    private static Speaker lastDescribedSpeaker(List<Quote> earlier, Gender gender) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Speaker s = earlier.get(i).speaker();
            if (s != null && s.named() == null && s.span() != null && s.basis() != SpeakerBasis.PRONOUN_UNRESOLVED
                    && describesOnePerson(s.text(), gender)) {
                return s;
            }
        }
        return null;
    }

    /**
     * What the same pronoun stands for when it is the subject of the sentence before ("Like her father, she exerted
     * power ... She declared herself head of the party for life"): a writer who goes on with the same pronoun goes on
     * about the same person, so the later pronoun takes the earlier one's antecedent, found as if the later statements
     * were not yet read, rather than the last person quoted. {@code null} when that sentence's subject is not the same
     * pronoun or the earlier one stands for no one.
     */
    private Antecedent chained(String pronoun, int from, int to, List<Quote> earlier, int chain) {
        int p = pronounSubject(pronoun, mainClause(from, to), to);
        if (p < 0) {
            return null;
        }
        org.sitrep.core.Span span = at.span(p);
        List<Quote> before = earlier.stream().filter(q -> q.content().begin() < span.begin()).toList();
        Antecedent a = of(new SpeakerRef(span, at.raw(p), null, true), null, before, chain + 1);
        return a.named() != null || a.describedAt() != null ? a : null;
    }

    /** Pronouns a chain of sentences may pass through back to the name: a short run of "he ... He ... He said". */
    private static final int MAX_CHAIN = 3;

    /**
     * The token of {@code pronoun} that opens the subject of {@code [from, to)}, outside quotes, before any person
     * named and any "that"; -1 when there is none.
     */
    private int pronounSubject(String pronoun, int from, int to) {
        for (int i = from; i < to; i++) {
            if (at.inAny(i, quoted)) {
                continue;
            }
            if (at.word(i).equals("that") || at.mention(i) != null && at.mention(i).type() == EntityType.PERSON) {
                return -1;
            }
            if (at.word(i).equals(pronoun)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What "it" or "they" stands for, nearest first: an organisation, or for "they" people described, that opens this
     * sentence before the pronoun or the sentence before it ("Teachers have also been murdered. They say ..."); else
     * the speaker of the statement just before, in this paragraph or the one before, when that is an organisation (for
     * "it" only: one named organisation is no "they") or a description that agrees in number ("the report said. ...
     * it said", "the officials said. They said"); else people described or a country as the subject of either
     * sentence; else nothing. Further back, and as any organisation last named, it was wrong on every statement of
     * the field corpus's development half (0 of 13): a plural "they" most often stands for people described, not named
     * ("investigators", "the two police officers"), and an "it" for a country or a document.
     */
    private Antecedent organisation(SpeakerRef pronoun, int t, List<Quote> earlier) {
        boolean plural = !subjectForm(pronoun.text()).equals("it");
        int paragraph = at.paragraphOf(pronoun.span().begin());
        int start = t < at.size() ? at.sentenceStart(t) : 0;
        // The sentence before, when it is in this paragraph or the one before; else this sentence's own start.
        int before = start > 0 && at.paragraphOf(at.span(start - 1).begin()) >= paragraph - 1 ? at.sentenceStart(start - 1) : start;
        Antecedent opening = t < at.size() ? openingSubject(start, t, before, plural) : null;
        if (opening != null) {
            return opening;
        }
        if (!earlier.isEmpty()) {
            Quote last = earlier.get(earlier.size() - 1);
            Speaker s = last.speaker();
            if (s != null && paragraph - at.paragraphOf(last.content().begin()) <= 1) {
                if (s.named() != null && s.named().type() == EntityType.ORGANIZATION && !plural) {
                    return new Antecedent(s.named(), SpeakerBasis.PRONOUN_LAST_SPEAKER);
                }
                // A description, or a pronoun already resolved to one ("They said ... They added ...").
                if (s.named() == null && s.basis() != SpeakerBasis.PRONOUN_UNRESOLVED && isPlural(s.text()) == plural) {
                    return new Antecedent(null, SpeakerBasis.PRONOUN_LAST_SPEAKER, s.text());
                }
            }
        }
        if (t < at.size()) {
            if (plural) {
                org.sitrep.core.Span people = describedPeople(start, t);
                people = people != null || before == start ? people : describedPeople(before, start);
                if (people != null) {
                    return new Antecedent(null, SpeakerBasis.PRONOUN_NEARBY, people.of(at.text));
                }
            } else {
                Mention country = subjectOfType(start, t, EntityType.LOCATION);
                country = country != null || before == start ? country : subjectOfType(before, start, EntityType.LOCATION);
                if (country != null) {
                    return new Antecedent(country, SpeakerBasis.PRONOUN_NEARBY);
                }
            }
        }
        return new Antecedent(null, SpeakerBasis.PRONOUN_UNRESOLVED);
    }

    /**
     * The organisation, or for a plural pronoun the people described, that opens the clause of {@code [start, t)}
     * (the pronoun's own sentence up to it), else of {@code [before, start)} (the sentence before); {@code null} when
     * neither opens with one. A subject that near is more salient than the last speaker: "But the Europeans are
     * toughening their line. Now, they're insisting ..." after a statement of "European officials".
     */
    private Antecedent openingSubject(int start, int t, int before, boolean plural) {
        int[][] clauses = before == start ? new int[][] {{start, t}} : new int[][] {{start, t}, {before, start}};
        for (int[] c : clauses) {
            Mention organisation = organisationOpening(c[0], c[1]);
            if (organisation != null) {
                return new Antecedent(organisation, SpeakerBasis.PRONOUN_NEARBY);
            }
            Mention country = plural ? null : placeOpening(c[0], c[1]);
            if (country != null) {
                return new Antecedent(country, SpeakerBasis.PRONOUN_NEARBY);
            }
            org.sitrep.core.Span people = plural ? peopleOpening(c[0], c[1]) : null;
            if (people != null) {
                return new Antecedent(null, SpeakerBasis.PRONOUN_NEARBY, people.of(at.text));
            }
        }
        return null;
    }

    /**
     * People described, not named, who open the clause of {@code [from, to)}: a plural noun for people with at most
     * three determiners or capitalised words before it ("Teachers", "the Europeans", "Some Syrian officials"); where
     * its words stand, {@code null} when the clause opens otherwise.
     */
    private org.sitrep.core.Span peopleOpening(int from, int to) {
        int first = clauseOpening(from, to);
        if (first < to && INTRODUCTORY.contains(at.word(first))) {
            first++; // "As investigators decided ..., they": the people are "investigators"
        }
        for (int h = first; h < to && h - first <= 3 && !at.inAny(h, quoted) && !at.isPunctuation(h); h++) {
            if (at.mention(h) != null && at.mention(h).type() == EntityType.PERSON) {
                return null;
            }
            if (isPeoplePlural(h)) {
                return new org.sitrep.core.Span(at.span(first).begin(), at.span(h).end());
            }
            if (!at.isCapitalized(h) && !DESCRIBING_PLURAL.contains(at.word(h))) {
                return null;
            }
        }
        return null;
    }

    /**
     * The first place named in {@code [from, to)} outside quotation marks that follows no preposition, as a subject
     * does: "when the US started bombing in Yemen, it claimed ..." makes the US the "it" that speaks; {@code null}
     * when none.
     */
    private Mention subjectOfType(int from, int to, EntityType type) {
        for (int i = from; i < to; i++) {
            Mention m = at.mention(i);
            if (m == null || at.inAny(i, quoted) || at.firstTokenAtOrAfter(m.span().begin()) != i) {
                continue;
            }
            if (isDateline(m)) {
                continue; // "LONDON (Reuters) - ...": where the story was filed, not a subject
            }
            int k = i > from && at.word(i - 1).equals("the") ? i - 1 : i;
            if (m.type() == type && !(k > from && isPreposition(k - 1))) {
                return m;
            }
        }
        return null;
    }

    /**
     * A place that opens its paragraph in capitals or before punctuation, as datelines write where a story was filed
     * ("LONDON (Reuters) -", "Gaza City, Dec. 3 -"); "Iran unveiled ..." opens its paragraph as a subject does.
     */
    private boolean isDateline(Mention m) {
        if (at.paragraphs.get(at.paragraphOf(m.span().begin())).begin() != m.span().begin()) {
            return false;
        }
        int next = at.lastTokenEndingBy(m.span().end()) + 1;
        boolean capitals = m.text().equals(m.text().toUpperCase(Locale.ROOT));
        return capitals || next >= at.size() || at.isPunctuation(next);
    }

    /** Whether token {@code k} is a preposition, of place or any other: what follows it is no subject. */
    private boolean isPreposition(int k) {
        return PREPOSITIONS.contains(at.word(k)) || LOCATIVE.contains(at.word(k));
    }

    private static final Set<String> LOCATIVE = Set.of("in", "into", "across", "near", "over", "through", "toward",
            "towards", "inside", "outside", "within", "between", "via", "under", "around", "off");

    /**
     * People described, not named, as the subject of {@code [from, to)}: a plural noun for people ("European
     * officials", "the Europeans", "Teachers") that follows no preposition, with the modifiers before it; where its
     * words stand, {@code null} when none does. "They" after them is those people.
     */
    private org.sitrep.core.Span describedPeople(int from, int to) {
        for (int h = from; h < to; h++) {
            if (at.inAny(h, quoted) || at.mention(h) != null && at.mention(h).type() == EntityType.PERSON) {
                return null;
            }
            if (!isPeoplePlural(h)) {
                continue;
            }
            int b = h;
            while (b > from && h - b < 3 && !at.isPunctuation(b - 1) && !isPreposition(b - 1)
                    && (at.isCapitalized(b - 1) || DESCRIBING_PLURAL.contains(at.word(b - 1)))) {
                b--;
            }
            if (b > from && isPreposition(b - 1)) {
                continue;
            }
            return new org.sitrep.core.Span(at.span(b).begin(), at.span(h).end());
        }
        return null;
    }

    private static final Set<String> DESCRIBING_PLURAL = Set.of("the", "some", "many", "most", "several", "both", "these", "those");

    /** A plural noun for people: "officials", "residents", "Teachers", "Europeans", "Israelis". */
    private boolean isPeoplePlural(int t) {
        String w = at.word(t);
        if (!w.endsWith("s") || w.endsWith("ss") || w.length() < 4) {
            return false;
        }
        // A word of a name is no noun of people, whatever its ending ("June 12 (Reuters) - Two firms ..., they said").
        boolean agent = (w.endsWith("ers") || w.endsWith("ists") || w.endsWith("ants") || w.endsWith("ents") || w.endsWith("ians"))
                && at.mention(t) == null;
        boolean demonym = at.isCapitalized(t) && (w.endsWith("ans") || w.endsWith("is")) && at.mention(t) == null;
        // The plural of a role is people holding it: "The directors, whose tenures span 35 years, wrote ...".
        boolean roles = SpeakerDetails.isRoleWord(w.substring(0, w.length() - 1)) && at.mention(t) == null;
        return agent || demonym || (roles || SpeechCues.PEOPLE_NOUNS.contains(w)) && !COLLECTIVE_NOUNS.contains(w);
    }

    /** Nouns of {@link SpeechCues#PEOPLE_NOUNS} for documents and bodies, which "they" does not stand for. */
    private static final Set<String> COLLECTIVE_NOUNS = Set.of("statements", "reports", "documents", "letters", "polls",
            "surveys", "studies", "articles", "members");

    /**
     * The words of a person described, not named, who opens the clause of {@code [from, to)} ("That week, a Yemeni
     * journalist with close ties to AQAP explained ...", "The man on the motorcycle was going the wrong way"): a
     * determiner, at most two words, and a noun for one person that agrees with the pronoun, at the start or after a
     * comma with no name before it, or as the subject of a clause of saying opened by a subordinator ("The comments
     * came as a Syrian doctor in Qusair ... described the horrors"); where its words stand, {@code null} when none does. A sentence that names a
     * person is left to the name: "The officer ordered him ..., Captain Sarnicki said" makes Sarnicki the "he" who
     * speaks next.
     */
    private org.sitrep.core.Span describedPerson(int from, int to, Gender gender) {
        for (int d = from; d < to && d - from <= 20; d++) {
            if (at.mention(d) != null && at.mention(d).type() == EntityType.PERSON || at.inAny(d, quoted)) {
                return null;
            }
            boolean opens = d == from || at.raw(d - 1).equals(",");
            boolean clause = d > from && CLAUSE_OPENERS.contains(at.word(d - 1));
            if (!opens && !clause || !DESCRIBING.contains(at.word(d))) {
                continue;
            }
            for (int h = d + 1; h < to && h <= d + 3 && !at.isPunctuation(h); h++) {
                Gender g = PERSON_NOUNS.get(at.word(h));
                // A compound noun is read whole: "the secretary-general", not "the secretary".
                int end = Math.min(at.compoundEnd(h), to - 1);
                boolean owner = end + 1 < to && at.isPossessive(end + 1);
                if (g != null && !owner && g.agreesWith(gender) && (opens || speaksIn(end + 1, to))) {
                    return new org.sitrep.core.Span(at.span(d).begin(), at.span(end).end());
                }
            }
        }
        return null;
    }

    private static final Set<String> DESCRIBING = Set.of("a", "an", "the", "one", "another");

    /**
     * Whether a verb of saying stands outside quotes in {@code [from, to)} within {@link #VERB_REACH} tokens: a person
     * described after "as" or "when" is the subject of a clause of saying ("came as a Syrian doctor in Qusair, the
     * scene of heavy fighting, described the horrors"), not a role ("worked as a doctor").
     */
    private boolean speaksIn(int from, int to) {
        for (int i = from; i < to && i - from < VERB_REACH; i++) {
            if (SpeechCues.VERBS.contains(at.word(i)) && !at.inAny(i, quoted)) {
                return true;
            }
        }
        return false;
    }

    /** Tokens from a described speaker's noun to its verb, past an apposition ("a doctor in X, the scene of ..., described"). */
    private static final int VERB_REACH = 20;
    /** Words that open a clause inside a sentence, whose subject follows them. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("as", "when", "while", "because", "after", "before",
            "since", "though", "although", "whereas");

    /** The gender a noun for one person tells ("spokeswoman": female, "diplomat": unknown); {@code null} for any other word. */
    static Gender personNoun(String word) {
        return PERSON_NOUNS.get(word);
    }
    /** Nouns for one person, with the gender they tell (UNKNOWN when none). */
    private static final java.util.Map<String, Gender> PERSON_NOUNS = personNouns();

    private static java.util.Map<String, Gender> personNouns() {
        java.util.Map<String, Gender> m = new java.util.HashMap<>();
        for (String w : List.of("man", "spokesman", "father", "husband", "son", "brother", "uncle", "boy", "chairman",
                "policeman", "grandfather", "businessman")) {
            m.put(w, Gender.MALE);
        }
        for (String w : List.of("woman", "spokeswoman", "mother", "wife", "daughter", "sister", "aunt", "girl",
                "chairwoman", "policewoman", "grandmother", "businesswoman")) {
            m.put(w, Gender.FEMALE);
        }
        for (String w : List.of("journalist", "official", "source", "witness", "resident", "activist", "analyst", "expert",
                "commander", "leader", "diplomat", "envoy", "doctor", "medic", "fighter", "rebel", "officer", "soldier",
                "spokesperson", "lawyer", "teacher", "nurse", "worker", "farmer", "survivor", "refugee", "reporter",
                "correspondent", "driver", "passenger", "neighbour", "neighbor", "cousin", "colleague", "friend", "relative",
                "student", "villager", "eyewitness", "minister", "general", "colonel", "adviser", "advisor", "aide",
                "governor", "mayor", "negotiator", "mediator", "judge", "prosecutor", "investigator", "researcher",
                "civilian", "shopkeeper", "owner", "seller", "vendor", "militant", "member", "representative", "ambassador",
                "secretary", "director", "candidate", "senator", "lawmaker", "observer", "protester", "demonstrator",
                "parent", "veteran", "pilot", "guard", "detective", "survivor", "physician", "surgeon", "engineer",
                "trader", "merchant", "student", "professor", "cleric", "imam", "priest", "volunteer", "employee",
                "terrorist", "suspect", "defendant", "gunman", "bomber", "attacker", "prisoner", "detainee", "hostage",
                "victim", "convict", "insurgent", "militiaman", "sniper", "hijacker", "kidnapper", "informant", "captive")) {
            m.put(w, Gender.UNKNOWN);
        }
        return java.util.Map.copyOf(m);
    }

    /** Whether a description names more than one ("officials", "the police", "both sides"). */
    private static boolean isPlural(String description) {
        String head = head(description);
        return head.endsWith("s") && !head.endsWith("ss") || COLLECTIVE_PLURALS.contains(head);
    }

    /**
     * The head noun of a description, in lower case: its last word before a comma, a preposition, a relative pronoun
     * or a participle with a phrase after it ("Others involved in planning the handover": "others"; "a doctor in
     * Qusair": "doctor"); its last word when nothing follows.
     */
    static String head(String description) {
        String[] words = description.strip().toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            // "involved in", "killed by": a participle that takes a phrase after it; "a retired general" keeps its noun
            boolean participle = (w.endsWith("ed") || w.endsWith("ing")) && i + 1 < words.length
                    && (PREPOSITIONS.contains(words[i + 1]) || LOCATIVE.contains(words[i + 1]));
            if (w.startsWith(",") || words[i - 1].endsWith(",") || POST_MODIFIERS.contains(w) || PREPOSITIONS.contains(w)
                    || LOCATIVE.contains(w) || participle) {
                return words[i - 1].replaceAll("\\W+$", "");
            }
        }
        return words[words.length - 1].replaceAll("\\W+$", "");
    }

    private static final Set<String> POST_MODIFIERS = Set.of("who", "whom", "whose", "which", "that", "based");

    private static final Set<String> COLLECTIVE_PLURALS = Set.of("police", "people", "authorities", "military", "media");

    /**
     * The organisation that opens the clause of {@code [from, to)}: its first words, after a determiner or an
     * introductory phrase closed by a comma ("In a statement, the ministry ..."); {@code null} when none does.
     */
    private Mention organisationOpening(int from, int to) {
        int t = clauseOpening(from, to);
        if (t < to && at.word(t).equals("the")) {
            t++;
        }
        Mention m = t < to ? at.mention(t) : null;
        return m != null && m.type() == EntityType.ORGANIZATION && !at.inAny(t, quoted) ? m : null;
    }

    /**
     * The place that opens the clause of {@code [from, to)} as its subject, as "it" goes on about a country ("Iran
     * unveiled a fighter jet in 2007. In the same year, it claimed ..."); {@code null} when none does or the place is a
     * dateline.
     */
    private Mention placeOpening(int from, int to) {
        int t = clauseOpening(from, to);
        Mention m = t < to ? at.mention(t) : null;
        boolean opens = m != null && at.firstTokenAtOrAfter(m.span().begin()) == t;
        int after = opens ? at.lastTokenEndingBy(m.span().end()) + 1 : to;
        boolean owner = after < to && at.isPossessive(after); // "Syria's foreign ministry said ... it" is the ministry
        return opens && !owner && m.type() == EntityType.LOCATION && !at.inAny(t, quoted) && !isDateline(m) ? m : null;
    }

    /** The first token of {@code [from, to)} past an introductory phrase closed by a comma and a "but" or "and". */
    private int clauseOpening(int from, int to) {
        int t = from;
        if (t < to && INTRODUCTORY.contains(at.word(t))) {
            for (int c = t; c < to && c - t <= 10; c++) {
                if (at.raw(c).equals(",")) {
                    t = c + 1;
                    break;
                }
            }
        }
        if (t < to && (at.word(t).equals("but") || at.word(t).equals("and"))) {
            t++;
        }
        return t;
    }

    private static final Set<String> INTRODUCTORY = Set.of("in", "on", "at", "after", "before", "during", "since",
            "with", "by", "amid", "under", "when", "while", "as", "although", "though", "if", "because", "earlier",
            "later", "meanwhile", "however", "yet", "but", "and", "instead", "last", "this");

    /**
     * The last statement within reach whose named speaker is a person, agrees and is named before {@code said} (where
     * the words the pronoun's cue reports open: a speaker named inside them is one they report), or {@code null}.
     */
    private Quote lastQuoted(SpeakerRef ref, List<Quote> earlier, Gender gender, int said) {
        int paragraph = at.paragraphOf(ref.span().begin());
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (paragraph - at.paragraphOf(earlier.get(i).content().begin()) > REACH_PARAGRAPHS) {
                break;
            }
            Speaker s = earlier.get(i).speaker();
            boolean inWordsSaid = s != null && s.named() != null && s.named().span().begin() >= said
                    && s.named().span().end() <= ref.span().begin();
            if (s != null && s.named() != null && s.named().type() == EntityType.PERSON && agrees(s.named(), gender)
                    && !inWordsSaid) {
                return earlier.get(i);
            }
        }
        return null;
    }

    /**
     * The subject of the last sentence between the one where the last speaker's statement ends (at {@code from}) and
     * the pronoun's own when it is a person other than {@code speaker} who agrees: a writer who makes someone else the
     * subject after a statement has moved on from its speaker ("“...,” Smith said. [new paragraph] Jones arrived on
     * Monday. [new paragraph] He said ..."), so the pronoun goes on about that subject. {@code null} when no sentence
     * between has such a subject, or a later one has the speaker as its subject again.
     */
    private Mention newerSubject(int from, SpeakerRef ref, Mention speaker, Gender gender) {
        int t = at.firstTokenAtOrAfter(ref.span().begin());
        int first = at.firstTokenAtOrAfter(from);
        if (t >= at.size() || first >= at.sentenceStart(t)) {
            return null;
        }
        int end = at.sentenceStart(t);
        String speakerSurname = SpeakerDetails.surname(speaker.text());
        Mention found = null;
        for (int s = at.sentenceEnd(first); s < end; s = at.sentenceEnd(s)) {
            Mention subject = subjectOf(s, Math.min(at.sentenceEnd(s), end), gender);
            if (subject != null) {
                found = SpeakerDetails.surname(subject.text()).equals(speakerSurname) ? null : subject;
            }
        }
        return found;
    }

    /**
     * Whether {@code description} is one person's and agrees with {@code gender}: its head, the last word before
     * what follows it ({@link #head}), is a noun for one person ("a Syrian doctor in the strategic town of Qusair").
     */
    private static boolean describesOnePerson(String description, Gender gender) {
        Gender g = description == null ? null : PERSON_NOUNS.get(head(description));
        return g != null && g.agreesWith(gender);
    }

    /**
     * "Noura (31) witnessed her sister being shot ...; she cries when she recalls this. Shortly after her sister's
     * death, Noura's husband developed problems. [new paragraph] “I think he has schizophrenia,” she says": when the
     * pronoun's paragraph up to its sentence (opening at {@code start}) and the paragraph before name one person only,
     * as the subject of one of their sentences, they are about that person, whose "she" goes on rather than someone
     * quoted paragraphs before. {@code null} when they name no one or several people (by surname) outside quotes, when
     * the one they name is no sentence's subject, or does not agree.
     */
    private Mention paragraphSubject(int start, Gender gender) {
        int paragraph = at.paragraphOf(at.span(start).begin());
        int from = start;
        while (from > 0 && at.paragraphOf(at.span(from - 1).begin()) >= paragraph - 1) {
            from = at.sentenceStart(from - 1);
        }
        Mention found = at.onlyPersonBetween(from, start, quoted);
        if (found == null || !agrees(found, gender)) {
            return null;
        }
        for (int s = from; s < start; s = at.sentenceEnd(s)) {
            Mention subject = subjectOf(s, at.sentenceEnd(s), gender);
            if (subject != null && SpeakerDetails.surname(subject.text()).equals(SpeakerDetails.surname(found.text()))) {
                return found;
            }
        }
        return null;
    }

    /**
     * The token where the statement of a pronoun after it opens ("“...,” he said"): its words' first token when they
     * start before the pronoun in its paragraph, else the pronoun's own token {@code t}.
     */
    private int opening(int t, org.sitrep.core.Span content) {
        if (content == null || t >= at.size() || content.begin() >= at.span(t).begin()
                || at.paragraphOf(content.begin()) != at.paragraphOf(at.span(t).begin())) {
            return t;
        }
        return Math.min(t, at.firstTokenAtOrAfter(content.begin()));
    }

    /**
     * Where the words that an inserted cue interrupts begin ("Jesus, he continued, doesn't ask ...": at "Jesus"), when
     * the pronoun at {@code t} speaks in such a cue: those words open what is said, so a person named in them is its
     * subject, never the speaker; {@code t} itself otherwise.
     */
    private int interruptedClause(int t) {
        int verb = at.pastAuxiliaries(t + 1, at.size());
        if (t < 2 || !at.raw(t - 1).equals(",") || verb + 1 >= at.size() || !SpeechCues.isVerb(at.word(verb))
                || !at.raw(verb + 1).equals(",")) {
            return t;
        }
        int b = t - 1;
        int start = at.sentenceStart(t);
        while (b > start && !(at.isPunctuation(b - 1) && !at.raw(b - 1).equals("-") && !at.isPossessive(b - 1))) {
            b--;
        }
        return b;
    }

    /**
     * Whether the same pronoun stands in {@code [from, name)} outside quotation marks and the words said: "he welcomed
     * Obama's new stress ... and what he called ..." repeats the first "he", who is not the one named after it.
     */
    private boolean samePronounBefore(String pronoun, int from, Mention name, org.sitrep.core.Span content) {
        int to = at.firstTokenAtOrAfter(name.span().begin());
        for (int i = from; i < to; i++) {
            boolean said = content != null && content.overlaps(at.span(i));
            if (at.word(i).equals(pronoun) && !at.inAny(i, quoted) && !said) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first person named in {@code [from, to)} outside quotation marks and outside {@code content} (the words
     * said, {@code null} for none) who agrees, or {@code null}.
     */
    private Mention firstPerson(int from, int to, Gender gender, org.sitrep.core.Span content) {
        for (int i = from; i < to; i++) {
            Mention m = at.mention(i);
            boolean said = content != null && content.overlaps(at.span(i));
            if (m != null && m.type() == EntityType.PERSON && !at.inAny(i, quoted) && !said && agrees(m, gender)) {
                return m;
            }
        }
        return null;
    }

    /** Whether token {@code i} is "he" or "she", the pronouns that tell a gender. */
    private boolean isPersonalPronoun(int i) {
        return at.word(i).equals("he") || at.word(i).equals("she");
    }

    /**
     * The sentence's subject when it is a person: its first person outside quotation marks that follows no
     * preposition and owns nothing ("Jones's brother" is no subject), past an adverbial phrase that opens the sentence
     * when the main clause names a person ("Despite the government's determination to keep Padilla locked up, his
     * chief attorney, Donna Newman, said": Newman, not Padilla); {@code null} otherwise.
     */
    private Mention subjectOf(int from, int to, Gender gender) {
        int main = mainClause(from, to);
        return subjectFrom(main > from && namesPersonOrPronoun(main, to) ? main : from, to, gender);
    }

    /**
     * The first token after an adverbial phrase that opens {@code [from, to)} and is closed by a comma within
     * {@link #ADVERBIAL_REACH} tokens ("After the talks in Geneva, ...", "When Smith arrived, ..."); {@code from}
     * when the sentence opens otherwise.
     */
    private int mainClause(int from, int to) {
        if (from >= to || !ADVERBIAL_OPENERS.contains(at.word(from))) {
            return from;
        }
        for (int c = from + 1; c < to && c - from <= ADVERBIAL_REACH; c++) {
            if (at.raw(c).equals(",")) {
                return c + 1;
            }
        }
        return from;
    }

    private static final int ADVERBIAL_REACH = 15;
    /** Prepositions and subordinators that open an adverbial phrase before a sentence's subject. */
    private static final Set<String> ADVERBIAL_OPENERS = Set.of("in", "on", "at", "after", "before", "during", "since",
            "with", "by", "amid", "under", "when", "while", "as", "although", "though", "if", "because", "despite",
            "unlike", "following", "besides", "without", "among", "once", "until");

    /** Whether a person or "he" or "she" stands in {@code [from, to)} outside quotation marks. */
    private boolean namesPersonOrPronoun(int from, int to) {
        for (int i = from; i < to; i++) {
            boolean person = at.mention(i) != null && at.mention(i).type() == EntityType.PERSON || isPersonalPronoun(i);
            if (person && !at.inAny(i, quoted)) {
                return true;
            }
        }
        return false;
    }

    private Mention subjectFrom(int from, int to, Gender gender) {
        for (int i = from; i < to; i++) {
            if (at.word(i).equals("that") && !at.inAny(i, quoted)) {
                return null; // "The strongman expressed hope that Obama wins": a name after "that" is in the clause held
            }
            if (isPersonalPronoun(i) && PersonGender.ofPronoun(at.word(i)) == gender && !at.inAny(i, quoted)) {
                // "“...,” he said after Bhutto was killed. “...,” he said": the same pronoun opened the sentence
                // before, so both stand for one person, whom a later name in a clause does not replace.
                return null;
            }
            Mention m = at.mention(i);
            if (m == null || m.type() != EntityType.PERSON || at.inAny(i, quoted)) {
                continue;
            }
            int last = at.lastTokenEndingBy(m.span().end());
            boolean afterPreposition = i > from && PREPOSITIONS.contains(at.word(beforeTitle(from, i)));
            boolean possessive = last + 1 < to && at.isPossessive(last + 1);
            // "Jesus, he continued, doesn't ask ...": the name opens what is said; the pronoun is the speaker.
            boolean said = last + 2 < to && isPersonalPronoun(last + 2) && interruptedClause(last + 2) != last + 2;
            if (afterPreposition || possessive || said) {
                return null;
            }
            return agrees(m, gender) ? m : null;
        }
        return null;
    }

    /**
     * The token before a name and its holder's title ("to" of "to President Obama", "to Syrian President Bashar
     * al-Assad"): names keep their own words only ({@link PersonTitles}); not before {@code from}.
     */
    private int beforeTitle(int from, int name) {
        if (name - 3 >= from && PersonTitles.isTitle(at.text, at.span(name - 2).begin(), at.span(name - 1).end())) {
            return name - 3;
        }
        if (name - 2 >= from && PersonTitles.isTitle(at.text, at.span(name - 1).begin(), at.span(name - 1).end())) {
            return name - 2;
        }
        return name - 1;
    }

    private Mention lastOutsideQuotes(int before, EntityType wanted, Gender gender) {
        int from = Math.max(0, before - 2000);
        for (int i = Math.min(before, at.size()) - 1; i >= from; i--) {
            Mention m = at.mention(i);
            // A name in capitals ("By DAVID B. CARUSO, Associated Press Writer") is a byline's or a transcript's label.
            boolean capitals = m != null && m.text().contains(" ") && m.text().equals(m.text().toUpperCase(Locale.ROOT));
            if (m != null && m.type() == wanted && !at.inAny(i, quoted) && agrees(m, gender) && !capitals) {
                return m;
            }
        }
        return null;
    }

    private boolean agrees(Mention m, Gender gender) {
        return m.type() != EntityType.PERSON || genders.of(m).agreesWith(gender);
    }
}
