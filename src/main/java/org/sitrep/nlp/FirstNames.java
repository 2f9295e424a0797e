package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.CalendarWords;

/**
 * The CRF tagger sometimes tags a surname and leaves the first name before it ("the BBC’s Lyse Doucet" gives only
 * "Doucet"). A capitalised, untagged word right before a person's name is taken as the first name when it is no
 * title, month or day, does not start the sentence, and follows a lower-case word or a possessive; and when the
 * tagger's name already has two words or more, only when the word is a known first name: before a full name a
 * capitalised word is far more often a title or a description ("Congressman Justin Amash", "Senators Kamala Harris").
 */
final class FirstNames {
    private static final Set<String> NOT_NAMES = CalendarWords.lowerCaseNamesAnd(
            "mr", "mrs", "ms", "dr", "president", "minister", "prime", "general", "gen", "colonel", "col", "sheikh", "king",
            "queen", "prince", "emir", "imam", "pope", "senator", "sen", "rep", "governor", "gov", "mayor", "secretary",
            "spokesman", "spokeswoman", "commander", "chief", "judge", "justice", "lord", "sir", "saint", "st", "captain",
            "capt", "major", "lieutenant", "sergeant", "ambassador", "envoy", "director", "chairman", "leader", "deputy",
            "foreign", "defense", "defence", "interior", "former", "late", "syrian", "iraqi", "russian", "american",
            "french", "british", "turkish", "iranian", "kurdish", "israeli", "lebanese", "jordanian", "saudi", "egyptian",
            "the", "a", "an");

    private FirstNames() {
    }

    /** True when token {@code i}, which starts a PERSON mention, has a missed first name before it. */
    static boolean missedBefore(List<CoreLabel> labels, int i) {
        if (i < 2) {
            return false;
        }
        CoreLabel candidate = labels.get(i - 1);
        String word = candidate.originalText();
        boolean untagged = "O".equals(candidate.ner());
        boolean nameShaped = word.length() > 1 && Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(Character::isLetter)
                && !word.equals(word.toUpperCase(Locale.ROOT));
        boolean adjacent = candidate.endPosition() + 1 == labels.get(i).beginPosition();
        if (!untagged || !nameShaped || !adjacent || NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))
                // A nationality, singular or plural ("Kenyan Kipchoge", "Ethiopians"), describes the person after it.
                || Demonyms.shared().isDemonym(word)) {
            return false;
        }
        boolean surnameAlone = i + 1 >= labels.size() || !"PERSON".equals(labels.get(i + 1).ner());
        if (!surnameAlone && !PersonGender.isFirstName(word)) {
            return false;
        }
        String previous = labels.get(i - 2).originalText();
        boolean possessive = previous.equals("’s") || previous.equals("'s");
        boolean lowerWord = !previous.isEmpty() && Character.isLowerCase(previous.charAt(0));
        return possessive || lowerWord;
    }
}
