package org.sitrep.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores the punctuation a broken conversion turned into a bullet and an underscore or a replacement character
 * ("Syria•_s Raqqa", "•_chemical attack•_", "advances •_ monitor"), as some published datasets carry it (FA-KES).
 * The character lost is not known; what it was is read from where it stands: an apostrophe inside a word, an opening
 * quote before one, a closing quote after one, a dash between spaces.
 */
final class LostPunctuation {
    private static final Pattern LOST = Pattern.compile("•[_\\uFFFD]");

    private LostPunctuation() {
    }

    /** The text with each lost mark guessed back; the same text when it has none. */
    static String repair(String text) {
        if (text == null || text.indexOf('•') < 0) {
            return text;
        }
        Matcher m = LOST.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            boolean wordBefore = m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1));
            boolean wordAfter = m.end() < text.length() && Character.isLetterOrDigit(text.charAt(m.end()));
            String mark = wordBefore && wordAfter ? "’" : wordAfter ? "“" : wordBefore ? "”" : "–";
            m.appendReplacement(out, mark);
        }
        m.appendTail(out);
        return out.toString();
    }
}
