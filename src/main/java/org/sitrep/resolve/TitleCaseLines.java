package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.core.Entity;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Span;
import org.sitrep.core.SpanSet;

/**
 * In a line written in title case (a headline, a related story's title: "Chicagoland Voters Haven't Forgotten
 * Benghazi", "Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings") every word is capitalised, so the
 * tagger cannot tell names from words and runs them together. A name of such a line that the knowledge base does not
 * know and that the article's running text never uses is left out; names the text also uses keep their headline
 * mentions.
 */
final class TitleCaseLines {
    /** A title-case line has at least this many words, and at least this share of them capitalised. */
    private static final int MIN_WORDS = 4;
    private static final double MIN_CAPITALISED = 0.8;
    /** A line whose every major word is capitalised has at least this many of them. */
    private static final int MIN_MAJOR_WORDS = 3;

    private TitleCaseLines() {
    }

    /** The mentions without the unknown names found only in title-case lines, in the order given. */
    static List<LinkedMention> without(String text, List<LinkedMention> linked) {
        List<Span> found = titleCaseLines(text);
        if (found.isEmpty()) {
            return linked;
        }
        SpanSet lines = new SpanSet(found);
        Set<Entity> inRunningText = new HashSet<>();
        for (LinkedMention m : linked) {
            if (!lines.containsAny(m.mention().span())) {
                inRunningText.add(m.entity());
            }
        }
        List<LinkedMention> out = new ArrayList<>();
        for (LinkedMention m : linked) {
            if (m.entity().kind() != null || inRunningText.contains(m.entity()) || !lines.containsAny(m.mention().span())) {
                out.add(m);
            }
        }
        return out;
    }

    static List<Span> titleCaseLines(String text) {
        List<Span> out = new ArrayList<>();
        int begin = 0;
        while (begin <= text.length()) {
            int end = text.indexOf('\n', begin);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(begin, end);
            if (isTitleCase(line) && !CreditNames.isCreditLine(line)) {
                out.add(new Span(begin, end));
            }
            begin = end + 1;
        }
        return out;
    }

    /**
     * Words a title-case line leaves in lower case (articles, conjunctions, short prepositions: "Russia Says Talks With
     * Kyiv Are at an End") and the particles inside names ("al-Assad"): neither tells a headline from a sentence.
     */
    static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet",
            "as", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", "vs", "vs.", "with", "from", "into", "onto",
            "over", "amid", "than", "after", "near", "al", "el", "bin", "ibn", "de", "van", "von");

    /**
     * Most words capitalised, some in lower case (a line all in capitals is another matter: {@link ShoutedLines}); or
     * every word capitalised but the minor ones a title leaves in lower case, however many of those it has ("Help
     * Shape the Future of Public Transit in Fort Worth").
     */
    private static boolean isTitleCase(String line) {
        String stripped = line.strip();
        int letters = 0;
        int capitalised = 0;
        int major = 0;
        int majorCapitalised = 0;
        // the words are the runs between white space (as \s+ splits them), read in place: this runs on every line
        for (int end = 0, begin; end < stripped.length(); ) {
            for (begin = end; begin < stripped.length() && isSpace(stripped.charAt(begin)); begin++) {
            }
            for (end = begin; end < stripped.length() && !isSpace(stripped.charAt(end)); end++) {
            }
            if (begin < end && Character.isLetter(stripped.charAt(begin))) {
                letters++;
                boolean upper = Character.isUpperCase(stripped.charAt(begin));
                capitalised += upper ? 1 : 0;
                int hyphen = begin;
                while (hyphen < end && stripped.charAt(hyphen) != '-') {
                    hyphen++;
                }
                if (!MINOR_WORDS.contains(stripped.substring(begin, hyphen))) {
                    major++;
                    majorCapitalised += upper ? 1 : 0;
                }
            }
        }
        boolean allCaps = line.chars().noneMatch(Character::isLowerCase);
        return letters >= MIN_WORDS && !allCaps
                && (capitalised >= MIN_CAPITALISED * letters || major >= MIN_MAJOR_WORDS && majorCapitalised == major);
    }

    /** White space as the regex {@code \s} means it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
