package org.sitrep.quotes;

import java.util.Set;
import org.sitrep.core.CalendarWords;

/** The words that tell that someone said, wrote or thought something, and the words that name people who speak. */
final class SpeechCues {
    /** Verbs of saying, in the forms news uses. */
    static final Set<String> VERBS = words(
            "calling", "call", "describing", "describe", "accuse", "cite", "citing", "likened", "likens", "ruled", "rules",
            "put", "closes", "talks", "warning", "pounding", "introduced", "scolded", "scolds", "commented", "lauded", "lauds", "reads", "read", "quipping", "tweeting", "retorted",
            "claiming", "asking", "telling", "adding", "noting", "warning", "arguing", "insisting", "demanded",
            "demands", "demanding", "sings", "sang", "sing", "chanted", "chanting", "chants", "questioned",
            "questioning", "wondering", "dismissed", "dismisses", "labeled", "labelled", "branded", "accused",
            "accuses", "accusing", "praised", "praises", "slammed", "slams", "blasted", "blasts", "criticized",
            "criticised", "criticizes", "mocked", "mocks", "joked", "jokes", "shouted", "shouts", "yelled", "cited",
            "cites", "quoted", "proclaimed", "proclaims", "recounted", "recounts", "declaring", "announcing",
            "explaining", "stating", "indicating", "fearing", "believing", "writing", "tweeting", "suggesting", "promising", "vowing", "stressing",
            "acknowledging", "admitting", "conceding", "complaining", "responding", "replying", "recalling",
            "predicted", "hopes", "hoped", "wants", "wanted", "fears", "feared", "expects", "expected", "knows",
            "felt", "feels", "argue", "claim", "warn", "insist", "note", "add", "explain", "suggest", "believe",
            "think", "contend", "said", "says", "say", "saying", "told", "tells", "tell", "wrote", "writes", "written",
            "write", "added", "adds", "noted", "notes", "stated", "states", "explained", "explains", "warned", "warns",
            "argued", "argues", "insisted", "insists", "claimed", "claims", "declared", "declares", "announced",
            "announces", "reported", "reports", "speculated", "speculates", "suggested", "suggests", "acknowledged",
            "acknowledges", "admitted", "admits", "confirmed", "confirms", "denied", "denies", "asserted", "asserts",
            "contended", "contends", "maintained", "maintains", "predicts", "alleged", "alleges", "urged", "urges",
            "asked", "asks", "replied", "replies", "responded", "responds", "recalled", "recalls", "tweeted", "tweets",
            "posted", "continued", "continues", "complained", "complains", "conceded", "concedes", "stressed",
            "stresses", "emphasized", "emphasised", "observed", "observes", "remarked", "testified", "vowed", "vows",
            "pledged", "pledges", "promised", "promises", "threatened", "threatens", "indicated", "indicates",
            "revealed", "reveals", "disclosed", "believes", "believed", "thinks", "thought", "estimated", "estimates",
            "cautioned", "cautions", "concluded", "concludes", "boasted", "boasts", "charged", "countered", "counters",
            "quipped", "wondered", "agreed", "agrees", "mused", "lamented", "laments", "learned", "predicting", "hinting",
            "describes", "described", "called", "calls", "assured", "assures", "reassured",
            // The base form and participle of verbs of assuring ("tried to assure senators that", "taking care to
            // reassure Europeans that", "in the midst of assuring the audience that"): they take a listener and a
            // "that" clause, as "told" does, and name no other act.
            "assure", "assuring", "reassure", "reassures", "reassuring",
            // Forecasts and the plural present of verbs of belief ("Officials fear the fighting will spread").
            "forecast", "forecasts", "foresees", "foresee", "foresaw", "projects", "anticipates", "anticipated",
            "expect", "predict", "estimate", "acknowledge", "admit", "deny", "confirm", "allege", "established",
            // Report verbs of CoreNLP's coref word lists (WordLists.reportVerbEn) that take what was said as a clause,
            // and the plural present of those already listed ("The Liberals stress any solution would ...").
            "underscored", "underscores", "underscore", "underlined", "underlines", "reiterated", "reiterates",
            "reiterate", "reaffirmed", "reaffirms", "clarified", "clarifies", "implied", "implies", "hinted", "hints",
            "mentioned", "mentions", "stipulated", "stipulates", "informed", "informs", "reminded", "reminds",
            "stress", "assert", "concede", "declare", "announce", "complain", "maintain", "emphasize", "emphasise",
            // Verbs of assertion, confession and conjecture (VerbNet's say-37.7, admit-65, conjecture-29.5) in the past
            // and the third person: without "that" after them they frame nothing, since none is a verb that reports
            // a clause bare ("reckoned that ...", "confided to aides that ...", "CONTENT, he reckoned.").
            "reckoned", "reckons", "surmised", "theorized", "theorised", "hypothesized", "hypothesised", "posited",
            "posits", "affirmed", "affirms", "attested", "avowed", "confessed", "confesses", "confided", "confides",
            "intimated", "insinuated", "exclaimed", "whispered", "grumbled", "bragged", "brags", "deduced",
            "inferred", "concurred", "rebutted", "swore", "swears", "vouched",
            "reasoned", "guessed", "wagered", "protested", "signaled", "signalled", "realized", "realised");
    /**
     * The forms of {@link #ATTITUDES} that are the bare verb, used in the plural present ("Morsi supporters accuse ...",
     * "Weldon's proposals also suggest a title for ...") but also as nouns ("the demand for talks"), infinitives ("to
     * deny") and after modals: they count only with a subject right before them (past auxiliaries), never after "to"
     * unless a verb of going on stands before it ("continued to call for talks", VerbNet's begin-55.1 and
     * continue-55.3), whose subject holds the view now. Those that are as often nouns or name a wish or a feeling
     * ("want", "urge", "call", "know", "feel", "worry", "praise", "request", "indicate") made more statements of deeds
     * and things than they found on the dev half.
     */
    static final Set<String> PLURAL_PRESENT = words("demand", "accuse", "deny", "confirm", "promise", "warn", "complain",
            "criticize", "criticise", "suggest", "insist", "claim", "allege", "pledge", "vow", "threaten", "propose",
            "recommend", "advise", "encourage", "describe", "dismiss", "condemn", "reject", "denounce", "defend",
            "acknowledge", "admit", "concede", "announce", "declare", "emphasize", "emphasise", "reveal", "lament", "decry");
    /**
     * Verbs of reproof (VerbNet's judgment-33 members that report words: "faulted the plan as unworkable", "chided his
     * followers, saying they had gone too far"), whose object alone names only whom they judged: like the verbs of
     * {@link StanceFrames#EVALUATIONS}, which hold them, they report content only with a clause, an "as" phrase or
     * quoted words. Declared before {@link #ATTITUDES}, built from it.
     */
    static final Set<String> REPROOFS = words("chided", "chides", "chiding", "faulted", "faults", "faulting", "rebuked",
            "rebukes", "rebuking", "reproached", "reproaches", "berated", "berates", "berating", "lambasted", "lambasts",
            "lambasting", "castigated", "castigates", "censured", "censures", "scolded", "scolds", "scolding");

