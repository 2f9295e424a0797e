package org.sitrep.quotes;

import java.util.Set;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;
import org.sitrep.core.Speaker;

/**
 * The name set off by commas beside a speaker chosen as a description or as someone's owner: "Frank Hesske, EU
 * ambassador to Syria, said", "Another IFTU leader, Abdullah Muhsen, remembered", "Bernier's spokesperson, Neil Hrab,
 * repeated", "A spokeswoman for Lieberman, Irena Etinger, said", and the name a title cut at its hyphen stands before
 * ("U.N. Secretary-General Ban Ki-moon"). An apposition names the same person as the phrase it stands beside, so the
 * statement is the named person's; the ranker, which scores each phrase alone, may take the description or the owner.
 */
final class AppositeNames {
    /** Words a description between an owner's "'s" and the comma may have ("Bernier's chief spokesperson, ..."). */
    private static final int MAX_OWNED_WORDS = 3;
    /** Words of a title a description may stop before ("-", "General"). */
    private static final int MAX_TITLE_WORDS = 3;

    private final ArticleText at;

    AppositeNames(ArticleText at) {
        this.at = at;
    }

    /**
     * {@code s} with the person its apposition names, or {@code s} itself when none does. {@code cue}: the statement's
     * cue, {@code null} when it has none.
     */
    Speaker of(Speaker s, Span cue) {
        if (s == null || s.span() == null || s.basis().pronoun()) {
            return s;
        }
        Mention named = s.named() == null ? besideDescription(s, cue) : ownedByName(s.named());
        return named == null ? s : new Speaker(named.span(), named.text(), named, s.role(), s.organisation(), s.basis());
    }

    /** "X, <description>," or "<description>, X,": the person X. */
    private Mention besideDescription(Speaker s, Span cue) {
        int first = at.firstTokenAtOrAfter(s.span().begin());
        int last = at.lastTokenEndingBy(s.span().end());
        if (first >= at.size() || last < first) {
            return null;
        }
        // A description run straight into its cue is the subject of a cue set into the sentence, not an apposition:
        // in "Clinton, a top aide said, “is very confident”" the aide speaks about Clinton.
        if (first >= 2 && at.raw(first - 1).equals(",") && !startsCue(last + 1, cue)) {
            // Only a name that opens its sentence: "..., at the farm of Ein Hashlosha, Israeli rescue officials said"
            // and "In a letter to Maxime Bernier, the lawyers urged" set no name beside the description.
            // Anywhere else, a description closed as an apposition is: opened by an article and followed by a comma
            // or a relative pronoun ("against Mir-Hossein Mousavi, the opposition leader who says", "the Union of
            // Syrian Medical Relief Organizations, an umbrella group, recently requested").
            Mention before = at.mention(first - 2);
            boolean opens = before != null && at.firstTokenAtOrAfter(before.span().begin()) == at.sentenceStart(first);
            boolean closed = before != null && isClosedApposition(first, last) && isSpeakerType(before);
            if ((isPerson(before) && opens || closed) && at.lastTokenEndingBy(before.span().end()) == first - 2) {
                return before;
            }
        }
        Mention setOff = personSetOff(last + 1);
        setOff = setOff != null ? setOff : personSetOff(afterNamedOwner(last + 1));
        return setOff != null ? setOff : titledName(last + 1);
    }

    /**
     * The token after a prepositional phrase at {@code t} whose object is a name ending it ("A spokeswoman for
     * Lieberman, Irena Etinger, said"): a name is not set off to describe another name, so the person set off after it
     * is the description's; {@code -1} when no such phrase stands there. "A spokesman for the defense minister, Ehud
     * Barak," sets the name off beside the minister, and is left alone.
     */
    private int afterNamedOwner(int t) {
        if (t >= at.size() || !OWNER_PREPOSITIONS.contains(at.word(t))) {
            return -1;
        }
        int k = t + 1;
        if (k < at.size() && at.word(k).equals("the")) {
            k++;
        }
        Mention owner = k < at.size() ? at.mention(k) : null;
        if (owner == null || at.firstTokenAtOrAfter(owner.span().begin()) != k) {
            return -1;
        }
        return at.lastTokenEndingBy(owner.span().end()) + 1;
    }

    private static final Set<String> OWNER_PREPOSITIONS = Set.of("for", "of", "at", "to");

    /**
     * A person named right after the description, past the rest of a hyphenated title ("U.N. Secretary-General Ban
     * Ki-moon", where the description found stops at the hyphen): the title and the name are one phrase, so the
     * name is the one the title describes. {@code null} when no person's name starts within {@link #MAX_TITLE_WORDS}.
     */
    private Mention titledName(int t) {
        for (int k = t; k < at.size() && k - t <= MAX_TITLE_WORDS; k++) {
            Mention m = at.mention(k);
            if (m != null) {
                return isPerson(m) && at.firstTokenAtOrAfter(m.span().begin()) == k ? m : null;
            }
            if (!at.raw(k).equals("-") && !at.isCapitalized(k)) {
                return null;
            }
        }
        return null;
    }

    /** "Bernier's spokesperson, Neil Hrab,": the person after the owned phrase, not the owner. */
    private Mention ownedByName(Mention owner) {
        if (owner.type() != EntityType.PERSON) {
            return null;
        }
        int t = at.lastTokenEndingBy(owner.span().end()) + 1;
        if (t >= at.size() || !at.isPossessive(t)) {
            return null;
        }
        for (int k = t + 1; k < at.size() && k - t <= MAX_OWNED_WORDS + 1; k++) {
            if (at.raw(k).equals(",")) {
                return k > t + 1 ? personSetOff(k) : null;
            }
            if (at.isPunctuation(k) || at.mention(k) != null) {
                return null;
            }
        }
        return null;
    }

    /**
     * A person named between the comma at token {@code comma} and a closing comma or colon, after a capitalised title
     * of at most {@link #MAX_TITLE_WORDS} words ("A U.S. military intelligence official, Chief Warrant Officer Larry
     * Tersone, told AP"), or {@code null}.
     */
    private Mention personSetOff(int comma) {
        if (comma < 0 || comma + 1 >= at.size() || !at.raw(comma).equals(",")) {
            return null;
        }
        int k = comma + 1;
        while (k < at.size() && k - comma - 1 < MAX_TITLE_WORDS && at.mention(k) == null && at.isCapitalized(k)) {
            k++;
        }
        Mention m = at.mention(k);
        if (!isPerson(m) || at.firstTokenAtOrAfter(m.span().begin()) != k) {
            return null;
        }
        int after = at.lastTokenEndingBy(m.span().end()) + 1;
        return after < at.size() && (at.raw(after).equals(",") || at.raw(after).equals(":")) ? m : null;
    }

    /** Whether token {@code t} is the first word of {@code cue}; false when there is no cue. */
    private boolean startsCue(int t, Span cue) {
        return cue != null && t < at.size() && at.firstTokenAtOrAfter(cue.begin()) == t;
    }

    /** Whether tokens {@code first..last} are an apposition closed off: an article, and a comma or "who" after. */
    private boolean isClosedApposition(int first, int last) {
        return SpeechCues.ARTICLES.contains(at.word(first)) && CLOSING.contains(at.word(last + 1));
    }

    private static final Set<String> CLOSING = Set.of(",", "who", "which");

    private static boolean isSpeakerType(Mention m) {
        return m.type().isActor();
    }

    private static boolean isPerson(Mention m) {
        return m != null && m.type() == EntityType.PERSON;
    }
}
