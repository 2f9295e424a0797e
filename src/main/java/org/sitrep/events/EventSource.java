package org.sitrep.events;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.Span;

/**
 * Whether a sentence reports its incident as uncertain ("a suspected air strike", "reportedly") and who it says
 * reports it ("activists said", "according to the Syrian Observatory").
 */
final class EventSource {
    private static final Pattern HEDGES = Pattern.compile("(?i)\\b(?:suspected|alleged(?:ly)?|reported(?:ly)?"
            + "|purported(?:ly)?|apparent(?:ly)?|unconfirmed|claimed|presumably|believed to|said to have|may have"
            + "|might have|possibly)\\b");
    private static final Pattern ACCORDING = Pattern.compile("(?i)\\baccording to ((?:the )?[^,.;]{2,70}?)(?=[,.;]|$)");
    private static final Pattern SAID = Pattern.compile(",\\s*([^,;]{2,70}?)\\s+(?:said|say|says|reported|reports"
            + "|claimed|claims|announced|stated)(?: on \\w+| in a statement)?[.!]?\\s*$");

    private EventSource() {
    }

    static boolean hedged(String sentence) {
        return HEDGES.matcher(sentence).find();
    }

    /**
     * Who the sentence says reports it, {@code null} when it reports in the article's own voice: the speaker of a
     * statement the sentence holds, else its "according to ..." or "..., activists said".
     *
     * @param text     the words {@code sentence}'s offsets are into: the article's text, or caption {@code caption}'s
     * @param caption  the caption the sentence stands in, {@code null} for the text; only statements standing in the
     *                 same place count, since offsets into one caption say nothing about the text or another caption
     */
    static String claimedBy(String text, Span sentence, Integer caption, List<AttributedQuote> quotes) {
        for (AttributedQuote q : quotes) {
            Span s = q.quote().content();
            if (Objects.equals(q.quote().caption(), caption) && s.begin() < sentence.end() && sentence.begin() < s.end()
                    && q.speakerName() != null) {
                return q.speakerName();
            }
        }
        String words = text.substring(sentence.begin(), sentence.end());
        Matcher m = ACCORDING.matcher(words);
        if (m.find()) {
            return m.group(1).strip();
        }
        m = SAID.matcher(words);
        return m.find() && Objects.requireNonNull(m.group(1)).split("\\s+").length <= 8 ? m.group(1).strip() : null;
    }
}
