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
    /** Per surname, the genders the name list gives the article's fuller names ending in it ("Faiza Malik"). */
    private final Map<String, Set<Gender>> fuller;

    NamedGenders(ArticleText at, SpanSet quoted) {
        told = toldByPronouns(at, quoted);
        fuller = fullerNames(at);
    }

    /** The gender the article gives the person named {@code m}; {@link Gender#UNKNOWN} for no person or when nothing tells. */
    Gender of(Mention m) {
        if (m == null || m.type() != EntityType.PERSON) {
            return Gender.UNKNOWN;
        }
        Gender named = asSurname(m.text(), PersonGender.of(m.text()));
        Set<Gender> pronouns = told.get(SpeakerDetails.surname(m.text()));
        // A first name borne by men and women alike suggests no gender, yet is a first name all the same: the article's
        // pronouns tell which.
        boolean given = named != Gender.UNKNOWN || PersonGender.opensWithGivenName(m.text());
        return given && pronouns != null && pronouns.size() == 1 ? pronouns.iterator().next() : named;
    }

    /**
     * The gender of a lone name the name list reads as a first name ("Malik", "Clinton") when the article's fuller
     * names ending in it all give one other gender ("Faiza Malik"): the lone word is then that person's surname, and
     * the first name tells. {@code guess} itself for a name of several words, one the list gives no gender, or one whose
     * fuller names give none or disagree (a name that suggests none stays open, see the class comment).
     */
    private Gender asSurname(String name, Gender guess) {
        Set<Gender> genders = fuller.get(SpeakerDetails.surname(name));
        if (guess == Gender.UNKNOWN || name.strip().contains(" ") || genders == null || genders.size() != 1) {
            return guess;
        }
        return genders.iterator().next();
    }

    /** For each surname, the genders the name list gives the article's person names of several words ending in it. */
    private static Map<String, Set<Gender>> fullerNames(ArticleText at) {
        Map<String, Set<Gender>> out = new HashMap<>();
        for (Mention m : at.mentions) {
            if (m.type() != EntityType.PERSON || !m.text().strip().contains(" ")) {
                continue;
            }
            Gender g = PersonGender.of(m.text());
            if (g != Gender.UNKNOWN) {
                out.computeIfAbsent(SpeakerDetails.surname(m.text()), k -> new HashSet<>()).add(g);
            }
        }
        return out;
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
