package org.sitrep.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the sentence around a date speaks of the past or of the future, judged by the tense cue nearest to the date
 * within its sentence ("was killed ... on May 30" is past; "will meet on March 3" is future). A date without a year
 * or a bare weekday is resolved by it: news mostly reports what happened, so without a cue a weekday is the last one.
 */
enum Tense {
    PAST, FUTURE, NONE;

    /** Words that put a clause in the future, or on a schedule that is still to come ("matches start Wednesday"). */
    private static final Set<String> FUTURE_WORDS = Set.of("will", "ll", "shall", "wo", "going", "due", "scheduled",
            "expected", "planned", "upcoming", "coming", "next", "until", "tomorrow", "begins", "begin",
            "start", "starts", "opens", "ends", "resume", "resumes", "arrive", "arrives", "come", "comes", "meet", "meets",
            "is", "are", "set");
    /** Irregular past forms and words that place a clause before the day of writing. */
    private static final Set<String> PAST_WORDS = Set.of("was", "were", "had", "did", "said", "told", "began", "came", "went",
            "took", "made", "fled", "fought", "struck", "left", "met", "saw", "won", "lost", "held", "led", "sent", "spoke",
            "wrote", "gave", "fell", "rose", "broke", "became", "shot", "brought", "caught", "thought", "knew", "ran", "stood",
            "sat", "paid", "found", "kept", "heard", "felt", "got", "drove", "flew", "threw", "ago", "since", "earlier",
            "last", "previously", "been", "yesterday", "born", "died", "slain", "overthrown", "taken", "seen", "done", "gone");
    /** Words in -ed that are mostly adjectives or say nothing of time. */
    private static final Set<String> NOT_PAST = Set.of("united", "armed", "need", "speed", "seed", "embed", "based", "alleged",
            "suspected", "so-called", "called", "limited", "advanced", "detailed", "hundred", "red", "bed", "indeed",
            "concerned", "related", "involved", "supposed", "proposed", "exceed", "succeed", "proceed", "feed", "breed", "deed");
    /**
     * Verbs whose "un-" undoes an act ("unveiled", "uncovered"): their forms in -ed are past verbs, while every other
     * "un-" word in -ed is an adjective that says nothing of time ("an unspecified date", "unidentified gunmen").
     */
    private static final Set<String> UN_VERBS = Set.of("unveiled", "unleashed", "uncovered", "unearthed", "unfolded", "unlocked",
            "unloaded", "unseated", "unsealed", "unblocked", "unpacked", "unwrapped", "unmasked", "unplugged", "unraveled",
            "unravelled", "untied", "undressed", "unfrozen", "unloosed", "unfurled", "unchained", "unhooked", "unbuckled");
    /** Verbs of saying: past, they date the saying; the date of the clause said is told by that clause's own cues. */
    private static final Set<String> SAYING = Set.of("said", "told", "reported", "announced", "added", "stated", "noted", "declared");
    /** A saying verb this close to the date is its date ("said Friday", "said in a statement on Friday"). */
    private static final int MAX_SAYING_DISTANCE = 15;
    /** Words before a noun phrase: a form in -ed after them describes the noun ("the injured man") and has no tense. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "its", "his", "her",
            "their", "our", "my", "your");
    /** "that" this close after a date, with a verb of saying before it, opens what was said. */
    private static final int MAX_COMPLEMENT_DISTANCE = 20;
    /** Verbs of intent, before "to", look ahead ("plans to announce the products on Nov. 6"); as nouns ("military plans on") they do not. */
    private static final Set<String> INTENT = Set.of("plans", "plan", "planning", "intends", "intend", "aims", "expects", "expect",
            "hopes", "hope");
    /**
     * "by Dec. 15" in mid-sentence is a deadline, still to come; "By March, the army had ..." (capital) tells a story.
     * "as soon as Tuesday" gives the earliest a thing can still happen, whatever the verb ("the group might come as soon
     * as Tuesday"); "starting Monday" the start of what is still to come (a start that has passed is "since Monday":
     * "organizers called for labor strikes starting Monday"); "effective Feb. 1" the day a change takes effect, which
     * news announces ahead ("created an office of the chairman, effective Feb. 1" written in October).
     */
    private static final Pattern DEADLINE = Pattern.compile("(?<!\\p{L})(?:by|as soon as|(?:starting|beginning|effective)(?: on| from)?)\\s+$");
    /** Characters before a date read for {@link #DEADLINE}: "beginning from " and the character before it. */
    private static final int DEADLINE_CHARS = 16;
    private static final Set<String> UNTIL = Set.of("until", "till");
    /** Verbs that grant time to act: the day "until" names after them is a deadline, still ahead. */
    private static final Set<String> GRANTING = Set.of("gave", "given", "granted", "allowed", "ordered", "asked", "urged", "put",
            "adjourned", "deferred");
    /** Present forms of "be" and "have": a present verb before "until" looks ahead however past the verbs before it. */
    private static final Set<String> PRESENT_FORMS = Set.of("is", "are", "am", "has", "have");
    /** Words of {@link #PAST_WORDS} that are no verbs: they place a clause in the past but govern no "until". */
    private static final Set<String> PAST_ADVERBS = Set.of("ago", "since", "earlier", "last", "previously", "yesterday");
    private static final Set<String> PRESENT_BE = Set.of("is", "are");
    /**
     * "The vote is on Sunday", "talks are set for March": a present "be" schedules the date it stands just before; farther
     * off it is another verb's auxiliary ("is continuing to try to sell itself, under a June agreement").
     */
    private static final int MAX_SCHEDULE_BE_DISTANCE = 20;
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    /**
     * A sentence ends at . ! ? before a capital or a quote mark, or at a line break; not at the full stop of a title or
     * an initial before a name ("Mr. Schwarz, 52 years old, will succeed Daniel P. Davison Feb. 1"). The full stop
     * comes before the look back at the title, so that the search passes every other character on its first test: the
     * same matches ten times faster than with the look back first, which was 1% of {@code sitrep bench}'s work.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("(?:\\.(?<!\\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Maj"
            + "|Prof|Rev|Adm|St|Jr|Sr|vs|v|\\p{Lu})\\.)|[!?])[\"”’)]*\\s+(?=[\\p{Lu}\"“‘(])|\\n");

    /** How far a sentence is searched for its ends, so a text without full stops costs no more than a sentence. */
    private static final int MAX_SENTENCE_CHARS = 600;

