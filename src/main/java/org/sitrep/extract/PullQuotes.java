package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Pull quotes: words of the article set again in large type beside it ("... awaiting someone."), whatever their
 * markup. A quote finder reads each twice, and the copy stands apart from the sentence that says who spoke.
 */
final class PullQuotes {
    /** Shorter copies ("Thank you.") repeat by chance; a pull quote is a sentence or a good part of one. */
    private static final int MIN_WORDS = 6;
    /** A pull quote is a line or two; a longer block is a paragraph of its own. */
    private static final int MAX_CHARS = 250;
    /** Quote marks, ellipses and dashes a pull quote adds around the words it repeats. */
    private static final Pattern FRAME = Pattern.compile("[\"“”‘’'«»„…]|\\.\\.\\.|^[\\s—–-]+|[\\s—–-]+$");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /**
     * A pull quote is quoted or a sentence: it opens on a quote mark or closes on a sentence's end. Names of dishes,
     * products and shows repeated in the text close on neither.
     */
    private static final Pattern QUOTE_OR_SENTENCE = Pattern.compile("(?s)^\\s*[\"“‘'«„].*|.*[.!?…][\"”’'»]?\\s*$");

    private PullQuotes() {
    }

    /** The paragraphs without those that repeat words of another, longer paragraph; the same list when none does. */
    static List<String> removed(List<String> paragraphs) {
        List<String> bare = paragraphs.stream().map(PullQuotes::bare).toList();
        List<String> out = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!repeats(i, paragraphs.get(i), bare)) {
                out.add(paragraphs.get(i));
            }
        }
        return out.size() == paragraphs.size() ? paragraphs : out;
    }

    private static boolean repeats(int i, String paragraph, List<String> bare) {
        String words = bare.get(i);
        if (paragraph.length() > MAX_CHARS || words.split(" ").length < MIN_WORDS || !QUOTE_OR_SENTENCE.matcher(paragraph).matches()) {
            return false;
        }
        for (int j = 0; j < bare.size(); j++) {
            if (j != i && bare.get(j).length() > words.length() && bare.get(j).contains(words)) {
                return true;
            }
        }
        return false;
    }

    private static String bare(String paragraph) {
        String s = FRAME.matcher(paragraph).replaceAll(" ");
        return SPACE.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