    /**
     * Verbs that attribute a position, intention or belief rather than words ("Trump charges that ...", "Clinton
     * wants to ..."): reported speech in the broad sense news analysts (and PolNeAR) use. Verbs of action or
     * support that take no content ("attacked", "seized", "backed", "found", "saw", "discussed") are left out: on
     * real news they made statements of deeds (issue 15).
     */
    static final Set<String> ATTITUDES = union(words(
            "disagreed", "disagrees", "objected", "objects", "questioning", "questioned", "questions", "cited",
            "cites", "citing", "urged", "urges", "urging", "wants", "wanted", "hopes", "hoped", "demanded",
            "demands", "demanding", "criticized", "criticised", "criticizes", "accused", "accuses", "accusing",
            "mocked", "mocks", "mocking", "believes", "believed", "believe", "thinks", "think", "argued", "argues",
            "suggested", "suggests", "insisted", "insists", "denied", "denies", "confirmed", "confirms",
            "confirming", "promised", "promises", "warned", "warns", "complained", "complains", "praised", "praises",
            "blamed", "blames", "blaming", "noted", "indicated", "indicates", "revealed", "reveals", "predicted",
            "predicts", "expects", "expected", "estimated", "estimates", "agreed", "agrees", "acknowledged",
            "admitted", "conceded", "announced", "announces", "declared", "pledged", "pledges", "vowed", "vows",
            "threatened", "threatens", "proposed", "proposes", "slammed", "blasted", "charged", "charges", "alleged",
            "alleges", "claimed", "claims", "disputed", "disputes", "dismissed", "dismisses", "condemned",
            "condemns", "decried", "lamented", "recalled", "recounted", "doubts", "doubted", "worries", "worried",
            "fears", "feared", "felt", "feels", "knows", "knew", "emphasized", "stressed", "repeated", "reiterated",
            "clarified", "signaled", "signalled", "acknowledges", "admits", "concedes", "wondered", "wonders",
            "asserted", "contended", "maintained", "testified", "recommended", "recommends", "requested", "requests",
            "advised", "advises", "encouraged", "encourages", "encouraging", "called", "calls", "describes",
            "described", "labeled", "responded", "hinted", "insisting", "forecast", "forecasts", "foresees", "foresee",
            "foresaw", "anticipates", "anticipated", "expect", "fear", "hope", "predict", "estimate",
            // Cues of PolNeAR's train split (a dozen or more each) that take what is held as their object.
            "rejected", "rejects", "rejecting", "denounced", "denounces", "denouncing", "compared", "compares", "echoed",
            "echoes", "wonder",
            // Verbs of speech whose object is what was said ("expressed concern over the deal", "highlighted the
            // prospects of peace", "were quick to blame al-Qaida").
            "expressed", "expresses", "highlighted", "highlights", "blame",
            // Verbs of PolNeAR's train split whose object is the position taken ("defended the punishment" 50 times,
            // "welcomed the gesture", "reaffirmed Iran's opposition to ..."), VerbNet's characterize-29.2 "welcome".
            "defended", "defends", "welcomed", "welcomes", "reaffirmed", "reaffirms", "hailed", "hails",
            // Verbs that state a cause or a culprit ("attributed the bombing to Houthi rebels", "pundits have attributed
            // to his youth"): what is held is the object and what it is put down to.
            "attributed", "attributes", "attributing"),
            union(PLURAL_PRESENT, REPROOFS));
    /** Verbs of going on or starting (VerbNet's begin-55.1, continue-55.3) whose "to" clause is what their subject does. */
    static final Set<String> ASPECTUAL = words("continued", "continues", "continue", "continuing", "began", "begins",
            "begin", "started", "starts", "start", "kept", "keeps", "proceeded");
    /**
     * Verbs of asking, urging and ordering whose object is asked to act ("told his troops to hold", "pressing
     * Pakistan's army to switch", "calls on Israel to remove"): the members of VerbNet's urge-58.1, order-60 and
     * advise-37.9 that report a request made in words. Verbs that report a deed done to the object ("forced", "helped",
     * "allowed") are left out, and so are "ordered" and "pressed" or "pressured", whose request is as often a command
     * or a pressure put in deeds ("Syria pressuring the U.S. to leave al-Tanf"). A form of "call" asks only with "on"
     * or "upon" after it; without, it names.
     */
    static final Set<String> OBJECT_CONTROL = words("told", "tells", "tell", "telling", "urged", "urges", "urge", "urging",
            "asked", "asks", "ask", "asking", "implored", "implores", "imploring", "begged", "begs", "begging",
            "instructed", "instructs", "instructing", "advised", "advises", "advising", "encouraged", "encourages",
            "encouraging", "warned", "warns", "warning", "called", "calls", "call", "calling", "exhorted", "exhorts");
    /** Verbs of {@link #OBJECT_CONTROL} whose object is the listener, not part of what was asked ("told police to leave"). */
    static final Set<String> LISTENER_CONTROL = words("told", "tells", "tell", "telling");

