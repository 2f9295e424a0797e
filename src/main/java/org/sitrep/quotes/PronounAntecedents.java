package org.sitrep.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Quote;
import org.sitrep.core.Speaker;
import org.sitrep.core.SpeakerBasis;
import org.sitrep.core.SpanSet;
import org.sitrep.nlp.PersonGender;
import org.sitrep.nlp.PersonGender.Gender;

/**
 * The name a speaker pronoun stands for. "He" and "she" look, in order, for a person earlier in the same sentence,
 * the subject of the sentence before, the last person quoted within a few paragraphs, and the last person named;
 * every candidate agrees in gender with the pronoun (as far as names and titles tell) and none stands inside
 * quotation marks, whose names are the speaker's words, not the speaker. "They" and "it" stand for the last
 * organisation quoted or named. {@code null} for "I" and "we", and when nothing fits.
 */
final class PronounAntecedents {
    /** A name a pronoun or description stands for ({@code null} when nothing fits), and how it was found. */
    record Antecedent(Mention named, SpeakerBasis basis) {
    }

    private static final int REACH_PARAGRAPHS = 3;
    private static final Set<String> PREPOSITIONS = Set.of("of", "to", "by", "with", "for", "from", "about", "against",
            "at", "on", "in", "than", "like", "and", "or");

    private final ArticleText at;
    private final SpanSet quoted;

    PronounAntecedents(ArticleText at, SpanSet quoted) {
        this.at = at;
        this.quoted = quoted;
    }

    Antecedent of(SpeakerRef pronoun, List<Quote> earlier) {
        String w = pronoun.text().toLowerCase(Locale.ROOT);
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
        if (wanted == EntityType.PERSON && t < at.size()) {
            Mention inSentence = firstPerson(at.sentenceStart(t), t, gender);
            if (inSentence != null) {
                return new Antecedent(inSentence, SpeakerBasis.PRONOUN_NEARBY);
            }
            int start = at.sentenceStart(t);
            if (start > 0 && at.paragraphOf(at.span(start - 1).begin()) >= at.paragraphOf(pronoun.span().begin()) - 1) {
                Mention subject = subjectOf(at.sentenceStart(start - 1), start, gender);
                if (subject != null) {
                    return new Antecedent(subject, SpeakerBasis.PRONOUN_NEARBY);
                }
            }
        }
        Mention quotedBefore = lastQuoted(pronoun, earlier, wanted, gender);
        if (quotedBefore != null) {
            return new Antecedent(quotedBefore, SpeakerBasis.PRONOUN_LAST_SPEAKER);
        }
        Mention last = lastOutsideQuotes(t, wanted, gender);
        return new Antecedent(last, last == null ? SpeakerBasis.PRONOUN_UNRESOLVED : SpeakerBasis.PRONOUN_LAST_NAMED);
    }

    /** The speaker of the last statement within reach whose named speaker has this type and agrees, or {@code null}. */
    private Mention lastQuoted(SpeakerRef ref, List<Quote> earlier, EntityType wanted, Gender gender) {
        int paragraph = at.paragraphOf(ref.span().begin());
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (paragraph - at.paragraphOf(earlier.get(i).content().begin()) > REACH_PARAGRAPHS) {
                break;
            }
            Speaker s = earlier.get(i).speaker();
            if (s != null && s.named() != null && s.named().type() == wanted && agrees(s.named(), gender)) {
                return s.named();
            }
        }
        return null;
    }

    /** The first person named in {@code [from, to)} outside quotation marks who agrees, or {@code null}. */
    private Mention firstPerson(int from, int to, Gender gender) {
        for (int i = from; i < to; i++) {
            Mention m = at.mention(i);
            if (m != null && m.type() == EntityType.PERSON && !at.inAny(i, quoted) && agrees(m, gender)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The sentence's subject when it is a person: its first person outside quotation marks that follows no
     * preposition and owns nothing ("Jones's brother" is no subject); {@code null} otherwise.
     */
    private Mention subjectOf(int from, int to, Gender gender) {
        for (int i = from; i < to; i++) {
            Mention m = at.mention(i);
            if (m == null || m.type() != EntityType.PERSON || at.inAny(i, quoted)) {
                continue;
            }
            int last = at.lastTokenEndingBy(m.span().end());
            boolean afterPreposition = i > from && PREPOSITIONS.contains(at.word(i - 1));
            boolean possessive = last + 1 < to && (at.word(last + 1).equals("'s") || at.word(last + 1).equals("’s"));
            if (afterPreposition || possessive) {
                return null;
            }
            return agrees(m, gender) ? m : null;
        }
        return null;
    }

    private Mention lastOutsideQuotes(int before, EntityType wanted, Gender gender) {
        int from = Math.max(0, before - 2000);
        for (int i = Math.min(before, at.size()) - 1; i >= from; i--) {
            Mention m = at.mention(i);
            if (m != null && m.type() == wanted && !at.inAny(i, quoted) && agrees(m, gender)) {
                return m;
            }
        }
        return null;
    }

    private static boolean agrees(Mention m, Gender gender) {
        return m.type() != EntityType.PERSON || PersonGender.of(m.text()).agreesWith(gender);
    }
}
