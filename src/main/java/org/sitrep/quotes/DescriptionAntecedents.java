package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;
import org.sitrep.core.SpanSet;
import org.sitrep.nlp.ActorGazetteer;
import org.sitrep.nlp.Demonyms;
import org.sitrep.nlp.PersonGender;

/**
 * The name a definite description of one speaker stands for: "the firm" or "the security contractor" for the
 * organisation the article is about (G4S), "the secretary" for the person introduced as "Secretary of Defense Donald
 * Rumsfeld", "the strongman" for "Libyan leader Moammar Gadhafi". A reader resolves these without effort; a speaker
 * shown as "the firm" tells an analyst nothing and lists the statement under no one.
 *
 * <p>Only "the" and a head noun for one organisation or one holder of an office qualify, with at most a few
 * modifiers and no preposition ("the spokesman for the ministry" names its own organisation). A person must have been
 * introduced with that office and its modifiers ("the defense minister": "Defense Minister Ehud Barak"), or failing
 * that a word for it, next to their name, before or in apposition after; an organisation is the one whose name holds
 * the head noun, else the one named most often (twice at least) in the paragraphs before. An indefinite description
 * of one holder of an office ("a spokesman") stands only for the person introduced with that office in its sentence
 * or the next. Descriptions of people who were never named ("the official", "the source", "the witness") are left as
 * they are.
 */
final class DescriptionAntecedents {
    /** How far back, in paragraphs, an organisation may have been named. */
    private static final int ORGANISATION_REACH_PARAGRAPHS = 6;
    private static final int MAX_MODIFIERS = 3;
    /**
     * How often an organisation must have been named to be the one a description without its head noun stands for:
     * once is any organisation in passing, and the one meant may be a name the tagger missed.
     */
    private static final int MIN_TIMES_NAMED = 2;
    /** Words before a name that can hold its office ("Libyan leader Moammar Gadhafi", "Secretary of Defense ..."). */
    private static final int TITLE_REACH_TOKENS = 8;
    /** How far back, in paragraphs, a person named only once may have been introduced with an office. */
    private static final int NEAR_PARAGRAPHS = 2;

