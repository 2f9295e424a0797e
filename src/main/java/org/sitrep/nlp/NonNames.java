package org.sitrep.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;

/**
 * Mentions the statistical tagger gives that name no one, by principles of English rather than by names: a lone
 * letter ("Q:" of an interview); the field of a job title, of one word or several ("Deputy Secretary of State",
 * "Defense Secretary", "Assistant Secretary of State for Intelligence and Research"), as titles are no part of a name;
 * a party's or a creed's adjective before a common noun ("Republican plans", "Shiite-dominated");
 * a common noun (no place) capitalised only because it opens a sentence ("Authorities said ...") that the article writes in
 * lower case elsewhere, or that English usually writes in lower case ("Anyone who thinks", {@link CommonWords}) and the
 * article never capitalises inside a sentence; a word of nationality or faith taken for a person or a body
 * ("Palestinians", "American", "Muslims": the guide's nationalities are no entities; one the tagger calls a place is
 * left for the place stage, which reads "Middle Eastern" as the Middle East). A faith ("Islam") is a named
 * thing but no organisation: it is typed MISC. A name right after a picture's credit label ("Image: Andrew Gray") is page
 * furniture.
 */
public final class NonNames {
    private NonNames() {
    }

    /** Words that close an office's title after a field's name: "Defense Secretary", "Interior Minister". */
    private static final Pattern TITLE_AFTER = Pattern.compile("^[ \\t]+(?:Secretary|Minister|Undersecretary|Under Secretary)\\b");
    /** Words that open an office's title before a field's name: "Secretary of State", "Minister of the Interior". */
    private static final Pattern TITLE_BEFORE = Pattern.compile("\\b(?:Secretary|Minister|Secretary-General) of (?:the )?$");
    /** Adjectives of parties and creeds the tagger takes for organisations ("Republican", "Shiite"). */
    private static final Set<String> AFFILIATIONS = Set.of("Republican", "Democratic", "Democrat", "Shiite", "Shia", "Shi'ite",
            "Sunni", "Alawite", "Islamist", "Jihadist", "Salafist", "Baathist", "Zionist", "Maoist", "Marxist", "Communist");
    /** Faiths: named things, not organisations. */
    private static final Set<String> FAITHS = Set.of("Islam", "Christianity", "Judaism", "Hinduism", "Buddhism", "Sikhism");

