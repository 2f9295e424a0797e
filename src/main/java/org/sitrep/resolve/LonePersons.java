package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.nlp.CommonWords;
import org.sitrep.nlp.PersonGender;
import org.sitrep.nlp.PersonTitles;

/**
 * A person of the tagger named once, by one word, that the knowledge base does not know and no longer name of the
 * article ends with ("Duqu", "Tannerite", "the vessel Libra", "rebels from Jobrar") is a person only when the words
 * around it say so: a first name people bear, a title before it ("Secretary Powell"), a word for a person before it
 * ("his son, Saif", "clothes seller Mohammad"), a verb of speech or an age after it ("Olsen reported", "Ala (25)"), or
 * other people listed with it ("Rumsfeld, Cheney, Perle"). Without such a word the tagger has most often read a
 * thing, a place or a program by its capital letter, and the name is left out. Persons named more than once, in full
 * or by the knowledge base keep their mentions.
 */
final class LonePersons {
    /** A verb of speech or report right after the name, or an age in brackets or between commas. */
    private static final Pattern SPEECH_OR_AGE_AFTER = Pattern.compile("^(?:[’']s\\s+)?(?:,\\s*)?(?:said|says|told|tells|added|wrote|writes"
            + "|reported|reports|asked|replied|explained|noted|argued|insisted|recalled|tweeted|stated|announced|declared|"
            + "\\(\\d{1,3}\\)|\\d{1,3},)");
    /** A verb of speech right before the name, the order of "said Olsen", or "according to". */
    private static final Pattern SPEECH_BEFORE = Pattern.compile("(?:said|says|asked|added|according to|wrote|told)\\s+$");
    /** The word before the name, perhaps behind a comma ("his wife, Christine"). */
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}.]+)(?:,)?\\s+$");

    private LonePersons() {
    }

    /** The mentions without the lone one-word persons nothing around marks as people, in the order given. */
    static List<LinkedMention> without(String text, List<LinkedMention> linked) {
        return without(text, linked, OnceNamedJudge.RULES, name -> false);
    }

    /** The mentions without the lone one-word persons {@code judge} drops, in the order given ({@code settledPlace} tells it the
     * names of towns and countries). */
    static List<LinkedMention> without(String text, List<LinkedMention> linked, OnceNamedJudge judge,
            java.util.function.Predicate<String> settledPlace) {
        return OnceNamed.without(text, linked, LonePersons::isLone, LonePersons::cues, judge, settledPlace);
    }

    private static boolean isLone(LinkedMention m, boolean once) {
        Entity e = m.entity();
        String name = e.name().strip();
        return e.kind() == null && e.type() == EntityType.PERSON && !name.contains(" ") && once
                && !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && m.mention().text().strip().equals(name);
    }

    /** The names of the cue words around the mention that mark a person; none when nothing does. */
    static List<String> cues(String text, LinkedMention m, List<LinkedMention> inOrder) {
        OnceNamed.Around around = OnceNamed.around(text, m).orElse(null);
        if (around == null) {
            return List.of("cue=outside-text");
        }
        int begin = m.mention().span().begin();
        String before = around.before();
        String after = around.after();
        List<String> out = new ArrayList<>();
        if (PersonGender.of(m.entity().name()) != PersonGender.Gender.UNKNOWN) {
            out.add("cue=first-name");
        }
        if (SPEECH_OR_AGE_AFTER.matcher(after).find()) {
            out.add("cue=speech-or-age-after");
        }
        if (SPEECH_BEFORE.matcher(before).find()) {
            out.add("cue=speech-before");
        }
        Matcher word = WORD_BEFORE.matcher(before);
        if (word.find()) {
            int wordBegin = begin - (before.length() - word.start(1));
            if (PersonTitles.isTitle(text, wordBegin, wordBegin + word.group(1).length())) {
                out.add("cue=title-before");
            }
            if (CommonWords.isAnimate(word.group(1))) {
                out.add("cue=person-word-before");
            }
        }
        if (OnceNamed.isListedWith(text, m, inOrder, EntityType.PERSON)) {
            out.add("cue=listed-with-persons");
        }
        return out;
    }
}