    /** What may come before a date that opens its sentence: nothing, a quote mark, or "In", "On", "Late in"... */
    private static final Pattern OPENING = Pattern.compile("(?i)[\\s\"“‘(]*(?:(?:early|late|later|earlier|back)\\s+)?(?:in|on|at)?\\s*");

    /** Cues farther than this many characters from the date tell of another clause. */
    private static final int MAX_CUE_DISTANCE = 60;

    /** The tense of the sentence of {@code text} that holds {@code [begin, end)}, by the cue nearest to it. */
    static Tense around(String text, int begin, int end) {
        int from = sentenceStart(text, begin);
        int to = sentenceEnd(text, end);
        Walk walk = new Walk(text, begin, end, isPastPerfect(text, begin, end, from, to),
                OPENING.matcher(text.substring(from, begin)).matches());
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            Tense settled = walk.read(m.group().toLowerCase(Locale.ROOT), m.start(), m.end());
            if (settled != null) {
                return settled;
            }
        }
        // "32 members had filed reports by Wednesday": in the past perfect "by" tells a story, not a deadline.
        boolean deadline = DEADLINE.matcher(text.substring(Math.max(from, begin - DEADLINE_CHARS), begin)).find() && !walk.pastPerfect;
        return deadline ? FUTURE : walk.tense();
    }

    /** One walk over the words of a sentence, in order, around a date at {@code [begin, end)} of {@code text}. */
    private static final class Walk {
        private final String text;
        private final int begin;
        private final int end;
        /** Whether the date's clause is in the past perfect. */
        private final boolean perfect;
        /** Whether the date opens its sentence ("In January, ..."). */
        private final boolean opens;
        private String previous = "";
        private boolean pastPerfect;
        private boolean reported;
        private boolean sayingBefore;
        /** Where the last past verb before the date ends, -1 when a later verb governs what follows. */
        private int pastVerbEnd = -1;
        private Tense mainVerb = NONE;
        private Tense best = NONE;
        private int bestDistance = Integer.MAX_VALUE;

        Walk(String text, int begin, int end, boolean perfect, boolean opens) {
            this.text = text;
            this.begin = begin;
            this.end = end;
            this.perfect = perfect;
            this.opens = opens;
        }

        /** Reads the next word, lower case, at {@code [start, stop)}; returns the tense when this word settles it, else null. */
        Tense read(String word, int start, int stop) {
            String before = previous;
            previous = word;
            if (start >= begin && stop <= end) {
                return null;
            }
            int distance = stop <= begin ? begin - stop : start - end;
            if (stop <= begin) {
                sayingBefore = SAYING.contains(word) || sayingBefore && !word.equals("that");
            } else if (sayingBefore && distance <= MAX_COMPLEMENT_DISTANCE && word.equals("that")) {
                // "told the summit in September that Australia would ...": a date between a verb of saying and what was
                // said dates the saying.
                return PAST;
            }
            reported |= SAYING.contains(word);
            if (opens && mainVerb == NONE && start >= end && SAYING.contains(word)) {
                // "On Monday, the Philippine president announced plans to buy aircraft": the saying is the main verb.
                mainVerb = PAST;
            }
            if (SAYING.contains(word) && distance > MAX_SAYING_DISTANCE) {
                // "said it will extend its offer to Nov. 6": the saying has its own time; the date is the clause's.
                return null;
            }
            Tense t = cue(word, before, start, stop, distance);
            // "the disputed vote count through Monday": after a determiner a form in -ed is an adjective, no verb; "will
            // be held": the participle of a passive has no tense of its own; the auxiliary before it does.
            if (t == PAST && (DETERMINERS.contains(before) && word.endsWith("ed") || before.equals("be"))) {
                return null;
            }
            if (isInfinitiveBefore(word, stop) && best == PAST) {
                // "reaffirmed an offer of 600 troops to help secure elections in August": the infinitive's act comes
                // after the verb it hangs on, so that verb's past no longer dates the clause the date is in.
                best = NONE;
                bestDistance = Integer.MAX_VALUE;
            }
            trackPastVerb(word, before, t, stop);
            pastPerfect |= word.equals("had") && distance <= MAX_CUE_DISTANCE;
            if (opens && mainVerb == NONE && start >= end) {
                mainVerb = t;
            }
            if (t != NONE && distance < bestDistance && distance <= MAX_CUE_DISTANCE) {
                best = t;
                bestDistance = distance;
            }
            return null;
        }

        /**
         * Whether the word is the "to" of an infinitive between the verbs before and the date: "to" before a bare verb
         * (lower case, no determiner, no plural or participle: "to help", not "to the talks", "to elections", "to meeting").
         */
        private boolean isInfinitiveBefore(String word, int stop) {
            if (!word.equals("to") || stop > begin || !text.startsWith(" ", stop)) {
                return false;
            }
            Matcher next = WORD.matcher(text).region(stop + 1, begin);
            if (!next.lookingAt()) {
                return false;
            }
            String verb = next.group();
            return Character.isLowerCase(verb.charAt(0)) && !DETERMINERS.contains(verb) && !verb.endsWith("s")
                    && !verb.endsWith("ing") && !verb.endsWith("ed") && of(verb) == NONE;
        }

        /** The tense a word tells of, where it stands. */
        private Tense cue(String word, String before, int start, int stop, int distance) {
            return INTENT.contains(word) && text.startsWith(" to ", stop) ? FUTURE
                    // "a national minute of silence to be held on Monday": the infinitive of a passive looks ahead.
                    : word.equals("be") && before.equals("to") ? FUTURE
                    : word.equals("ahead") && text.startsWith(" of ", stop) ? FUTURE
                    // "officials announced flags would fly at half-mast Saturday": reported, "would" is the future of
                    // the saying; told without one ("more men would die"), it is the story's own past.
                    : word.equals("would") && reported ? FUTURE
                    // "the vote is on Sunday" schedules; "a program announced in December is being criticized" does not.
                    : PRESENT_BE.contains(word) && (start >= end || distance > MAX_SCHEDULE_BE_DISTANCE) ? NONE
                    : word.equals("set") && !isScheduleAfterSet(text, stop) ? NONE
                    // "Until Thursday, they had not called him a suspect": in the past perfect "until" tells a story.
                    : UNTIL.contains(word) && perfect ? NONE
                    // "He lived with his family in Birmingham until December": "until" after a past verb ends a state
                    // that was, not one still to come ("extended its deadline until Tuesday" schedules, and stays ahead).
                    : UNTIL.contains(word) && pastVerbEnd >= 0 && start - pastVerbEnd <= MAX_CUE_DISTANCE ? NONE : of(word);
        }

        /**
         * "was postponed until March", "will stay until", "gave Merieux until mid-November", "after a government is
         * formed, the lawmakers have until Aug. 15": the last verb before "until" governs it.
         */
        private void trackPastVerb(String word, String before, Tense t, int stop) {
            if (stop > begin) {
                return;
            }
            if (t == FUTURE || SCHEDULING.contains(word) || GRANTING.contains(word) || PRESENT_FORMS.contains(word)
                    || PRESENT_BE.contains(before)) {
                pastVerbEnd = -1;
            } else if (t == PAST && !SAYING.contains(word) && !PAST_ADVERBS.contains(word)) {
                pastVerbEnd = stop;
            }
        }

        /**
         * The tense of the nearest cue; without one, that of the main verb when the date opens its sentence ("In
         * January, a week after the anniversary of the decision, a clinic bombing killed a guard": a date that opens its
         * sentence sets the time of the main clause, whose verb may stand past a long subject).
         */
        Tense tense() {
            return best == NONE ? mainVerb : best;
        }
    }

    /**
     * Whether the sentence of {@code text} that holds {@code [begin, end)} is in the past perfect near it ("Early Tuesday
     * morning a court had handed down"): the tense of a story told at its own time, before a moment it has set.
     */
    static boolean isPastPerfect(String text, int begin, int end) {
        return isPastPerfect(text, begin, end, sentenceStart(text, begin), sentenceEnd(text, end));
    }

    /** As {@link #isPastPerfect(String, int, int)}, within the sentence {@code [from, to)} found already. */
    private static boolean isPastPerfect(String text, int begin, int end, int from, int to) {
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            int distance = m.end() <= begin ? begin - m.end() : m.start() - end;
            if (distance >= 0 && distance <= MAX_CUE_DISTANCE && m.group().equalsIgnoreCase("had")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "set" schedules ("set for March 3", "set to meet on Monday"), not a participle of the past ("its record
     * high set Aug. 6").
     */
    private static boolean isScheduleAfterSet(String text, int end) {
        return text.startsWith(" for ", end) || text.startsWith(" to ", end);
    }

    /** Participles that put a day on a schedule: the day they govern may still be to come ("was postponed to"). */
    private static final Set<String> SCHEDULING = Set.of("scheduled", "rescheduled", "planned", "expected", "slated", "postponed",
            "delayed", "moved", "pushed", "extended", "called", "set", "fixed", "due");
    private static final Pattern VERB_ON_BEFORE = Pattern.compile("([\\p{L}']+)\\s+(?:on\\s+)?$");

    /**
     * Whether a verb of the past governs the date at {@code begin} directly or through "on" ("the offensive began on June
     * 3", "was killed Nov. 9"): a day something happened on, whatever the calendar says; not a participle of
     * scheduling ("was scheduled on").
     */
    static boolean happenedOn(String text, int begin) {
        return happenedOn(text, begin, VERB_ON_BEFORE, 25);
    }

    /** A verb, then where it happened ("arrived in Israel on", "flew to New Delhi on"), then the date. */
    private static final Pattern VERB_PLACE_ON_BEFORE = Pattern.compile("([\\p{L}']+)\\s+(?:(?:in|to|at|from)\\s+(?:the\\s+)?"
            + "\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*)?\\s+)?on\\s+$");

    /**
     * Whether a verb of the past governs the weekday at {@code begin} through "on", with the place it happened between
     * them ("Mr Bush, who arrived in Israel on Wednesday, is spending Thursday ..."): the verb's tense is the day's,
     * whatever cue of another clause is nearer.
     */
    static boolean happenedOnDay(String text, int begin) {
        return happenedOn(text, begin, VERB_PLACE_ON_BEFORE, 45);
    }

    private static boolean happenedOn(String text, int begin, Pattern verbBefore, int chars) {
        Matcher m = verbBefore.matcher(text.substring(Math.max(0, begin - chars), begin));
        if (!m.find()) {
            return false;
        }
        String verb = m.group(1).toLowerCase(Locale.ROOT);
        return of(verb) == PAST && !SCHEDULING.contains(verb) && !SAYING.contains(verb);
    }

    private static Tense of(String word) {
        String w = word.endsWith("'ll") ? "ll" : word.replace("'s", "");
        if (FUTURE_WORDS.contains(w)) {
            return FUTURE;
        }
        if (PAST_WORDS.contains(w) || w.length() > 4 && w.endsWith("ed") && !NOT_PAST.contains(w) && !isUnAdjective(w)) {
            return PAST;
        }
        return NONE;
    }

    /** "unspecified", "unidentified": "un-" before a participle that is no verb of undoing ("under-" and "uni-" are no "un-"). */
    private static boolean isUnAdjective(String word) {
        return word.startsWith("un") && !word.startsWith("under") && !word.startsWith("uni") && !UN_VERBS.contains(word);
    }

    private static int sentenceStart(String text, int at) {
        int start = Math.max(0, at - MAX_SENTENCE_CHARS);
        Matcher m = SENTENCE_END.matcher(text).region(start, at);
        while (m.find() && m.end() <= at) {
            start = m.end();
        }
        return start;
    }

    private static int sentenceEnd(String text, int at) {
        int limit = Math.min(text.length(), at + MAX_SENTENCE_CHARS);
        Matcher m = SENTENCE_END.matcher(text).region(at, limit);
        return m.find() ? m.start() + 1 : limit;
    }
}
