package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.core.LinkedMention;
import org.sitrep.nlp.CommonWords;

/**
 * The general features of a name used once, beside the cue words its type's rules name: its shape (words, capitals,
 * acronym, digits), where it sits (the lead, the last lines where page furniture gathers, a line without final
 * punctuation, a short line), the words right around it, and whether the text repeats it where the tagger saw no
 * name. Each is emitted once plainly and once with the tagger's type, so that a feature may weigh differently for
 * persons and bodies.
 */
final class OnceNamedFeatures {
    /** The lead, where news names its subject in full. */
    private static final int LEAD_CHARS = 400;
    /** The end of the text, where related links, credits and page furniture gather. */
    private static final int TAIL_CHARS = 500;
    private static final int SHORT_LINE_WORDS = 8;

    private OnceNamedFeatures() {
    }

    /** The features of {@code m} in {@code text}; only its shape when its span lies outside the text (a caption's). */
    static List<String> of(String text, LinkedMention m, List<LinkedMention> inOrder) {
        List<String> plain = new ArrayList<>();
        String name = m.mention().text().strip();
        shape(name, plain);
        int begin = m.mention().span().begin();
        int end = m.mention().span().end();
        if (end <= text.length()) {
            place(text, begin, end, plain);
            around(text, begin, end, plain);
            if (text.indexOf(name) != text.lastIndexOf(name)) {
                plain.add("text-repeats-name");
            }
        }
        int i = inOrder.indexOf(m);
        if (i > 0 && i + 1 < inOrder.size()) {
            plain.add("neighbours=" + inOrder.get(i - 1).entity().type() + "," + inOrder.get(i + 1).entity().type());
        }
        String type = String.valueOf(m.entity().type());
        List<String> out = new ArrayList<>(plain.size() * 2 + 1);
        out.add("type=" + type);
        for (String f : plain) {
            out.add(f);
            out.add(type + ":" + f);
        }
        return out;
    }

    private static void shape(String name, List<String> out) {
        String[] words = name.split("\\s+");
        out.add("words=" + Math.min(words.length, 4));
        long letters = name.chars().filter(Character::isLetter).count();
        if (letters >= 2 && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
            out.add("all-capitals");
        }
        if (name.chars().anyMatch(Character::isDigit)) {
            out.add("digit");
        }
        if (name.indexOf('-') >= 0) {
            out.add("hyphen");
        }
        if (name.indexOf('.') >= 0) {
            out.add("full-stop");
        }
        int capitalsInside = (int) name.chars().skip(1).filter(Character::isUpperCase).count() - (words.length - 1);
        if (words.length == 1 && capitalsInside > 0 && letters > capitalsInside + 1) {
            out.add("inner-capital");
        }
        out.add("length=" + (name.length() <= 3 ? "short" : name.length() <= 6 ? "mid" : name.length() <= 12 ? "long" : "longer"));
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (CommonWords.isCommon(last)) {
            out.add("last-word-common");
        }
        if (CommonWords.isCommon(words[0].toLowerCase(Locale.ROOT))) {
            out.add("first-word-common");
        }
    }

    private static void place(String text, int begin, int end, List<String> out) {
        if (begin < LEAD_CHARS) {
            out.add("in-lead");
        }
        if (end > text.length() - TAIL_CHARS) {
            out.add("in-tail");
        }
        int lineBegin = text.lastIndexOf('\n', Math.max(0, begin - 1)) + 1;
        int lineEnd = text.indexOf('\n', end);
        String line = text.substring(lineBegin, lineEnd < 0 ? text.length() : lineEnd).strip();
        if (!line.isEmpty() && ".!?\"”’':)".indexOf(line.charAt(line.length() - 1)) < 0) {
            out.add("line-unpunctuated");
        }
        if (line.split("\\s+").length <= SHORT_LINE_WORDS) {
            out.add("line-short");
        }
        if (text.substring(lineBegin, begin).isBlank()) {
            out.add("line-start");
        }
    }

    private static void around(String text, int begin, int end, List<String> out) {
        String before = text.substring(Math.max(0, begin - 40), begin);
        String after = text.substring(end, Math.min(text.length(), end + 40));
        String[] b = before.stripTrailing().split("\\s+");
        String prev = b.length == 0 ? "" : b[b.length - 1];
        String[] a = after.stripLeading().split("\\s+");
        String next = a.length == 0 ? "" : a[0];
        out.add("before=" + word(prev, before.isBlank()));
        out.add("after=" + word(next, after.isBlank()));
        if (!after.isEmpty() && !Character.isWhitespace(after.charAt(0)) && !Character.isLetterOrDigit(after.charAt(0))) {
            out.add("after-mark=" + after.charAt(0));
        }
        String trimmed = before.stripTrailing();
        if (!trimmed.isEmpty() && !Character.isLetterOrDigit(trimmed.charAt(trimmed.length() - 1))) {
            char c = trimmed.charAt(trimmed.length() - 1);
            out.add(c == '.' || c == '!' || c == '?' ? "sentence-start" : "before-mark=" + c);
        }
    }

    /** A word around the name: itself when it is a common word in lower case, else its kind. */
    private static String word(String w, boolean none) {
        String bare = w.replaceAll("^\\p{P}+|\\p{P}+$", "");
        if (none || bare.isEmpty()) {
            return "none";
        }
        if (Character.isUpperCase(bare.charAt(0))) {
            return "Capitalised";
        }
        if (bare.chars().anyMatch(Character::isDigit)) {
            return "number";
        }
        String lower = bare.toLowerCase(Locale.ROOT);
        return CommonWords.isCommon(lower) || CommonWords.isAnimate(lower) ? lower : "other";
    }
}