    /**
     * Words of belief, fear or claim that take a "that" clause as what someone holds ("worry that", "concern that",
     * "convinced that", "the acknowledgment that").
     */
    static final Set<String> THAT_HEADS = words("worry", "worries", "worried", "fear", "fears", "feared", "concern",
            "concerns", "concerned", "acknowledgment", "acknowledgement", "acknowledge", "charges", "convinced", "afraid",
            "frustrated", "discovered", "understood", "understand", "assumed", "assume", "complain", "hoping", "suspicion",
            "suspicions", "argument", "arguments", "conclusion", "recognized", "recognizing", "realized", "realize",
            "confident", "aware", "insistence", "belief", "assertion", "allegation", "allegations", "accusation",
            "accusations", "warning", "warnings", "prediction", "predictions", "doubt", "doubts", "hope", "hopes", "claim",
            "reported", "noted", "agreed", "agree", "stressed", "emphasized", "emphasizing", "indicated", "acknowledged",
            "acknowledges", "insisted", "believe", "believed", "believes", "skeptical", "optimistic", "sure",
            "announcement", "statement", "assurance", "assurances", "admission", "promise", "pledge", "denial",
            "assessment", "report", "reports", "assertions", "statements", "announcements", "denials", "declarations",
            "finding", "findings", "suggestion", "declaration", "view", "estimate",
            "estimates", "forecast", "assertion", "accusation", "claims", "evidence", "indication", "indications",
            // Plurals of nouns above, and nouns of reproof, that take what was said as a "that" clause ("conclusions
            // that the interrogations had yielded ...", "the administration's gentle admonishments that Israel should").
            "conclusions", "beliefs", "promises", "pledges", "admissions", "suggestions", "assessments", "admonition",
            "admonitions", "admonishment", "admonishments",
            // Nouns of a position held or a complaint made ("remained firm in his stance that the border should be the
            // primary focus", "after complaints that the neighbouring country ...").
            "stance", "complaint", "complaints");
    /**
     * Words that open an indirect question ("how he came", "where it was keeping them", "why they left"): after a verb
     * that does not ask, the clause names a topic, not what was said. "what", "whether", "if" and "when" are left out:
     * they also open a subject ("said what happened was a crime"), a condition or a time.
     */
    static final Set<String> INTERROGATIVES = words("how", "where", "why");
    /** Verbs of asking and wondering, whose indirect question is what was asked ("asked how", "wondered why"). */
    static final Set<String> ASKING_VERBS = words("ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering",
            "question", "questions", "questioned", "questioning", "inquired", "inquires", "demanded", "demands", "demanding");
    /** Words of refusal: before a verb of speaking they say that someone kept silent ("declined to comment"). */
    static final Set<String> REFUSALS = words("declined", "declines", "declining", "decline", "refused", "refuses",
            "refusing", "refuse");
    /** Words of will, refusal or promise that take a "to" clause ("refuses to", "pledged to", "the decision to"). */
    static final Set<String> TO_HEADS = words("refuses", "refused", "refusing", "refuse", "declined", "declines",
            "decline", "implored", "urged", "urging", "asked", "asking", "vowed", "vowing", "pledged", "pledging", "promised",
            "promising", "promises", "agreed", "agreement", "voted", "votes", "decided", "decision", "determination",
            "eagerness", "willing", "plans", "aims", "seeks", "sought", "wants", "wanted", "intends", "intended",
            "threatened", "threatening", "threatens", "motion", "proposal", "offered", "offers", "effort", "bid", "attempt",
            "pushing", "pushed", "persuade", "persuading", "convince", "encouraged", "called", "calls", "calling",
            "instructed", "instructing", "instructs", "telling", "warning", "advised", "advising", "ordered", "ordering",
            "hopes", "hoped", "hope", "expects", "expect", "vow", "pledge", "promise", "threaten", "refuse",
            // Claims made with an infinitive ("The army claimed to have killed dozens", "both sides claiming to have ...").
            "claimed", "claims", "claiming", "claim");
    /**
     * Words of {@link #TO_HEADS} that name a will, a decision, an agreement or an attempt, not words said ("agreed to
     * accept", "decided to use", "sought to patch up", "wants to avoid"): their "to" clause is a deed the holder means
     * or chose to do, which no one is reported as saying. Only with someone else before "to" do they ask something
     * of another, a request ("want G4S to pay"). Promises, vows, threats, offers and forecasts ("vowed to", "offered
     * to", "expects to") are commitments or claims made in words and are not listed.
     */
    static final Set<String> VOLITIONS = words("agreed", "agreement", "voted", "votes", "decided", "decision",
            "determination", "eagerness", "willing", "plans", "aims", "seeks", "sought", "wants", "wanted", "intends",
            "intended", "effort", "bid", "attempt");
    /** Words of speech or stance that take what they are about after "about", "of", "for", "on" ("critical of"). */
    static final Set<String> TOPIC_HEADS = words("questions", "disdain", "opponent", "supporter", "critical", "critic",
            "apologize", "apologized", "apologizing", "coy", "concerned", "misgivings", "defender", "criticism",
            "worried", "illusions", "adulation", "vague", "talked", "talking", "spoke", "speaking", "complained",
            "complaining", "boasted", "bragged", "joked", "tweeted", "testified", "wondering", "skeptical", "proud",
            "angry", "furious", "upset", "pessimistic", "optimistic", "hopeful", "praise", "blamed", "thanked", "advocates",
            "advocated", "lobbied", "campaigned", "argued", "pushed", "warned", "insisted", "voted", "vote", "votes", "protested", "railed", "fought", "fighting",
            "cautioned", "cautioning", "warning");
    /** Particles that belong to the cue ("pointed out", "called for", "laid out", "seizing on"). */
    static final Set<String> PARTICLES = words("out", "for", "on", "up", "about", "to");

