package org.sitrep.quotes;

import java.util.Set;

/**
 * Cue words that report no statement although a frame would read one: the writer's own hedge ("is believed to",
 * "with Mr Bush expected to") or a condition the writer supposes ("if it wants to avoid ..."). Every frame skips them,
 * the parse-based ones too, so that no sentence is parsed for a cue that reports nothing.
 */
final class Suppositions {
    private final ArticleText at;
    private final SentenceTokens tokens;

    Suppositions(SentenceTokens tokens) {
        this.at = tokens.at;
        this.tokens = tokens;
    }

    /** Whether the word at {@code c}, outside quotes, is a cue that reports nothing: a hedge or a condition's verb. */
    boolean reportsNothing(int c) {
        return isHedge(c) || inCondition(c);
    }

    /**
     * Whether the word at {@code c} is a passive verb of belief or view with no agent ("are believed to remain", "is
     * widely thought to be", "was seen as a gesture", "is considered unlikely", a suspicion: "is suspected of speeding a
     * truck"): the writer's hedge, said by no one the page points to, so no statement (bench/field/GUIDE.md,
     * passives); with "by" and its agent it is the agent's view.
     */
    private boolean isHedge(int c) {
        if (at.word(c + 1).equals("by")) {
            return false;
        }
        return HEDGES.contains(at.word(c)) && tokens.beBefore(c) || isAbsolutePassive(c);
    }

    /**
     * Whether the word at {@code c} is the participle of a reduced passive after "with" and its noun ("with Mr Bush
     * expected to step up his rhetoric", "with the city seen as the key"): the same agentless hedge as "is expected to",
     * written without its "be", and the noun is what the writer's guess is about, never who holds it.
     */
    private boolean isAbsolutePassive(int c) {
        String next = at.word(c + 1);
        if (!(HEDGES.contains(at.word(c)) || at.word(c).equals("expected")) || !(next.equals("to") || next.equals("as"))) {
            return false;
        }
        return opensWithWords(c, ABSOLUTES, MAX_ABSOLUTE_NOUN);
    }

    /**
     * Whether the word at {@code c} is a verb of will before "to" in a clause opened by "if" or "unless" a few words
     * before it, its subject between ("if it wants to avoid further involvement, it needs to ..."): a condition the
     * writer supposes, so it reports nothing anyone wants. A verb of saying there ("if he says that ...") is left to
     * the frames: skipping it too took PolNeAR's reported F1 from 0.674 to 0.672 (this rule: 0.673).
     */
    private boolean inCondition(int c) {
        return at.word(c + 1).equals("to") && opensWithWords(c, CONDITIONS, MAX_CONDITION_SUBJECT);
    }

    /**
     * Whether one of {@code openers} stands before the word at {@code c} in its sentence, with one to {@code reach}
     * words between them (the subject or noun of the phrase it opens) and no punctuation or quote mark.
     */
    private boolean opensWithWords(int c, Set<String> openers, int reach) {
        int from = at.sentenceStart(c);
        for (int t = c - 1; t >= from && c - t <= reach + 1; t--) {
            if (at.isPunctuation(t) || tokens.inQuote(t)) {
                return false;
            }
            if (openers.contains(at.word(t))) {
                return t < c - 1;
            }
        }
        return false;
    }

    /** Words that open a condition. */
    private static final Set<String> CONDITIONS = Set.of("if", "unless");
    /** Words the subject of a condition may span before its verb ("if the United Nations Security Council"). */
    private static final int MAX_CONDITION_SUBJECT = 5;

    /** The word that opens an absolute phrase. */
    private static final Set<String> ABSOLUTES = Set.of("with");
    /** Words the noun of a "with" absolute may span before its participle ("with the new Iraqi president"). */
    private static final int MAX_ABSOLUTE_NOUN = 5;

    /** Verbs of belief or view whose passive hedges the writer's own claim. */
    private static final Set<String> HEDGES = Set.of("believed", "thought", "considered", "seen",
            "regarded", "viewed", "deemed", "suspected", "presumed");
}