    /** Nouns of faith and of peoples without a state, which the demonyms of countries leave out: "Muslims", "Kurds". */
    private static final Set<String> ADHERENTS = Set.of("Muslim", "Christian", "Jew", "Arab", "Kurd", "Hindu", "Sikh",
            "Buddhist", "Druze", "Yazidi", "Catholic", "Protestant", "Sunni", "Shiite", "Shia", "Alawite", "Pashtun", "Tajik",
            "Uzbek", "Hazara", "Baloch", "Uighur", "Uyghur", "Rohingya", "Tamil", "Sinhalese", "Berber", "Tuareg", "Copt", "Coptic");
    /** The mentions without those that name no one, faiths typed MISC; in the order given. */
    static List<Mention> without(String text, List<Mention> mentions) {
        List<Mention> out = new java.util.ArrayList<>();
        for (Mention m : mentions) {
            String word = m.text();
            if (FAITHS.contains(word)) {
                out.add(new Mention(m.span(), word, EntityType.MISC));
                continue;
            }
            if (!namesNoOne(text, m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** Whether the mention names no one by the rules above (a faith does name something). */
    public static boolean namesNoOne(String text, Mention m) {
        String word = m.text();
        if (word.codePoints().filter(Character::isLetter).count() <= 1 || isTitleWord(text, m) || isAffiliation(text, m)
                || isCredit(text, m) || isWholeTitle(text, m)
                || m.type() != EntityType.LOCATION && (isPeopleNoun(word) || isPeoplePhrase(word))) {
            return true;
        }
        if (m.type() != EntityType.LOCATION && opensSentence(text, m) && CommonWords.isCommon(word)
                && !capitalisedWithin(text, word)) {
            return true;
        }
        // A place's name is seldom a common word, and "Turkey" opens sentences that also speak of turkey.
        return m.type() != EntityType.LOCATION && opensSentence(text, m) && word.chars().allMatch(Character::isLetter)
                && hasLowerCase(text, word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code lower} (letters only) stands as a word of its own in the text. No match can begin before the first
     * place the letters occur, so the regex starts there: most names are never written in lower case, and the text is
     * then read once by {@link String#indexOf}, not by the regex.
     */
    private static boolean hasLowerCase(String text, String lower) {
        int first = text.indexOf(lower);
        return first >= 0 && Pattern.compile("\\b" + lower + "\\b").matcher(text).find(first);
    }

    /**
     * "Image: Andrew Gray.", "Photo: Reuters": the page's credit for a picture, furniture that the extraction kept in
     * the text; the one credited took the picture and is no part of the story.
     */
    private static boolean isCredit(String text, Mention m) {
        String before = text.substring(Math.max(0, m.span().begin() - 20), m.span().begin());
        return CREDIT.matcher(before).find();
    }

    /**
     * "Press TV", "MyFox Houston", "The Anatolian Times" as the whole first line of a text that goes on: the site's
     * name, which the extraction took for the headline; a headline says something about a name, it is not one.
     */
    private static boolean isWholeTitle(String text, Mention m) {
        int newline = text.indexOf('\n');
        return newline > 0 && text.substring(0, newline).strip().equals(m.text().strip())
                && m.span().begin() < newline && !text.substring(newline).isBlank();
    }

    /** The labels of a picture's credit or caption, the page's furniture: "Image: Andrew Gray", "File:Rice.jpg". */
    public static final List<String> CREDIT_LABELS = List.of("Image", "Photo", "Photograph", "Picture", "Credit", "File");

    /** A credit's label right before the name. */
    private static final Pattern CREDIT = Pattern.compile("(?:^|[\\s.(])(?:" + String.join("|", CREDIT_LABELS)
            + "|Photo credit)s?:[ \\t]*$");

    /** Whether {@code word} is a label of a picture's credit or caption ("Image", "Photos"). */
    static boolean isCreditLabel(String word) {
        String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return CREDIT_LABELS.contains(word) || CREDIT_LABELS.contains(singular);
    }

    /** A nationality's or faith's noun or adjective, singular or plural ("Pakistanis", "American", "Muslims"). */
    private static boolean isPeopleNoun(String word) {
        String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return Demonyms.shared().isDemonym(word) || ADHERENTS.contains(word) || ADHERENTS.contains(singular);
    }

    /**
     * "Shiite Muslim", "Coptic Christian", "Coptic Pope": words of nationality, faith or party, with at most a title
     * after them, describe people and name no one.
     */
    private static boolean isPeoplePhrase(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) {
            return false;
        }
        for (int i = 0; i < words.length - 1; i++) {
            if (!isPeopleNoun(words[i]) && !AFFILIATIONS.contains(words[i])) {
                return false;
            }
        }
        String last = words[words.length - 1];
        return isPeopleNoun(last) || AFFILIATIONS.contains(last) || PersonTitles.isTitle(last, 0, last.length());
    }

    /** Whether the word stands capitalised after another word of its sentence somewhere: a name there, not a common word. */
    private static boolean capitalisedWithin(String text, String word) {
        // A match holds a space and the word; it begins at the character before that space's run of spaces.
        int first = text.indexOf(" " + word);
        if (first < 0) {
            return false;
        }
        while (first > 0 && text.charAt(first - 1) == ' ') {
            first--;
        }
        return Pattern.compile("[\\p{Ll},;:] +" + Pattern.quote(word) + "\\b").matcher(text).find(Math.max(0, first - 1));
    }

    private static boolean isTitleWord(String text, Mention m) {
        if (m.type() != EntityType.ORGANIZATION) {
            return false;
        }
        String before = text.substring(Math.max(0, m.span().begin() - 30), m.span().begin());
        return TITLE_BEFORE.matcher(before).find() || TITLE_AFTER.matcher(text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 20))).find();
    }

    /**
     * Whether {@code word} is the plural of a party's or a movement's adjective ("Republicans", "Democrats", "Islamists"):
     * it names the members as a body, the party or movement, and no person. Faiths' adherents ("Shiites") are peoples'
     * words instead, no entity at all.
     */
    public static boolean isPartyMembers(String word) {
        if (word.length() < 3 || !word.endsWith("s")) {
            return false;
        }
        String one = word.substring(0, word.length() - 1);
        return AFFILIATIONS.contains(one) && !ADHERENTS.contains(one);
    }

    /** "Republican plans", "Shiite-dominated": the adjective before a lower-case word or a hyphen. */
    private static boolean isAffiliation(String text, Mention m) {
        if (!AFFILIATIONS.contains(m.text()) || m.span().end() >= text.length()) {
            return false;
        }
        String after = text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 3));
        return after.startsWith("-") || after.length() > 1 && after.charAt(0) == ' ' && Character.isLowerCase(after.charAt(1));
    }

    /** A single word at the start of the text, of a line, or after a sentence's end. */
    private static boolean opensSentence(String text, Mention m) {
        if (m.text().contains(" ")) {
            return false;
        }
        int i = m.span().begin() - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '“')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?';
    }
}
