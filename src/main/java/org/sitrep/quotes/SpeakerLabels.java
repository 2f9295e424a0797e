package org.sitrep.quotes;

import java.util.Set;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

/** Reads the speaker's label that may open a paragraph: "WALLACE: ..." in a transcript, "Pence: ..." in a headline. */
final class SpeakerLabels {
    private final ArticleText at;
    private final SpeakerLocator speakers;

    SpeakerLabels(ArticleText at, SpeakerLocator speakers) {
        this.at = at;
        this.speakers = speakers;
    }

    /**
     * The speaker's label that opens a paragraph ("WALLACE: ...", "Pence: ..."): a tagged name, or words in capitals,
     * before a colon among the first tokens; {@code null} when the paragraph has none. Capitalised words the tagger
     * does not take for a name ("Update:", "Lesson Plan:") are page furniture, not speakers.
     */
    Attribution of(Span paragraph) {
        int first = at.firstTokenAtOrAfter(paragraph.begin());
        int colon = labelColon(paragraph, first);
        if (colon < 0) {
            return null;
        }
        SpeakerRef s = speakers.nameEndingAt(colon - 1, first);
        if (s == null && colon == first + 1 && isAllCapitals(at.raw(first)) && !SpeechCues.NOT_NAMES.contains(at.word(first))) {
            s = new SpeakerRef(at.span(first), at.raw(first), null, false);
        }
        Mention initialled = s != null && isAllCapitals(s.text()) ? personWithInitials(s.text()) : null;
        s = initialled == null ? s : new SpeakerRef(s.span(), s.text(), initialled, false);
        boolean speakerLike = s != null && !FURNITURE.contains(s.text().toLowerCase(java.util.Locale.ROOT))
                && !isCredit(s.text()) && (isAllCapitals(s.text()) || s.named() != null && (s.named().type() == EntityType.PERSON
                || s.named().type() == EntityType.ORGANIZATION) && (s.text().contains(" ") || namedInFullElsewhere(s)));
        if (speakerLike && QUESTION_LABELS.contains(s.text())) {
            // A transcript marks a question from the floor "Q:"; who asks is a reporter the transcript does not name.
            s = new SpeakerRef(s.span(), QUESTIONER, null, false);
        }
        return !speakerLike || speakers.isQuoted(colon + 1) ? null : new Attribution(s, at.span(colon), ":");
    }

    /**
     * The label that opens a paragraph with the same words, before a colon, as one of {@code known} (labels found in
     * other paragraphs), naming whom that label names; {@code null} when the paragraph opens with none of them.
     */
    Attribution repeated(Span paragraph, java.util.List<Attribution> known) {
        int first = at.firstTokenAtOrAfter(paragraph.begin());
        int colon = labelColon(paragraph, first);
        if (colon < 0) {
            return null;
        }
        Span words = new Span(at.span(first).begin(), at.span(colon - 1).end());
        String text = words.of(at.text);
        for (Attribution label : known) {
            if (label.speaker().text().equals(text) && !speakers.isQuoted(colon + 1)) {
                return new Attribution(new SpeakerRef(words, text, label.speaker().named(), false), at.span(colon), ":");
            }
        }
        return null;
    }

    /** The colon that closes a label, the first among the paragraph's tokens after its first token {@code first}; -1 when none. */
    private int labelColon(Span paragraph, int first) {
        for (int colon = first + 1; colon < at.size() && colon <= first + MAX_LABEL_TOKENS && at.span(colon).begin() < paragraph.end(); colon++) {
            if (at.raw(colon).equals(":")) {
                return colon;
            }
        }
        return -1;
    }

    /** A label is a name of at most this many tokens before its colon ("Maulvi Sahib Abu Omar:"). */
    private static final int MAX_LABEL_TOKENS = 4;

    /**
     * A one-word label ("Pence:") is a speaker's surname when the article names that person in full somewhere; a
     * word the tagger took for a name in a heading ("Update:") is not.
     */
    private boolean namedInFullElsewhere(SpeakerRef label) {
        String word = label.text();
        for (Mention m : at.mentions) {
            if (m.text().length() > word.length() && m.text().contains(word) && !m.span().equals(label.span())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person an interview's initials label ("NG: This study started in 1982") stands for: the one person the
     * article names whose words begin with those letters ("Natasha Gownaris"); {@code null} when none or several do.
     */
    private Mention personWithInitials(String label) {
        if (label.length() < 2 || label.length() > 4 || !label.chars().allMatch(Character::isLetter)) {
            return null;
        }
        Mention person = null;
        for (Mention m : at.mentions) {
            if (m.type() == EntityType.PERSON && initials(m.text()).equals(label)) {
                if (person != null && !person.text().equals(m.text())) {
                    return null;
                }
                person = person == null ? m : person;
            }
        }
        return person;
    }

    /** The first letters of a name's capitalised words: "NG" for "Natasha Gownaris", "BA" for "Bashar al-Assad". */
    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split("\\s+")) {
            String word = w.contains("-") && Character.isLowerCase(w.charAt(0)) ? w.substring(w.indexOf('-') + 1) : w;
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                out.append(word.charAt(0));
            }
        }
        return out.toString();
    }

    /** Headings of page furniture in capitals ("NOTE:", "UPDATE:", "RELATED:"): words of the page, not speakers. */
    private static final Set<String> FURNITURE = Set.of("note", "notes", "editor's note", "editors' note", "update",
            "updated", "correction", "clarification");
    /** Last words of a picture's credit line ("Elizabeth Warren Image: U.S. Senate.", "Photo: Reuters"). */
    private static final Set<String> CREDIT_WORDS = Set.of("image", "images", "photo", "photos", "photograph", "picture",
            "pictures", "credit", "credits", "source", "file", "video", "caption", "map", "graphic", "illustration");

    /** Whether a label is a picture's credit line, where a name and then "Image" or "Photo" come before the colon. */
    private static boolean isCredit(String label) {
        String last = label.substring(label.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return CREDIT_WORDS.contains(last);
    }

    private static final Set<String> QUESTION_LABELS = Set.of("Q", "QUESTION", "Question");
    /** Who speaks after a transcript's "Q:". */
    static final String QUESTIONER = "a reporter";

    /** Words in capitals, as transcripts label their speakers ("WALLACE", "AMB. JOHN NEGROPONTE", "Q"). */
    private static boolean isAllCapitals(String label) {
        boolean letter = false;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}