    private static final Set<String> ORGANISATION_HEADS = Set.of("firm", "company", "contractor", "group", "organisation",
            "organization", "agency", "ministry", "militia", "movement", "party", "alliance", "coalition", "council",
            "committee", "commission", "corporation", "charity", "watchdog", "institute", "bureau", "department", "office",
            "union", "bank", "fund", "airline", "manufacturer", "insurer", "operator", "faction", "outfit", "syndicate", "consortium", "conglomerate", "lender", "retailer", "club");
    /**
     * Words for a country's armed forces: "the military said" after "The Israeli army confirmed ..." is that army, and
     * never an organisation of another kind named more often.
     */
    private static final Set<String> FORCES_HEADS = Set.of("military", "army");
    /** Words that end a phrase for a country's forces ("Israeli army", "Syrian troops"). */
    private static final Set<String> FORCES_WORDS = Set.of("army", "military", "forces", "troops");
    /** Offices and the words an introduction may use for them instead ("the strongman" after "leader Gadhafi"). */
    private static final Map<String, Set<String>> OFFICES = offices();
    /** Words after which an outlet is the one spoken to ("told Reuters", "telling Fox 35"). */
    private static final Set<String> LISTENER_CUES = Set.of("told", "telling", "tells");
    private static final Set<String> APPOSITION_OPENERS = Set.of("a", "an", "the", "its", "his", "her", "their");
    /** Titles written short before a name, as words of {@link #offices()}. */
    private static final Map<String, String> ABBREVIATED = Map.ofEntries(Map.entry("gov.", "governor"),
            Map.entry("sen.", "senator"), Map.entry("gen.", "general"), Map.entry("col.", "colonel"),
            Map.entry("capt.", "captain"), Map.entry("pres.", "president"), Map.entry("sec.", "secretary"),
            Map.entry("amb.", "ambassador"), Map.entry("cmdr.", "commander"), Map.entry("rep.", "congressman"),
            Map.entry("adm.", "admiral"), Map.entry("lt.", "lieutenant"), Map.entry("sgt.", "sergeant"));
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "at", "in", "from", "with", "to", "on", "by",
            "and", "or", "who", "that", "which");

    /** Whether the lower-cased word is a title written short before a name ("sen.", "gen."). */
    static boolean isAbbreviatedTitle(String w) {
        return ABBREVIATED.containsKey(w);
    }

    private final ArticleText at;
    private final SpanSet quoted;

    DescriptionAntecedents(ArticleText at, SpanSet quoted) {
        this.at = at;
        this.quoted = quoted;
    }

    /** The name {@code description} stands for, or {@code null} when it is no definite description or nothing fits. */
    Mention of(SpeakerRef description) {
        if (description.pronoun() || description.named() != null && !officeTakenForName(description.named())) {
            return null;
        }
        Span own = description.named() == null ? null : description.named().span();
        int first = withArticle(at.firstTokenAtOrAfter(description.span().begin()));
        int last = at.lastTokenEndingBy(description.span().end());
        // "China's ambassador to Britain", "the head of the CIA": the role is the head, the name after it whose it is.
        int role = roleBefore(at.mention(last), first);
        last = role >= 0 ? role : last;
        Mention owner = owner(first, last);
        if (owner != null) {
            // "China's ambassador": the country's name is a modifier and "'s" the determiner, as in "the Chinese ambassador".
            first = at.lastTokenEndingBy(owner.span().end()) + 1;
        }
        // Whose the role is modifies it as an owner before it would, unless it is a person: "a spokesman for Zardari"
        // is introduced as "Spokesman Farhatullah Babar", not by whom he speaks for.
        Mention whose = role >= 0 ? at.mention(at.lastTokenEndingBy(description.span().end())) : null;
        owner = owner == null && whose != null && whose.type() != EntityType.PERSON ? whose : owner;
        boolean indefinite = first < at.size() && (at.word(first).equals("a") || at.word(first).equals("an"));
        if (first >= at.size() || last < first + 1 || !at.word(first).equals("the") && !indefinite && owner == null) {
            return null;
        }
        int modifierCount = 0;
        for (int t = first + 1; t <= last; t++) {
            // A hyphenated modifier ("the 190-country lending agency") is one modifier however it was split.
            boolean hyphen = at.raw(t).equals("-") && t > first + 1 && t < last;
            boolean ownName = at.mention(t) != null && at.mention(t).span().equals(own);
            if (at.mention(t) != null && !isPlace(t) && !ownName || at.isPunctuation(t) && !hyphen || at.isPossessive(t) || PREPOSITIONS.contains(at.word(t))) {
                return null;
            }
            modifierCount += hyphen || at.raw(t - 1).equals("-") ? 0 : 1;
        }
        if (modifierCount - 1 > MAX_MODIFIERS) {
            return null;
        }
        String head = at.word(last);
        if ((indefinite || owner != null) && !OFFICES.containsKey(head)) {
            return null;
        }
        if (FORCES_HEADS.contains(head)) {
            // "The Israeli army" names its own country; only "the military", "the army" need the one named before.
            for (int t = first + 1; t < last; t++) {
                if (at.isCapitalized(t)) {
                    return null;
                }
            }
            return stateForces(description.span().begin());
        }
        if (ORGANISATION_HEADS.contains(head)) {
            return organisation(head, description.span().begin());
        }
        Set<String> office = OFFICES.get(head);
        Set<String> modifiers = new java.util.HashSet<>();
        boolean nationalityOnly = owner == null || owner.type() == EntityType.LOCATION;
        if (owner != null) {
            modifiers.addAll(List.of(owner.text().toLowerCase(Locale.ROOT).split("\\s+")));
        }
        for (int t = first + 1; t < last; t++) {
            if (!VAGUE_MODIFIERS.contains(at.word(t)) && !at.raw(t).equals("-")) {
                modifiers.add(at.word(t));
                // A place before an office ("the former South Carolina governor") tells where, as a nationality does.
                // In an office taken for a name ("the Alabama Republican") a capitalised word before it is the place too.
                boolean where = own != null && at.isCapitalized(t) && at.mention(t) != null && at.mention(t).span().equals(own);
                nationalityOnly &= Demonyms.shared().isDemonym(at.raw(t)) || isPlace(t) || where;
            }
        }
        if (office == null) {
            // A word for a person who holds no office, its modifiers only describing them: "the hunted militant" after
            // "Osama bin Laden has warned"; "the other man" is someone else. An age is one person's as a title is: "Mohammed
            // Khalil has farmed there for 40 years. “...,” the 72-year-old said" is the one just written about.
            boolean age = isAge(last);
            return indefinite || contrasts(first, last) ? null : onlyPersonBefore(age ? AGE : head, first, age);
        }
        if (indefinite) {
            return introducedNext(head, first, modifiers);
        }
        // The office itself before a word for it: "the leader" is Libya's leader, not the president he wrote to.
        Mention holder = officeHolder(Set.of(head), first, modifiers);
        holder = holder != null || office.size() == 1 ? holder : officeHolder(office, first, modifiers);
        holder = holder != null ? holder : introducedAfter(head, first, modifiers);
        // Only a nationality may be dropped: "the defense minister" is never "Prime Minister Ehud Olmert".
        holder = holder != null || modifiers.isEmpty() || !nationalityOnly ? holder : soleHolder(head);
        if (holder != null || !modifiers.isEmpty() && !nationalityOnly) {
            return holder;
        }
        // An office no one in the article was introduced with is the writer's word for someone named without it
        // ("Haley couched the decision ... “...,” the former South Carolina governor said"): the one just written about.
        // Nor does a place that no holder of the office was introduced with: "Sen. Tommy Tuberville was blunt ... “...,”
        // the Alabama Republican said" among other Republicans is the one just written about.
        boolean unplaced = !modifiers.isEmpty() && nationalityOnly;
        boolean untitled = !titledAnywhere(office);
        return modifiers.isEmpty() || untitled || unplaced ? onlyPersonBefore(head, first, untitled || unplaced) : null;
    }

    /**
     * The token of the role word whose organisation or place the name {@code m} ending a description is, after "of",
     * "to", "for" or "at" ("the head of the CIA"); {@code -1} when {@code m} is {@code null} or no role word stands
     * there after {@code first}.
     */
    private int roleBefore(Mention m, int first) {
        if (m == null) {
            return -1;
        }
        int role = SpeakerLocator.roleWordBefore(at, at.firstTokenAtOrAfter(m.span().begin()));
        return role > first ? role : -1;
    }

    /**
     * Whether a name the tagger found is an office after "the" ("the Democrat", "the Alabama Republican", "the
     * Secretary-General"): the description of someone named before, not a name of its own.
     */
    boolean officeTakenForName(Mention named) {
        int first = at.firstTokenAtOrAfter(named.span().begin());
        int last = at.lastTokenEndingBy(named.span().end());
        return last >= first && OFFICES.containsKey(at.word(last)) && withArticle(first) != first;
    }

    /**
     * The first token of a description whose words were found without their article: "the Democrat", "the
     * Secretary-General" reach the ranker as "Democrat" and "General", capitalised words it may take for a name. The
     * article before them (across a hyphenated compound) opens the description; {@code first} itself when none does.
     */
    private int withArticle(int first) {
        int k = first;
        while (k >= 2 && at.raw(k - 1).equals("-") && at.span(k - 1).begin() == at.span(k - 2).end()) {
            k -= 2;
        }
        return k >= 1 && k < at.size() && at.word(k - 1).equals("the") && !at.word(k).equals("the") ? k - 1 : first;
    }

    /** The head of a description by age ("the 72-year-old"), which the tokenizer splits at its hyphens. */
    private static final String AGE = "year-old";

    /** Whether the description ending at token {@code last} is an age: "72-year-old", split or whole. */
    private boolean isAge(int last) {
        return at.word(last).endsWith("-year-old") || last >= 2 && at.word(last).equals("old") && at.raw(last - 1).equals("-")
                && (at.word(last - 2).equals("year") || at.word(last - 2).endsWith("-year"));
    }

    /**
     * Whether a word of the description sets its person apart from one named before ("the other man", "a second
     * witness"); other modifiers of a word for a person who holds no office only describe them ("the hunted militant"
     * after "Osama bin Laden has warned").
     */
    private boolean contrasts(int first, int last) {
        for (int t = first + 1; t < last; t++) {
            if (CONTRASTING.contains(at.word(t))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CONTRASTING = Set.of("other", "another", "second", "third", "fourth", "fifth",
            "next", "last", "different", "fellow", "first", "younger", "older", "elder", "new");

    /** Whether token {@code t} is part of a place's name. */
    private boolean isPlace(int t) {
        return at.mention(t) != null && at.mention(t).type() == EntityType.LOCATION;
    }

    /** Whether the article introduces any person, outside quotes, with one of {@code office}'s words before or after their name. */
    private boolean titledAnywhere(Set<String> office) {
        for (Mention m : at.mentions) {
            int t = at.firstTokenAtOrAfter(m.span().begin());
            if (introducedAs(m, t, office, -1, Set.of())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The place or organisation that owns the description of {@code [first, last]} ("China's ambassador"): a name that
     * opens it and is followed by "'s"; {@code null} when it opens otherwise.
     */
    private Mention owner(int first, int last) {
        Mention m = first < at.size() ? at.mention(first) : null;
        if (m == null || m.type() != EntityType.LOCATION && m.type() != EntityType.ORGANIZATION) {
            return null;
        }
        int end = at.lastTokenEndingBy(m.span().end());
        return end + 1 < last && at.isPossessive(end + 1) ? m : null;
    }

    /**
     * "..., Pakistani Ambassador to Azerbaijani Bilal Hayee told News.Az. The diplomat said ...": a definite
     * description of one person with no words of its own to match ("the diplomat", "the minister") goes on about the
     * one person the sentence before names as the subject of a verb of saying, in its paragraph or the one before;
     * none when that sentence names no person or several, when that person said nothing there, when the
     * description's own sentence names one before it, or when the noun is no word for one person of the name's gender.
     */
    private Mention onlyPersonBefore(String head, int description) {
        return onlyPersonBefore(head, description, false);
    }

    /**
     * As {@link #onlyPersonBefore(String, int)}; when {@code subjectSuffices} (an office no one was introduced with), the
     * one person may also be the subject of the sentence before without saying anything there: the clause opens with
     * them, past title words.
     */
    private Mention onlyPersonBefore(String head, int description, boolean subjectSuffices) {
        PersonGender.Gender gender = PronounAntecedents.personNoun(head);
        // Every office is held by one person, of either gender unless the word says ("the pontiff", "the Democrat").
        gender = gender == null && (OFFICES.containsKey(head) || head.equals(AGE)) ? PersonGender.Gender.UNKNOWN : gender;
        int start = at.sentenceStart(description);
        if (gender == null || start == 0 || namesPerson(start, description)) {
            return null;
        }
        int before = at.sentenceStart(start - 1);
        if (at.paragraphOf(at.span(description).begin()) - at.paragraphOf(at.span(before).begin()) > 1) {
            return null;
        }
        Mention person = at.onlyPersonBetween(before, start, quoted);
        boolean salient = person != null && (spoke(person) || subjectSuffices && opensClause(person, before));
        return salient && (gender == PersonGender.Gender.UNKNOWN
                || PersonGender.of(person.text()).agreesWith(gender)) ? person : null;
    }

    /**
     * Whether a verb of saying follows the person's name, auxiliaries and adverbs aside ("Bilal Hayee told News.Az"):
     * the one just quoted is the one a description of the next speaker goes on about; someone who only did something
     * ("Omar Haddad waved at the cars. ... the man cried") may not be the one described.
     */
    private boolean spoke(Mention person) {
        int t = at.pastAuxiliaries(at.firstTokenAtOrAfter(person.span().end()), at.size());
        return t < at.size() && SpeechCues.isVerb(at.word(t));
    }

    /**
     * Whether the person's name opens its sentence (from {@code sentence}) or the clause after a comma, title words
     * before it aside ("Flanked by ambassadors ..., Haley couched ...").
     */
    private boolean opensClause(Mention person, int sentence) {
        int k = at.firstTokenAtOrAfter(person.span().begin());
        while (k > sentence && at.isCapitalized(k - 1) && at.mention(k - 1) == null && !at.isPunctuation(k - 1)) {
            k--;
        }
        return k == sentence || at.raw(k - 1).equals(",");
    }

    private boolean namesPerson(int from, int to) {
        for (int t = from; t < to; t++) {
            if (at.mention(t) != null && at.mention(t).type() == EntityType.PERSON && !at.inAny(t, quoted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one person the article introduces with the office {@code head}, anywhere and however far away, when no one
     * was introduced with the description's modifiers too: "The Afghan President said ..." in a summary at the top is
     * "President Ashraf Ghani" of the eighth paragraph, as writers drop the nationality once it is plain (the caller
     * asks only for a description whose modifiers are all nationality words). {@code null}
     * when no one or more than one person holds the office.
     */
    private Mention soleHolder(String head) {
        Mention found = null;
        for (Mention m : at.mentions) {
            int t = at.firstTokenAtOrAfter(m.span().begin());
            if (m.type() != EntityType.PERSON || at.inAny(t, quoted) || !titledBefore(t, Set.of(head), Set.of())) {
                continue;
            }
            if (found != null && !SpeakerDetails.surname(found.text()).equals(SpeakerDetails.surname(m.text()))) {
                return null;
            }
            found = found == null ? m : found;
        }
        return found;
    }

    /**
     * "A spokesman for Zardari ... described the flogging as barbarism. Spokesman Farhatullah Babar said ...": one
     * holder of an office, not yet named, is the person introduced with that office in the same sentence or the next;
     * further on, "a spokesman" is as likely another. {@code null} when no one is.
     */
    private Mention introducedNext(String head, int description, Set<String> modifiers) {
        Mention m = introducedAfter(head, description, modifiers);
        int end = at.sentenceEnd(description);
        end = end < at.size() ? at.sentenceEnd(end) : end;
        return m != null && at.firstTokenAtOrAfter(m.span().begin()) < end ? m : null;
    }

    /** Words before an office that say nothing of which office it is ("the former president", "the top general"). */
    private static final Set<String> VAGUE_MODIFIERS = Set.of("former", "new", "top", "senior", "then", "current",
            "outgoing", "incoming", "embattled", "veteran", "powerful", "longtime", "late", "deputy", "acting");

    /**
     * A lead names the office before the person: "Israel's roadblocks will remain, the defense minister said Tuesday"
     * and two paragraphs on "Defense Minister Ehud Barak told ...". The first person introduced with exactly that office
     * within {@link #NEAR_PARAGRAPHS} paragraphs after the description, or {@code null}.
     */
    private Mention introducedAfter(String head, int description, Set<String> modifiers) {
        int paragraph = at.paragraphOf(at.span(description).begin());
        for (Mention m : at.mentions) {
            int t = at.firstTokenAtOrAfter(m.span().begin());
            if (t <= description || m.type() != EntityType.PERSON || at.inAny(t, quoted)) {
                continue;
            }
            if (at.paragraphOf(m.span().begin()) - paragraph > NEAR_PARAGRAPHS) {
                return null;
            }
            if (titledBefore(t, Set.of(head), modifiers)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The person before token {@code before} introduced with one of {@code office}'s words whose surname the article
     * has named most often so far, the latest on a tie ("the governor" is the one the story is about, not another
     * governor named in passing). One named only once must have been introduced within {@link #NEAR_PARAGRAPHS}
     * paragraphs: "former Gov. Christine Todd Whitman", named in passing, is not "the governor" a page later. One
     * introduced with the office in the description's sentence or the one before, the latest, goes before them all:
     * the writer names the office right after the name to go on about that holder ("U.S. District Judge Henry F.
     * Floyd ... ruled ... . ..., the judge found" after a story about another judge). {@code null} when no one fits.
     */
    private Mention officeHolder(Set<String> office, int before, Set<String> modifiers) {
        Map<String, Integer> named = new HashMap<>();
        Mention best = null;
        int bestCount = 0;
        for (Mention m : at.mentions) {
            int t = at.firstTokenAtOrAfter(m.span().begin());
            if (t >= before) {
                break;
            }
            if (m.type() != EntityType.PERSON || at.inAny(t, quoted)) {
                continue;
            }
            named.merge(SpeakerDetails.surname(m.text()), 1, Integer::sum);
        }
        int start = at.sentenceStart(before);
        int recent = start == 0 ? 0 : at.sentenceStart(start - 1);
        Mention justIntroduced = null;
        for (Mention m : at.mentions) {
            int t = at.firstTokenAtOrAfter(m.span().begin());
            if (t >= before) {
                break;
            }
            if (introducedAs(m, t, office, before, modifiers)) {
                justIntroduced = t >= recent ? m : justIntroduced;
                int count = named.getOrDefault(SpeakerDetails.surname(m.text()), 0);
                boolean near = at.paragraphOf(at.span(before).begin()) - at.paragraphOf(m.span().begin()) <= NEAR_PARAGRAPHS;
                if (count >= bestCount && (count >= 2 || near || sameOrganisation(m, before) || namedAgain(m, before))) {
                    bestCount = count;
                    best = m;
                }
            }
        }
        return justIntroduced != null ? justIntroduced : best;
    }

    /**
     * Whether a word of the person's name comes back, outside quotes, between the name and token {@code before}, where
     * the tagger did not find it: "U.N. Secretary-General Ban Ki-moon arrived ... Ban added ..." is the one the story is
     * about, not someone named in passing.
     */
    private boolean namedAgain(Mention person, int before) {
        Set<String> words = Set.of(person.text().split("\\s+"));
        for (int t = at.lastTokenEndingBy(person.span().end()) + 1; t < before; t++) {
            if (at.mention(t) == null && at.isCapitalized(t) && at.raw(t).length() > 2 && words.contains(at.raw(t))
                    && !at.inAny(t, quoted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence of the description at token {@code description} names an organisation that was also named
     * where {@code holder} was introduced (their paragraph or the one before): "When I asked the Office of Emergency
     * Management ..., the spokesperson said" is "Nancy Silvestri, the agency spokesperson", introduced just after "a
     * spokesperson for the NYC Office of Emergency Management", however many paragraphs back. The office is then that
     * organisation's, not any office of the same name named in passing.
     */
    private boolean sameOrganisation(Mention holder, int description) {
        int holderParagraph = at.paragraphOf(holder.span().begin());
        int from = at.span(at.sentenceStart(description)).begin();
        int to = at.span(at.sentenceEnd(description) - 1).end();
        for (Mention o : at.mentions) {
            if (o.span().begin() >= to) {
                break;
            }
            if (o.type() != EntityType.ORGANIZATION || o.span().begin() < from || at.inAny(at.firstTokenAtOrAfter(o.span().begin()), quoted)) {
                continue;
            }
            String name = o.text().toLowerCase(Locale.ROOT);
            for (Mention n : at.mentions) {
                if (n.span().begin() >= holder.span().end()) {
                    break;
                }
                int p = at.paragraphOf(n.span().begin());
                String other = n.text().toLowerCase(Locale.ROOT);
                if (n.type() == EntityType.ORGANIZATION && holderParagraph - p <= 1 && holderParagraph >= p
                        && (other.contains(name) || name.contains(other))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the title run right before the name holds the office: "Libyan leader Moammar Gadhafi", "Secretary of
     * Defense Donald Rumsfeld", "Gov. Chris Christie". Only capitalised words, "of", "the", "for" and "to" may stand between the
     * office and the name; "the governor endorsed Donald Trump" gives Trump no office.
     */
    private boolean titledBefore(int t, Set<String> office, Set<String> modifiers) {
        boolean crossedFor = false;
        for (int k = t - 1; k >= 0 && t - k <= TITLE_REACH_TOKENS; k--) {
            String w = at.word(k);
            if (office.contains(w) || office.contains(ABBREVIATED.getOrDefault(w, w))) {
                // "Minister of State for Media Affairs Mohammad Momani", "Ambassador to Azerbaijan Bilal Hayee": a
                // title written as one; "a spokesman for Zardari" describes someone else than Zardari.
                // "China's ambassador to Britain Liu Xiaoming": an office its owner's name opens is one title too.
                boolean owned = k > 0 && at.isPossessive(k - 1);
                return (!crossedFor || at.isCapitalized(k) || owned) && holdsAll(Math.max(0, k - MAX_MODIFIERS), t, modifiers);
            }
            crossedFor |= w.equals("for") || w.equals("to");
            boolean titleWord = at.isCapitalized(k) && (at.mention(k) == null || at.mention(k).type() != EntityType.PERSON)
                    || w.equals("of") || w.equals("the") || w.equals("for") || w.equals("to");
            if (!titleWord) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the words of {@code [from, to)} hold every modifier of the description: "the defense minister" is the one
     * introduced as "Defense Minister Ehud Barak", not "Prime Minister Ehud Olmert".
     */
    private boolean holdsAll(int from, int to, Set<String> modifiers) {
        Set<String> words = new java.util.HashSet<>();
        for (int k = from; k < to; k++) {
            words.add(at.word(k));
        }
        return words.containsAll(modifiers);
    }

    /**
     * Whether {@code m}, a person named outside quotes at token {@code t}, is introduced with one of {@code office}'s words
     * (and {@code modifiers}) before the name or in an apposition after it that is not the description at token
     * {@code description} (-1: none).
     */
    private boolean introducedAs(Mention m, int t, Set<String> office, int description, Set<String> modifiers) {
        return m.type() == EntityType.PERSON && !at.inAny(t, quoted)
                && (titledBefore(t, office, modifiers) || titledAfter(m, office, description, modifiers));
    }

    /**
     * "Nancy Silvestri, a spokesperson for the office, ...": the office in an apposition opened by an article right
     * after the name. "... Mika Brzezinski, the Democratic presidential candidate said" is no apposition of hers: the
     * description being resolved may not be the one that follows the name.
     */
    private boolean titledAfter(Mention m, Set<String> office, int description, Set<String> modifiers) {
        int t = at.lastTokenEndingBy(m.span().end()) + 1;
        if (t + 1 >= at.size() || !at.raw(t).equals(",") || !APPOSITION_OPENERS.contains(at.word(t + 1)) || t + 1 == description) {
            return false;
        }
        for (int k = t + 2; k < at.size() && k - t <= 5; k++) {
            if (at.isPunctuation(k)) {
                return false;
            }
            if (office.contains(at.word(k))) {
                return holdsAll(t + 2, k, modifiers);
            }
        }
        return false;
    }

    /**
     * The organisation a description with head noun {@code head} at {@code offset} stands for, among those named
     * within reach before it outside quotes: the latest whose name holds the head ("the ministry" for the Ministry of
     * Defence) or that the head introduced ("the security firm G4S"); else the one named most often, twice at least,
     * the latest on a tie. An outlet named as the listener ("told Reuters") or as a source in brackets is none of them. {@code null}
     * when nothing fits.
     */
    private Mention organisation(String head, int offset) {
        List<Mention> within = organisationsBefore(offset);
        for (int i = within.size() - 1; i >= 0; i--) {
            Mention m = within.get(i);
            int t = at.firstTokenAtOrAfter(m.span().begin());
            if (List.of(m.text().toLowerCase(Locale.ROOT).split("[\\s-]+")).contains(head) || t > 0 && at.word(t - 1).equals(head)) {
                return m;
            }
        }
        Mention subject = subjectBefore(offset);
        if (subject != null && within.contains(subject)) {
            return subject;
        }
        Map<String, Integer> counts = new HashMap<>();
        Mention mostNamed = null;
        int best = 0;
        for (Mention m : within) {
            int n = counts.merge(m.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
            if (n >= best) {
                best = n;
                mostNamed = m;
            }
        }
        return best >= MIN_TIMES_NAMED ? mostNamed : null;
    }

    /**
     * The organisation that opens the sentence just before the one at {@code offset}, in its paragraph or the one
     * before (wire copy gives each sentence a paragraph), after "the" and at most two lower-case words that describe it
     * ("The rebel Free Syrian Army, ..., said ... the group said"): "The International Monetary Fund is downgrading its
     * outlook ... The 190-country lending agency forecast ..." goes on about the subject before it. {@code null} when
     * that sentence opens with anything else.
     */
    private Mention subjectBefore(int offset) {
        int t = at.firstTokenAtOrAfter(offset);
        if (t >= at.size()) {
            return null;
        }
        int start = at.sentenceStart(t);
        if (start == 0) {
            return null;
        }
        int first = at.sentenceStart(start - 1);
        if (at.word(first).equals("the")) {
            first++;
        }
        // "The rebel Free Syrian Army, ..., said": a word or two that describe the organisation may open its name.
        for (int k = first; k < first + 2 && k < start && at.mention(k) == null
                && !at.isCapitalized(k) && !at.isPunctuation(k); k++) {
            if (at.mention(k + 1) != null) {
                first = k + 1;
            }
        }
        Mention m = at.mention(first);
        boolean adjacent = at.paragraphOf(offset) - at.paragraphOf(at.span(first).begin()) <= 1;
        return m != null && m.type() == EntityType.ORGANIZATION && adjacent ? m : null;
    }

    /**
     * The organisations named within {@link #ORGANISATION_REACH_PARAGRAPHS} paragraphs before {@code offset}, in text
     * order, outside quotes; an outlet named as the listener ("told Reuters") or as a source in brackets is none of them.
     */
    private List<Mention> organisationsBefore(int offset) {
        int paragraph = at.paragraphOf(offset);
        List<Mention> within = new ArrayList<>();
        for (Mention m : at.mentions) {
            if (m.span().begin() >= offset) {
                break;
            }
            int t = at.firstTokenAtOrAfter(m.span().begin());
            boolean listener = t > 0 && (LISTENER_CUES.contains(at.word(t - 1)) || at.raw(t - 1).equals("("));
            if (m.type() == EntityType.ORGANIZATION && !at.inAny(t, quoted) && !listener
                    && paragraph - at.paragraphOf(m.span().begin()) <= ORGANISATION_REACH_PARAGRAPHS) {
                within.add(m);
            }
        }
        return within;
    }

    /**
     * The state forces a description of "the military" at {@code offset} stands for: the latest armed forces named
     * within reach before it, outside quotes and not as a listener, either by an organisation the actor list files as
     * state forces ("IDF") or by a capitalised name or nationality before a word for armed forces that the actor list
     * files as state forces ("The Israeli army confirmed ..."); {@code null} when none was named. The tagger leaves
     * "Israeli army" untagged, so the words themselves stand for it.
     */
    private Mention stateForces(int offset) {
        Mention found = null;
        for (Mention m : organisationsBefore(offset)) {
            if (stateForces(m.text())) {
                found = m;
            }
        }
        int paragraph = at.paragraphOf(offset);
        int before = at.lastTokenEndingBy(offset);
        for (int k = before; k > 0 && (found == null || at.span(k).begin() >= found.span().end()); k--) {
            if (paragraph - at.paragraphOf(at.span(k).begin()) > ORGANISATION_REACH_PARAGRAPHS) {
                break;
            }
            if (!FORCES_WORDS.contains(at.word(k)) || at.inAny(k, quoted)) {
                continue;
            }
            int from = k;
            while (from - 1 >= 0 && at.isCapitalized(from - 1) && !APPOSITION_OPENERS.contains(at.word(from - 1))
                    && (at.mention(from - 1) == null || at.mention(from - 1).type() != EntityType.PERSON) && k - from < 3) {
                from--;
            }
            if (from < k && !LISTENER_CUES.contains(at.word(from - 1))) {
                Span span = new Span(at.span(from).begin(), at.span(k).end());
                String name = at.text.substring(span.begin(), span.end());
                // Only forces the actor list knows: a phrase it does not ("Israeli troops") would become an entity of its own.
                if (stateForces(name)) {
                    return new Mention(span, name, EntityType.ORGANIZATION);
                }
            }
        }
        return found;
    }

    private boolean stateForces(String name) {
        return ActorGazetteer.shared().lookup(name, at.text).map(a -> "state forces".equals(a.kind())).orElse(false);
    }

    private static Map<String, Set<String>> offices() {
        Map<String, Set<String>> m = new HashMap<>();
        Set<String> ruler = Set.of("leader", "strongman", "ruler", "dictator", "autocrat");
        for (String w : ruler) {
            m.put(w, ruler);
        }
        Set<String> spokes = Set.of("spokesman", "spokeswoman", "spokesperson");
        for (String w : spokes) {
            m.put(w, spokes);
        }
        Set<String> pope = Set.of("pope", "pontiff");
        for (String w : pope) {
            m.put(w, pope);
        }
        for (String w : List.of("president", "king", "emir", "minister", "secretary", "general", "commander", "captain", "colonel", "envoy",
                "ambassador", "senator", "congressman", "congresswoman", "governor", "mayor", "prince", "chairman",
                "chairwoman", "prosecutor", "premier", "candidate", "director", "chancellor", "sheikh", "judge",
                "admiral", "lieutenant", "sergeant", "attorney", "bishop", "cardinal", "imam", "rabbi", "mullah",
                // A party's member, like an office, is written beside the name ("Michigan Democrat Carl Levin").
                "democrat", "republican")) {
            m.put(w, Set.of(w));
        }
        return Map.copyOf(m);
    }
}