    /** Cues that name what follows ("called it “a disgrace”"): cues only before a quote, never after one nor for reported speech. */
    static final Set<String> NAMING = words("called", "calls", "calling", "call", "describes", "described", "describing",
            "describe", "dubbed", "labeled", "labelled", "branded", "likened", "likens", "nicknamed");
    /** Cues that only close a quote (", she continued."). */
    static final Set<String> CLOSING = words("continued", "continues", "agreed", "agrees", "posted", "thought", "learned");
    /** Days and months: capitalised after "said" ("said Friday"), never a speaker. */
    static final Set<String> CALENDAR = CalendarWords.lowerCaseNamesAnd("today", "yesterday", "tonight", "tomorrow");
    /** Capitalised words that open sentences and are never names. */
    static final Set<String> NOT_NAMES = words(
            "amid", "after", "before", "while", "however", "but", "and", "as", "in", "on", "at", "for", "with", "meanwhile",
            "still", "yet", "so", "then", "also", "now", "later", "earlier", "instead", "indeed", "though", "although",
            "since", "because", "when", "if", "despite", "during", "under", "over", "asked", "speaking", "here", "there",
            "this", "that", "these", "those", "what", "who", "which", "when", "where", "why", "how", "officials", "police",
            "sources", "critics", "analysts", "experts", "reports", "others", "many", "some", "most", "all", "both", "each",
            "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "president", "secretary", "minister", "yes", "no", "not");

    /**
     * Verbs that put a holder before a word of belief ("have expressed concern", "came away convinced", "The strongman
     * expressed hope that", "have been voicing concern that", "raised fears that", "sounded pessimistic about"): the
     * holder is before them, and they are no part of the holder's words.
     */
    static final Set<String> HOLDING_VERBS = words("expressed", "expressing", "voiced", "voicing", "raised", "raising",
            "sounded", "came", "away", "remain", "remained", "remains", "grew", "grown", "become", "became", "seemed", "seem",
            "seems", "felt", "feel", "feels");
    /** Cues that are also common nouns ("a flurry of tweets"): they count only right after their subject. */
    static final Set<String> NOUN_LIKE = words(
            "tweets", "claims", "reports", "notes", "calls", "promises", "states", "remarks", "comments", "demands",
            "questions", "hopes", "fears", "chants", "quotes", "estimates", "charges", "counters", "jokes", "forecast",
            "forecasts", "projects", "estimate", "hope", "fear", "hints", "mentions", "stress");
    /** Past forms of verbs that do not end in "-ed": "shot back", "went on", "wrote". */
    private static final Set<String> IRREGULAR_PAST = words(
            "shot", "went", "wrote", "spoke", "told", "said", "broke", "cut", "began", "gave", "swore", "threw", "came",
            "struck", "took", "put", "read", "held", "felt", "sang", "bit", "fired", "chimed", "quipped");
    /** Words that may follow a verb as its particle ("shot back", "went on", "points out", "chimed in"). */
    static final Set<String> VERB_PARTICLES = words("back", "on", "out", "in", "up", "off");

    /**
     * Whether a lower-case word has the form of a finite verb in the past or the third person ("charged", "notes",
     * "shot"): in the frame "“...,” Bozell points out." any such verb after the speaker reports the words, whether
     * or not it is a verb of speech.
     */
    static boolean hasVerbForm(String word) {
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0)) || word.length() < 3) {
            return false;
        }
        return hasPastForm(word)
                || word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is");
    }

    /** Whether a lower-case word has the form of a past tense or participle ("charged", "told"); false for a present. */
    static boolean hasPastForm(String word) {
        return word.endsWith("ed") || IRREGULAR_PAST.contains(word);
    }

    /** Verbs in -ing whose speaker is the subject of the sentence ("Trump attacked Clinton, saying, ..."). */
    static boolean isParticiple(String word) {
        return word.endsWith("ing") && VERBS.contains(word);
    }

    /**
     * Whether {@code word}, after {@code before}, is a participle of saying right after "as" ("quoted him as saying",
     * "cited her as telling"): what a verb that reports someone "as saying" credits to the one it reports.
     */
    static boolean isSaidAs(String before, String word) {
        return before.equals("as") && isParticiple(word);
    }

    /**
     * Participles of what a source does with the facts it gives rather than of saying ("said three people were killed,
     * identifying them as ..."): they take the speaker as subject, so after a comma they close what was said; unlike
     * {@link #VERBS} they report no statement of their own.
     */
    static final Set<String> SOURCING_PARTICIPLES = words("identifying", "naming", "quoting", "crediting");

    /** Verbs whose object is the person or medium spoken to ("told RFE/RL that"). */
    static final Set<String> TELLING = words(
            "told", "tells", "tell", "asked", "asks", "urged", "urges", "warned", "warns", "assured", "assures", "reassured",
            "assure", "assuring", "reassure", "reassures", "reassuring");
    /** Cues whose content may follow with no "that": "said the talks failed", "told police he had no documents". */
    static final Set<String> SAYING = words("said", "says", "say", "saying", "adding", "told", "tells", "tell");
    /** "called"/"calls" report speech only with a following object and complement ("called it a lie"); kept out of "said X" frames. */
    static final Set<String> WEAK = words(
            "called", "calls", "describes", "described", "thought", "learned", "continued", "continues", "agreed",
            "agrees", "posted");
    static final Set<String> PRONOUNS = words(
            "he", "she", "they", "it", "we", "i");
    static final Set<String> AUXILIARIES = words(
            "has", "have", "had", "is", "was", "were", "are", "will", "would", "also", "then", "later", "further",
            "previously", "once", "earlier", "again", "did", "does", "do", "not", "never", "repeatedly", "reportedly",
            "publicly", "privately", "recently", "just", "first", "often", "still", "even", "been", "could", "may",
            "might", "can", "should", "must", "shall", "already", "only");
    /** Head nouns of phrases that can name who speaks when no name is given. */
    static final Set<String> PEOPLE_NOUNS = words(
            "nominee", "nominees", "woman", "man", "women", "men", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "minister", "ministers", "official", "officials",
            "source", "sources", "analyst", "analysts", "expert", "experts", "witness", "witnesses", "resident",
            "residents", "activist", "activists", "journalist", "journalists", "watchers", "observer", "observers",
            "commander", "commanders", "leader", "leaders", "president", "diplomat", "diplomats", "statement",
            "ministry", "group", "army", "monitor", "observatory", "police", "agency", "report", "envoy", "mediator",
            "mediators", "negotiator", "negotiators", "lawmaker", "lawmakers", "senator", "candidate", "campaign",
            "aide", "aides", "adviser", "advisers", "advisor", "advisors", "governor", "mayor", "secretary", "doctor",
            "doctors", "medic", "medics", "fighter", "fighters", "rebels", "rebel", "militants", "military",
            "government", "regime", "authorities", "officer", "officers", "general", "colonel", "chief", "director",
            "people", "voters", "critics", "supporters", "backers", "opponents", "members", "member", "representative",
            "representatives", "correspondent", "reporter", "reporters", "newspaper", "television", "tv", "media",
            "poll", "survey", "study", "research", "researchers", "scientists", "democrats", "republicans",
            "organizers", "organisers", "coalition", "council", "committee", "spokespeople", "staff", "team",
            "insiders", "friends", "relatives", "family", "prosecutors", "investigators", "judge", "court",
            "ambassador", "delegation", "opposition", "faction", "party", "administration", "white", "protesters",
            "protestors", "demonstrators", "crowd", "crowds", "marchers", "students", "parents", "workers", "ruling",
            "article", "letter", "complaint", "lawsuit", "document", "filing", "memo", "editorial", "website", "percent",
            "organizer", "organiser", "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister",
            "uncle", "aunt", "cousin", "neighbor", "neighbour", "neighbors", "neighbours", "colleague", "colleagues",
            "lawyer", "lawyers", "attorney", "attorneys", "teacher", "teachers", "nurse", "nurses", "worker", "farmer",
            "farmers", "survivor", "survivors", "refugee", "refugees", "soldier", "soldiers", "villagers", "eyewitness");
    /**
     * Quantifiers that stand for people when no noun follows them and a verb does ("Another said", "Another brandished
     * a bayonet and said"): one more of those the sentences before described, as "another visitor" would be. "Some",
     * "many", "one" and "both" as often count the things just named ("Some have called it ..."): with them, eval
     * field test partial speaker right fell 0.803 -> 0.794 for one dev quote more.
     */
    static final Set<String> PRONOMINAL = words("another");
    /** The articles alone, which open a description of who or what ("a spokesman", "the statement"). */
    static final Set<String> ARTICLES = words("the", "a", "an");
    static final Set<String> DETERMINERS = words(
            "the", "a", "an", "some", "many", "several", "one", "two", "three", "his", "her", "their", "its", "our", "my", "your",
            "other", "another", "most", "few", "both", "all", "these", "those", "this", "that's");

    private SpeechCues() {
    }

    /** A lexicon from a word list; a word listed twice is kept once. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** The words of both lexicons. */
    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /**
     * Whether a lower-case word is a noun of {@link #PEOPLE_NOUNS} or its plural ("reports", "groups", "agencies"):
     * "Media reports said", "Rights groups say" name who spoke as "the report said" does.
     */
    static boolean isPeopleNoun(String word) {
        if (PEOPLE_NOUNS.contains(word)) {
            return true;
        }
        if (word.length() < 4 || !word.endsWith("s")) {
            return false;
        }
        String stem = word.substring(0, word.length() - 1);
        return PEOPLE_NOUNS.contains(stem) || word.endsWith("ies") && PEOPLE_NOUNS.contains(word.substring(0, word.length() - 3) + "y");
    }

    static boolean isVerb(String word) {
        return VERBS.contains(word);
    }

    /** A verb of saying that frames a statement by itself: not one that needs an object ("called it"), nor a naming verb. */
    static boolean isFramingCue(String w) {
        return isVerb(w) && !WEAK.contains(w) && !NAMING.contains(w);
    }
}
